package org.childcare.compliance.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.childcare.compliance.check.CheckRequest;
import org.childcare.compliance.check.Checker;
import org.childcare.compliance.check.Evaluator;
import org.childcare.compliance.engine.RuleBase;
import org.childcare.compliance.engine.RuleBase.Origin;
import org.childcare.compliance.engine.RuleSources;
import org.childcare.compliance.grading.GateOptions;
import org.childcare.compliance.report.Report;
import org.childcare.compliance.report.format.JsonReportFormat;
import org.junit.jupiter.api.Test;

/**
 * The rules jar carries the bundled rules compiled at build time, and they judge exactly as the
 * rules compiled from their text: the same report, byte for byte, for the example authority and
 * its previous year.
 */
class PrecompiledRulesTest {
    private static final Path NORTHFIELD = Path.of("../examples/northfield/self-assessment");

    @Test
    void theBundledRulesArePrecompiled() throws Exception {
        RuleBase.clearCache();
        RuleBase rules = RuleBase.compile(RuleSources.bundled());
        assertEquals(Origin.PRECOMPILED, rules.origin(),
                "the rules jar has no precompiled rules for the bundled sources: did process-classes run?");
        assertEquals(RuleBase.compileFresh(RuleSources.bundled()).rulesByCriterion(), rules.rulesByCriterion());
    }

    @Test
    void precompiledRulesJudgeExactlyAsCompiledOnes() throws Exception {
        assertTrue(Files.isDirectory(NORTHFIELD), NORTHFIELD.toAbsolutePath() + " is missing");
        RuleBase.clearCache();
        RuleBase precompiled = RuleBase.compile(RuleSources.bundled());
        RuleBase compiled = RuleBase.compileFresh(RuleSources.bundled());
        assertEquals(Origin.PRECOMPILED, precompiled.origin());
        assertEquals(Origin.COMPILED, compiled.origin());

        String withPrecompiled = reportJson(precompiled);
        String withCompiled = reportJson(compiled);
        assertTrue(withCompiled.contains("\"previous\""), "the example's previous year was not compared");
        assertEquals(withCompiled, withPrecompiled);
    }

    private static String reportJson(RuleBase rules) throws Exception {
        Report report = new Checker(request -> Evaluator.evaluate(request, rules))
                .check(CheckRequest.of(NORTHFIELD), GateOptions.defaults()).report();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonReportFormat().write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}

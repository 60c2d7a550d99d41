package org.childcare.compliance.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.childcare.compliance.catalogue.Catalogue;
import org.childcare.compliance.check.CheckRequest;
import org.childcare.compliance.check.Evaluator;
import org.childcare.compliance.check.Standards;
import org.childcare.compliance.engine.Evaluation;
import org.childcare.compliance.engine.Measurement;
import org.childcare.compliance.engine.RuleBase;
import org.childcare.compliance.load.InputProblem;
import org.childcare.compliance.load.LoadOptions;
import org.childcare.compliance.load.SelfAssessmentLoader;
import org.childcare.compliance.model.SelfAssessment;
import org.junit.jupiter.api.Test;

/**
 * The checker streams each child from the loader into the rules as it is read, with the
 * authority's standards applied from the header pass; its measurements must be exactly those of
 * reading everything first and then evaluating, findings and their order included, for the
 * example authority's 560-odd children.
 */
class StreamedEvaluationTest {
    private static final Path NORTHFIELD = Path.of("../examples/northfield/self-assessment");

    @Test
    void streamingMeasuresExactlyAsReadingEverythingFirst() throws Exception {
        RuleBase rules = RuleBase.load(null);
        Map<String, Measurement> streamed = Evaluator.evaluate(CheckRequest.of(NORTHFIELD), rules).measurements();

        SelfAssessmentLoader.Loaded loaded = SelfAssessmentLoader.loadAll(NORTHFIELD, LoadOptions.strict());
        SelfAssessment assessment = loaded.result().assessment();
        List<InputProblem> problems = new ArrayList<>();
        Catalogue catalogue = Standards.apply(rules.catalogue(), assessment, new TreeMap<>(), problems);
        assertEquals(List.of(), problems);
        Map<String, Measurement> sequential;
        try (Evaluation evaluation = new Evaluation(rules, Evaluator.contextOf(assessment, catalogue))) {
            loaded.children().forEach(evaluation::child);
            evaluation.authority(assessment);
            sequential = evaluation.finish(assessment);
        }
        assertTrue(loaded.children().size() > 500, "children: " + loaded.children().size());
        assertEquals(sequential.keySet(), streamed.keySet());
        for (String id : sequential.keySet()) {
            assertEquals(sequential.get(id), streamed.get(id), id);
        }
    }
}

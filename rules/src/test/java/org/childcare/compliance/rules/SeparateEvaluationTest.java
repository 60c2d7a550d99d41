package org.childcare.compliance.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.childcare.compliance.engine.RuleBase;
import org.childcare.compliance.engine.RuleSources;
import org.childcare.compliance.model.Allegation;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.Complaint;
import org.childcare.compliance.model.Worker;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.From;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Children are evaluated one at a time, and workers, allegations and complaints in batches
 * (Evaluation), so a rule that matched two of them in working memory (directly, or through
 * {@code exists}, {@code not} or {@code accumulate}) would see only whoever happened to share the
 * session. No bundled rule may: "does any worker record X" is asked of the Workforce instead.
 */
class SeparateEvaluationTest {
    private static final Set<Class<?>> EVALUATED_APART = Set.of(Child.class, Worker.class, Allegation.class, Complaint.class);

    @Test
    void noRuleMatchesTwoRecordsThatAreEvaluatedApart() throws Exception {
        RuleBase rules = RuleBase.compile(RuleSources.bundled());
        List<String> offending = new ArrayList<>();
        for (KiePackage pkg : rules.kieBase().getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                List<String> matched = new ArrayList<>();
                collect(((RuleImpl) rule).getLhs(), matched);
                if (matched.size() > 1) {
                    offending.add(rule.getName() + " matches " + matched);
                }
            }
        }
        assertEquals(List.of(), offending);
    }

    @Test
    void theCheckSeesAJoinOfTwoWorkers() throws Exception {
        // the check above is only worth having if it catches the pattern it forbids
        List<String> matched = new ArrayList<>();
        RuleBase rules = RuleBase.compileFresh(List.of(
                new org.childcare.compliance.engine.RuleSource("wf.yaml", "test", """
                        criteria:
                          - id: WF-06
                            title: Appraisal
                            areas: { slac-2009: [LM], ilacs-2023: [LEADERS] }
                            bands: "90 / 75 / 60"
                            timescale: 6m
                            action: appraise
                        """),
                new org.childcare.compliance.engine.RuleSource("wf.drl", "test", """
                        package org.childcare.compliance.rules;
                        import org.childcare.compliance.model.*;
                        import org.childcare.compliance.engine.*;
                        global Context ctx;
                        rule "WF-06 appraisal"
                        when
                            exists Worker( appraisal != null )
                            $w : Worker( started != null )
                        then
                        end
                        """)));
        for (KiePackage pkg : rules.kieBase().getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                collect(((RuleImpl) rule).getLhs(), matched);
            }
        }
        assertEquals(List.of("Worker", "Worker"), matched);
    }

    /** The working-memory patterns on types evaluated apart, however deeply nested; {@code from} reads a record's own lists. */
    private static void collect(RuleConditionElement element, List<String> matched) {
        if (element instanceof Pattern pattern && !(pattern.getSource() instanceof From)
                && pattern.getObjectType() instanceof ClassObjectType type && EVALUATED_APART.contains(type.getClassType())) {
            matched.add(type.getClassType().getSimpleName());
        }
        for (RuleConditionElement nested : element.getNestedElements()) {
            collect(nested, matched);
        }
    }
}

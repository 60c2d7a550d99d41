package org.childcare.compliance.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.childcare.compliance.calendar.WorkingCalendar;
import org.childcare.compliance.engine.Context;
import org.childcare.compliance.engine.Evaluation;
import org.childcare.compliance.engine.Measurement;
import org.childcare.compliance.engine.RuleBase;
import org.childcare.compliance.engine.RuleSources;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.SelfAssessment;
import org.junit.jupiter.api.Test;

/**
 * Two dates of a criterion in the wrong order (a strategy discussion after the conference it led
 * to, a screening decision before its referral, an assessment completed before it started) are
 * missing data, never "-3 working days, within the limit". The loader rejects such a pair within
 * one YAML record, so no fixture can reach the rules with one; a record from another source (a
 * conference's strategy discussion taken from the s47 that led to it) could. These children are
 * read straight into the model, past the loader's checks, to show what the rules then do.
 */
class OutOfOrderDatesTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule());

    @Test
    void datesInTheWrongOrderAreMissingDataNotWithinTheLimit() throws Exception {
        List<Child> children = List.of(
                YAML.readValue("""
                        { id: C1, protectionPlans: [ { id: P1, start: 2011-05-13, icpc: { date: 2011-05-13, strategyDiscussion: 2011-05-20 } } ],
                          referrals: [ { id: R1, date: 2011-06-10, decisionDate: 2011-06-08 } ],
                          assessments: [ { id: A1, type: initial, start: 2011-06-10, completed: 2011-06-01 } ] }""", Child.class),
                // the worked example of criteria.md, 12 working days: met; a decision the next working day: met
                YAML.readValue("""
                        { id: C2, protectionPlans: [ { id: P2, start: 2011-05-13, icpc: { date: 2011-05-13, strategyDiscussion: 2011-04-21 } } ],
                          referrals: [ { id: R2, date: 2011-06-10, decisionDate: 2011-06-13 } ],
                          assessments: [ { id: A2, type: initial, start: 2011-06-01, completed: 2011-06-10 } ] }""", Child.class));
        RuleBase rules = RuleBase.compile(RuleSources.bundled());
        Context ctx = new Context(LocalDate.parse("2011-04-01"), LocalDate.parse("2012-03-31"), LocalDate.parse("2012-03-31"),
                WorkingCalendar.englandAndWales(), rules.catalogue());
        SelfAssessment empty = new SelfAssessment();
        Map<String, Measurement> m;
        try (Evaluation ev = new Evaluation(rules, ctx)) {
            children.forEach(ev::child);
            ev.authority(empty);
            m = ev.finish(empty);
        }
        assertOneMetAndOneMissing(m.get("CP-01"), "the initial conference is before the strategy discussion");
        assertOneMetAndOneMissing(m.get("REF-01"), "the screening decision is before the referral");
        assertOneMetAndOneMissing(m.get("ASM-01"), "the completion is before the start");
    }

    private static void assertOneMetAndOneMissing(Measurement m, String reason) {
        assertEquals(1, m.population(), m.criterion());
        assertEquals(1, m.met(), m.criterion());
        assertEquals(Map.of(reason, 1L), Map.copyOf(m.missing()), m.criterion());
        assertEquals(List.of(), m.findings(), m.criterion());
    }
}

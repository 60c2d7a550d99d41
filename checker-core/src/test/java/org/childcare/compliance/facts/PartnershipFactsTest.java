package org.childcare.compliance.facts;

import static org.childcare.compliance.facts.WorkforceFactsTest.context;
import static org.childcare.compliance.facts.WorkforceFactsTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.childcare.compliance.engine.Context;
import org.childcare.compliance.engine.Measure;
import org.childcare.compliance.model.BoardAttendance;
import org.childcare.compliance.model.Lscb;
import org.childcare.compliance.model.SeriousCaseReview;
import org.childcare.compliance.model.TrainingCompliance;
import org.junit.jupiter.api.Test;

class PartnershipFactsTest {
    static final String CATALOGUE = """
            criteria:
              - { id: LADO-01, title: t, bands: "95 / 85 / 70", timescale: now, action: a, parameters: { initialWorkingDays: 1 } }
            """;

    private final Context ctx = context("2010-04-01", "2011-03-31", "2011-03-31", CATALOGUE);

    private static LocalDate date(String d) {
        return LocalDate.parse(d);
    }

    @Test
    void responsesAreWordedWithTheirWorkingDaysAndLimit() {
        // Thu 2010-12-23 to Wed 2010-12-29: Christmas Day and Boxing Day fall on the weekend, so the
        // bank holidays are Mon 27 and Tue 28: working days after the 23rd up to the 29th are 24 and 29
        Span late = Span.of(date("2010-12-23"), date("2010-12-29"), ctx);
        assertEquals("initial consideration 2 working days after the allegation was received on 2010-12-23 (limit 1)",
                PartnershipFacts.responseMessage("initial consideration", late, "the allegation", 1));
        Span next = Span.of(date("2010-12-24"), date("2010-12-29"), ctx);
        assertEquals("initial consideration 1 working day after the allegation was received on 2010-12-24 (limit 1)",
                PartnershipFacts.responseMessage("initial consideration", next, "the allegation", 1));
    }

    @Test
    void noResponseCountsWorkingDaysToAsAtAndNotYetDueNamesTheLastDay() {
        assertEquals("no initial consideration recorded 2 working days after the allegation was received on 2011-03-29 (limit 1)",
                PartnershipFacts.noResponseMessage("initial consideration", date("2011-03-29"), "the allegation", 1, ctx));
        // received Fri 2011-03-18: the 10th working day after is Fri 2011-04-01
        assertEquals("received on 2011-03-18: stage 1 response due by 2011-04-01",
                PartnershipFacts.notYetDueMessage("stage 1 response", date("2011-03-18"), 10, ctx));
    }

    @Test
    void conclusionPartsAreNamedInMonths() {
        assertEquals("concluded within 1 month", PartnershipFacts.conclusionPart(1));
        assertEquals("concluded within 12 months", PartnershipFacts.conclusionPart(12));
    }

    @Test
    void lscbArrangementsAreHalfEach() {
        assertEquals(date("2010-03-31"), PartnershipFacts.recentReportFrom(12, ctx));
        Measure both = PartnershipFacts.arrangements(read("{ independentChair: true, annualReport: 2010-03-31 }", Lscb.class), 12, ctx);
        assertEquals(100.0, both.value(), "a report exactly 12 months before asAt is recent");
        Measure one = PartnershipFacts.arrangements(read("{ independentChair: true, annualReport: 2010-03-30 }", Lscb.class), 12, ctx);
        assertEquals(50.0, one.value());
        assertEquals("1 of 2 arrangements in place: an independent chair; the latest annual report published on 2010-03-30,"
                + " more than 12 months before 2011-03-31", one.explanation());
        assertEquals(0.0, PartnershipFacts.arrangements(read("{ independentChair: false, annualReport: 2009-01-01 }", Lscb.class),
                12, ctx).value());
    }

    @Test
    void attendanceIsReadPerStatutoryPartner() {
        BoardAttendance b = read("{ police: true, health: false, la: true }", BoardAttendance.class);
        assertEquals(Boolean.TRUE, PartnershipFacts.attended(b, "police"));
        assertEquals(Boolean.FALSE, PartnershipFacts.attended(b, "health"));
        assertNull(PartnershipFacts.attended(b, "education"), "not recorded");
        assertEquals(Boolean.TRUE, PartnershipFacts.attended(b, "la"));
        assertThrows(IllegalArgumentException.class, () -> PartnershipFacts.attended(b, "fire service"));
    }

    @Test
    void eachActionOfAReviewIsCountedAndWorded() {
        SeriousCaseReview r = read("{ id: SCR1, published: 2010-05-01, actions: 14, actionsCompleted: 12 }", SeriousCaseReview.class);
        assertEquals(12, PartnershipFacts.completedActions(r));
        assertEquals(2, PartnershipFacts.outstandingActions(r));
        assertEquals("outstanding action 2 of 2 of serious case review SCR1 published 2010-05-01 (12 of 14 actions completed)",
                PartnershipFacts.actionMessage("outstanding", 2, 2, r));
        SeriousCaseReview over = read("{ actions: 3, actionsCompleted: 5 }", SeriousCaseReview.class);
        assertEquals(3, PartnershipFacts.completedActions(over), "more completed than planned is all of them");
        assertEquals(0, PartnershipFacts.outstandingActions(over));
        assertEquals("SCR", PartnershipFacts.reviewId(over));
        assertEquals(List.of(1, 2, 3), PartnershipFacts.oneTo(3));
        assertEquals(List.of(), PartnershipFacts.oneTo(0));
    }

    @Test
    void auditsInThePeriodAgainstTheMinimum() {
        Lscb l = read("{ multiAgencyAudits: [ { date: 2010-03-31 }, { date: 2010-04-01 }, { date: 2011-03-31 }, { date: 2010-09-01 } ] }",
                Lscb.class);
        assertEquals(3, PartnershipFacts.auditsInPeriod(l, ctx));
        assertEquals(100.0, PartnershipFacts.auditsMeasure(l, 2, ctx).value(), "capped at 100");
        Lscb one = read("{ multiAgencyAudits: [ { date: 2010-09-01 } ] }", Lscb.class);
        assertEquals(50.0, PartnershipFacts.auditsMeasure(one, 2, ctx).value());
        assertEquals(100.0, PartnershipFacts.auditsMeasure(one, 0, ctx).value(), "no minimum set");
        assertEquals("1 multi-agency audit from 2010-04-01 to 2011-03-31 (minimum 2)", PartnershipFacts.auditsMessage(one, 2, ctx));
    }

    @Test
    void trainingFiguresAreNamedByAgencyAndLevel() {
        List<TrainingCompliance> t = read("""
                - { agency: Police, sector: police, level: 3, percent: 80 }
                - { agency: Schools, sector: education, percent: 79.5 }
                - { sector: voluntary, percent: 90 }
                - { percent: 10 }
                """, TrainingList.class);
        assertEquals("safeguarding training compliance 80% at level 3", PartnershipFacts.trainingMessage(t.get(0)));
        assertEquals("safeguarding training compliance 79.5% at all levels", PartnershipFacts.trainingMessage(t.get(1)));
        assertEquals("unnamed voluntary agency", PartnershipFacts.agency(t.get(2)));
        assertEquals("unnamed agency", PartnershipFacts.agency(t.get(3)));
        assertEquals("level 3", PartnershipFacts.trainingLevel(t.get(0)));
    }

    static final class TrainingList extends java.util.ArrayList<TrainingCompliance> {}
}

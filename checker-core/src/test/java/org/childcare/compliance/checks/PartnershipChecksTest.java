package org.childcare.compliance.checks;

import static org.childcare.compliance.checks.WorkforceChecksTest.context;
import static org.childcare.compliance.checks.WorkforceChecksTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.childcare.compliance.engine.Context;
import org.childcare.compliance.engine.Measure;
import org.childcare.compliance.model.Allegation;
import org.childcare.compliance.model.BoardAttendance;
import org.childcare.compliance.model.Complaint;
import org.childcare.compliance.model.Lscb;
import org.childcare.compliance.model.SeriousCaseReview;
import org.childcare.compliance.model.TrainingCompliance;
import org.junit.jupiter.api.Test;

class PartnershipChecksTest {
    static final String CATALOGUE = """
            criteria:
              - { id: LADO-01, title: t, bands: "95 / 85 / 70", timescale: now, action: a, parameters: { initialWorkingDays: 1 } }
              - { id: CMP-01, title: t, bands: "95 / 85 / 70", timescale: 6m, action: a, parameters: { maxWorkingDays: 10 } }
              - { id: LSCB-05, title: t, bands: "100 / 100 / 50", timescale: 6m, action: a, parameters: { minAudits: 2 } }
              - { id: PART-01, title: t, bands: "95 / 80 / 70", timescale: 6m, action: a, aggregation: lowest-part }
            """;

    private final Context ctx = context("2010-04-01", "2011-03-31", "2011-03-31", CATALOGUE);

    @Test
    void initialConsiderationCountsWorkingDaysOverChristmas() {
        assertTrue(PartnershipChecks.initialConsideration(read("{ id: L, received: 2010-12-24, initialConsideration: 2010-12-29 }",
                Allegation.class), ctx).met());
        SubjectResult late = PartnershipChecks.initialConsideration(read(
                "{ id: L, received: 2010-12-23, initialConsideration: 2010-12-29 }", Allegation.class), ctx);
        assertEquals("initial consideration 2 working days after the allegation was received on 2010-12-23 (limit 1)", late.message());
    }

    @Test
    void noResponseIsNotYetDueUntilTheLastDayInTimeHasPassed() {
        assertTrue(PartnershipChecks.initialConsideration(read("{ id: L, received: 2011-03-30 }", Allegation.class), ctx).notYetDue());
        SubjectResult overdue = PartnershipChecks.initialConsideration(read("{ id: L, received: 2011-03-29 }",
                Allegation.class), ctx);
        assertFalse(overdue.notYetDue());
        assertEquals("no initial consideration recorded 2 working days after the allegation was received on 2011-03-29 (limit 1)",
                overdue.message());
        // received Fri 2011-03-18: the 10th working day after is Fri 2011-04-01, after asAt
        assertTrue(PartnershipChecks.stage1Response(read("{ id: C, received: 2011-03-18 }", Complaint.class), ctx).notYetDue());
        assertFalse(PartnershipChecks.stage1Response(read("{ id: C, received: 2011-03-16 }", Complaint.class), ctx).notYetDue(), "due 2011-03-30");
    }

    @Test
    void conclusionPartsUseCalendarMonthsClampedToMonthEnd() {
        // received 2011-01-31: within 1 month is by 2011-02-28
        List<PartnershipChecks.Part> parts = PartnershipChecks.conclusion(read(
                "{ id: L, received: 2010-01-31, concluded: 2010-02-28 }", Allegation.class), ctx);
        assertEquals(List.of("concluded within 1 month", "concluded within 3 months", "concluded within 12 months"),
                parts.stream().map(PartnershipChecks.Part::name).toList());
        assertTrue(parts.stream().allMatch(PartnershipChecks.Part::met));
        List<PartnershipChecks.Part> late = PartnershipChecks.conclusion(read(
                "{ id: L, received: 2010-01-31, concluded: 2010-03-01 }", Allegation.class), ctx);
        assertEquals(List.of(false, true, true), late.stream().map(PartnershipChecks.Part::met).toList());
    }

    @Test
    void openAllegationsAreLeftOutOfPartsNotYetDue() {
        // received 2011-01-15, open on asAt 2011-03-31: 1 month passed (not met), 3 and 12 months not yet due
        List<PartnershipChecks.Part> parts = PartnershipChecks.conclusion(read("{ id: L, received: 2011-01-15 }", Allegation.class), ctx);
        assertEquals(1, parts.size());
        assertEquals("concluded within 1 month", parts.get(0).name());
        assertFalse(parts.get(0).met());
    }

    @Test
    void lscbArrangementsAreHalfEach() {
        Lscb both = read("{ independentChair: true, annualReport: 2010-03-31 }", Lscb.class);
        SubjectResult chair = PartnershipChecks.independentChair(both);
        SubjectResult report = PartnershipChecks.annualReport(both, ctx);
        assertTrue(report.met(), "exactly 12 months before asAt");
        assertEquals(100.0, PartnershipChecks.arrangements(chair, report).value());
        Lscb one = read("{ independentChair: true, annualReport: 2010-03-30 }", Lscb.class);
        assertEquals(50.0, PartnershipChecks.arrangements(PartnershipChecks.independentChair(one),
                PartnershipChecks.annualReport(one, ctx)).value());
        Lscb chairOnly = read("{ independentChair: false }", Lscb.class);
        SubjectResult none = PartnershipChecks.annualReport(chairOnly, ctx);
        assertEquals("no annual report recorded", none.message());
        assertEquals(0.0, PartnershipChecks.arrangements(PartnershipChecks.independentChair(chairOnly), none).value());
    }

    @Test
    void attendanceHasOnePartPerRecordedPartner() {
        BoardAttendance b = read("{ police: true, health: false, la: true }", BoardAttendance.class);
        List<PartnershipChecks.Part> parts = PartnershipChecks.meetingAttendance(java.time.LocalDate.parse("2010-07-14"), b);
        assertEquals(List.of("police", "health", "la"), parts.stream().map(PartnershipChecks.Part::name).toList());
        assertEquals("health did not attend the LSCB meeting on 2010-07-14", parts.get(1).message());
    }

    @Test
    void eachActionOfAReviewIsAMember() {
        List<SubjectResult> r = PartnershipChecks.reviewActions(read(
                "{ id: SCR1, published: 2010-05-01, actions: 14, actionsCompleted: 12 }", SeriousCaseReview.class));
        assertEquals(14, r.size());
        assertEquals(12, r.stream().filter(SubjectResult::met).count());
        assertEquals("outstanding action 2 of 2 of serious case review SCR1 published 2010-05-01 (12 of 14 actions completed)",
                r.get(13).message());
        assertEquals(3, PartnershipChecks.reviewActions(read("{ actions: 3, actionsCompleted: 5 }", SeriousCaseReview.class))
                .stream().filter(SubjectResult::met).count(), "more completed than planned is all of them");
    }

    @Test
    void auditsInThePeriodAgainstTheMinimum() {
        Lscb l = read("{ multiAgencyAudits: [ { date: 2010-03-31 }, { date: 2010-04-01 }, { date: 2011-03-31 }, { date: 2010-09-01 } ] }",
                Lscb.class);
        assertEquals(3, PartnershipChecks.auditsInPeriod(l, ctx));
        Measure m = PartnershipChecks.auditsMeasure(l, ctx);
        assertEquals(100.0, m.value(), "capped at 100");
        Lscb one = read("{ multiAgencyAudits: [ { date: 2010-09-01 } ] }", Lscb.class);
        assertEquals(50.0, PartnershipChecks.auditsMeasure(one, ctx).value());
        assertFalse(PartnershipChecks.audits(one, ctx).met());
    }

    @Test
    void trainingFiguresBelowTheGoodBandAreFindings() {
        List<TrainingCompliance> t = read("""
                - { agency: Police, sector: police, level: 3, percent: 80 }
                - { agency: Schools, sector: education, percent: 79.5 }
                - { agency: NHS, sector: health, percent: 40 }
                - { agency: Unknown, percent: 10 }
                - { sector: voluntary, percent: 90 }
                """, TrainingList.class);
        assertTrue(PartnershipChecks.nonHealth(t.get(0)));
        assertFalse(PartnershipChecks.nonHealth(t.get(2)));
        assertFalse(PartnershipChecks.nonHealth(t.get(3)), "sector unknown");
        SubjectResult atGood = PartnershipChecks.trainingCompliance(t.get(0), ctx);
        assertTrue(atGood.met());
        assertEquals("safeguarding training compliance 80% at level 3", atGood.message());
        SubjectResult below = PartnershipChecks.trainingCompliance(t.get(1), ctx);
        assertEquals("safeguarding training compliance 79.5% at all levels (below 80%, the good band)", below.message());
        assertEquals("unnamed voluntary agency", PartnershipChecks.agency(t.get(4)));
        assertEquals("level 3", PartnershipChecks.trainingLevel(t.get(0)));
    }

    static final class TrainingList extends java.util.ArrayList<TrainingCompliance> {}
}

package org.childcare.compliance.checks;

import static org.childcare.compliance.checks.ReferralAndProtectionTestData.child;
import static org.childcare.compliance.checks.ReferralAndProtectionTestData.context;
import static org.childcare.compliance.checks.ReferralAndProtectionTestData.read;
import static org.childcare.compliance.checks.ReferralAndProtectionTestData.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.childcare.compliance.checks.ContactReferralAssessmentChecks.Element;
import org.childcare.compliance.engine.Context;
import org.childcare.compliance.engine.Outcome.Status;
import org.childcare.compliance.model.Assessment;
import org.childcare.compliance.model.AssessmentQuality;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.Referral;
import org.junit.jupiter.api.Test;

class ContactReferralAssessmentChecksTest {
    private static final Context MAY_2011 = context("2011-04-01", "2012-03-31", "2011-05-20");

    static Assessment assessment(String yaml) {
        return read(yaml, Assessment.class);
    }

    @Test
    void screeningDecisionWithinOneWorkingDay() {
        // Fri 2011-04-29 (royal wedding) and Mon 05-02 (May Day) are holidays: Thu 04-28 → Tue 05-03 is 1 working day
        Verdict overHolidays = ContactReferralAssessmentChecks.screening(read("{ id: R1, date: 2011-04-28, decisionDate: 2011-05-03 }", Referral.class), MAY_2011);
        assertEquals(Status.MET, overHolidays.status());
        assertEquals("screening decision 1 working day after the referral on 2011-04-28 (limit 1)", overHolidays.message());
        Verdict late = ContactReferralAssessmentChecks.screening(read("{ id: R2, date: 2011-05-06, decisionDate: 2011-05-10 }", Referral.class), MAY_2011);
        assertEquals("screening decision 2 working days after the referral on 2011-05-06 (limit 1)", late.message());
        assertFalse(late.isMet());
    }

    @Test
    void undecidedReferralIsNotYetDueUntilTheDeadlinePasses() {
        Referral r = read("{ id: R1, date: 2011-05-19 }", Referral.class);
        assertEquals(Status.NOT_YET_DUE, ContactReferralAssessmentChecks.screening(r, MAY_2011).status());
        assertEquals("referral on 2011-05-19 awaits a screening decision, due by 2011-05-20",
                ContactReferralAssessmentChecks.screening(r, MAY_2011).message());
        Referral older = read("{ id: R2, date: 2011-05-17 }", Referral.class);
        assertEquals("no screening decision 3 working days after the referral on 2011-05-17 (limit 1)",
                ContactReferralAssessmentChecks.screening(older, MAY_2011).message());
    }

    @Test
    void rereferralFromTheRecordOrTheFlag() {
        Child c = child("""
                { id: C1, referrals: [ { id: R1, date: 2010-06-30 }, { id: R2, date: 2011-06-30 }, { id: R3, date: 2012-07-01 },
                  { id: R4, date: 2014-01-10, rereferralWithin12Months: true } ] }""");
        Context ctx = context("2010-04-01", "2014-03-31", "2014-03-31");
        assertTrue(ContactReferralAssessmentChecks.rereferral(c, c.getReferrals().get(0), ctx).isMet());
        // 12 months to the day is still within 12 months
        assertEquals("re-referral on 2011-06-30, within 12 months of the referral R1 on 2010-06-30",
                ContactReferralAssessmentChecks.rereferral(c, c.getReferrals().get(1), ctx).message());
        Verdict later = ContactReferralAssessmentChecks.rereferral(c, c.getReferrals().get(2), ctx);
        assertEquals("referral on 2012-07-01, no referral in the 12 months before", later.message());
        assertEquals("re-referral on 2014-01-10: recorded as within 12 months of an earlier referral",
                ContactReferralAssessmentChecks.rereferral(c, c.getReferrals().get(3), ctx).message());
    }

    @Test
    void assessmentTimescalesByType() {
        // Tue 2011-05-03 + 10 working days = Tue 05-17
        assertEquals(Status.MET, ContactReferralAssessmentChecks.timeliness(assessment("{ id: A1, type: initial, start: 2011-05-03, completed: 2011-05-17 }"), MAY_2011).status());
        assertEquals("initial assessment completed 11 working days after its start on 2011-05-03 (limit 10)",
                ContactReferralAssessmentChecks.timeliness(assessment("{ id: A2, type: initial, start: 2011-05-03, completed: 2011-05-18 }"), MAY_2011).message());
        assertEquals(Status.MET, ContactReferralAssessmentChecks.timeliness(assessment("{ id: A3, type: core, start: 2011-04-01, completed: 2011-05-18 }"), MAY_2011).status());
        assertEquals("initial assessment still open 13 working days after its start on 2011-05-03 (limit 10)",
                ContactReferralAssessmentChecks.timeliness(assessment("{ id: A4, type: initial, start: 2011-05-03 }"), MAY_2011).message());
        Verdict open = ContactReferralAssessmentChecks.timeliness(assessment("{ id: A5, type: single, start: 2011-05-03 }"), MAY_2011);
        assertEquals(Status.NOT_YET_DUE, open.status());
        assertNull(ContactReferralAssessmentChecks.timeliness(assessment("{ id: A6, start: 2011-05-03, completed: 2011-05-04 }"), MAY_2011));
    }

    @Test
    void childSeenAndSeenAloneFromTheAgeSet() {
        Child four = child("{ id: C1, dateOfBirth: 2006-05-04 }");   // 4 on 2011-05-03, 5 the next day
        Child five = child("{ id: C2, dateOfBirth: 2006-05-03 }");   // 5 on 2011-05-03
        Assessment seenNotAlone = assessment("{ id: A1, type: initial, start: 2011-05-03, completed: 2011-05-10, childSeen: true, childSeenAlone: false }");
        assertTrue(ContactReferralAssessmentChecks.childSeen(four, seenNotAlone, MAY_2011).isMet());
        assertEquals("child aged 5 seen but not alone during the initial assessment started 2011-05-03 (seen alone expected from age 5)",
                ContactReferralAssessmentChecks.childSeen(five, seenNotAlone, MAY_2011).message());
        assertEquals("child not seen during the initial assessment started 2011-05-03", ContactReferralAssessmentChecks.childSeen(four,
                assessment("{ id: A2, type: initial, start: 2011-05-03, completed: 2011-05-10, childSeen: false }"), MAY_2011).message());
        // open and not seen: not yet due until the ASM-01 timescale has passed
        Assessment open = assessment("{ id: A3, type: initial, start: 2011-05-10, childSeen: false }");
        assertEquals(Status.NOT_YET_DUE, ContactReferralAssessmentChecks.childSeen(four, open, MAY_2011).status());
        Assessment overdue = assessment("{ id: A4, type: initial, start: 2011-05-03, childSeen: false }");
        assertEquals("child not yet seen in the open initial assessment started 2011-05-03, which was due by 2011-05-17",
                ContactReferralAssessmentChecks.childSeen(four, overdue, MAY_2011).message());
        // unrecorded: not judged
        assertNull(ContactReferralAssessmentChecks.childSeen(four, assessment("{ id: A5, type: initial, start: 2011-05-03 }"), MAY_2011));
        assertNull(ContactReferralAssessmentChecks.childSeen(five, assessment("{ id: A6, type: initial, start: 2011-05-03, childSeen: true }"), MAY_2011));
    }

    @Test
    void qualityElementsApplyUnlessNotApplicableOrNotAudited() {
        AssessmentQuality q = read("""
                { reasonStated: true, riskAnalysis: false, historyConsidered: true, absentParentViews: not-applicable,
                  agencyContributions: true, equalityAndDiversity: false }""", AssessmentQuality.class);
        List<Element> elements = ContactReferralAssessmentChecks.qualityElements(q);
        assertEquals(8, elements.size());
        assertEquals(5, elements.stream().filter(e -> e.met() != null).count());
        Assessment a = assessment("""
                { id: A1, type: core, start: 2011-05-03, quality: { reasonStated: true, riskAnalysis: false, historyConsidered: true,
                  absentParentViews: not-applicable, agencyContributions: true, equalityAndDiversity: false } }""");
        assertEquals("audit of the core assessment started 2011-05-03 found lacking: risk analysed, equality and diversity considered",
                ContactReferralAssessmentChecks.quality(a).message());
        Assessment good = assessment("{ id: A2, type: core, start: 2011-05-03, quality: { reasonStated: true, absentParentViews: not-applicable } }");
        assertEquals("audit of the core assessment started 2011-05-03: all 1 applicable elements met", ContactReferralAssessmentChecks.quality(good).message());
        assertNull(ContactReferralAssessmentChecks.quality(assessment("{ id: A3, start: 2011-05-03, quality: { absentParentViews: not-applicable } }")));
    }

    @Test
    void qualifiedWorkerFromTheFlagOrTheRole() {
        Context ctx = context("2011-04-01", "2012-03-31", "2011-05-20", List.of(
                worker("{ id: SW1, role: social-worker, qualified: true }"),
                worker("{ id: UW1, role: unqualified }"),
                worker("{ id: SW2, role: team-manager }"),
                worker("{ id: X1 }")));
        assertTrue(ContactReferralAssessmentChecks.qualifiedWorker(assessment("{ id: A1, type: initial, start: 2011-05-03, undertakenBy: SW1 }"), ctx).isMet());
        assertTrue(ContactReferralAssessmentChecks.qualifiedWorker(assessment("{ id: A2, type: initial, start: 2011-05-03, undertakenBy: SW2 }"), ctx).isMet());
        assertEquals("initial assessment started 2011-05-03 undertaken by UW1, who is not a qualified social worker",
                ContactReferralAssessmentChecks.qualifiedWorker(assessment("{ id: A3, type: initial, start: 2011-05-03, undertakenBy: UW1 }"), ctx).message());
        assertEquals("initial assessment started 2011-05-03 undertaken by ZZ9, who is not in the workforce list",
                ContactReferralAssessmentChecks.qualifiedWorker(assessment("{ id: A4, type: initial, start: 2011-05-03, undertakenBy: ZZ9 }"), ctx).message());
        assertNull(ContactReferralAssessmentChecks.qualifiedWorker(assessment("{ id: A5, type: initial, start: 2011-05-03, undertakenBy: X1 }"), ctx));
        assertNull(ContactReferralAssessmentChecks.qualifiedWorker(assessment("{ id: A6, type: initial, start: 2011-05-03 }"), ctx));
    }

    @Test
    void s47SeenAloneFromTheAgeSet() {
        Child five = child("{ id: C1, dateOfBirth: 2006-05-03, s47Enquiries: [ { id: S1, strategyDiscussion: 2011-05-03, childSeenAlone: false } ] }");
        assertEquals("child aged 5 not seen alone during the s47 enquiry (strategy discussion 2011-05-03; expected from age 5)",
                ContactReferralAssessmentChecks.seenAlone(five, five.getS47Enquiries().get(0), MAY_2011).message());
        Child four = child("{ id: C2, dateOfBirth: 2006-05-04, s47Enquiries: [ { id: S1, strategyDiscussion: 2011-05-03, childSeenAlone: false } ] }");
        assertNull(ContactReferralAssessmentChecks.seenAlone(four, four.getS47Enquiries().get(0), MAY_2011));
        Child unknown = child("{ id: C3, s47Enquiries: [ { id: S1, strategyDiscussion: 2011-05-03, childSeenAlone: false } ] }");
        assertNull(ContactReferralAssessmentChecks.seenAlone(unknown, unknown.getS47Enquiries().get(0), MAY_2011));
    }
}

package org.childcare.compliance.facts;

import static org.childcare.compliance.facts.ReferralAndProtectionTestData.child;
import static org.childcare.compliance.facts.ReferralAndProtectionTestData.context;
import static org.childcare.compliance.facts.ReferralAndProtectionTestData.read;
import static org.childcare.compliance.facts.ReferralAndProtectionTestData.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.childcare.compliance.engine.Context;
import org.childcare.compliance.model.Assessment;
import org.childcare.compliance.model.AssessmentQuality;
import org.childcare.compliance.model.AssessmentType;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.Referral;
import org.junit.jupiter.api.Test;

class ContactReferralAssessmentFactsTest {
    private static final Context MAY_2011 = context("2011-04-01", "2012-03-31", "2011-05-20");

    static Assessment assessment(String yaml) {
        return read(yaml, Assessment.class);
    }

    @Test
    void earlierReferralWithinTheMonthsToTheDay() {
        Child c = child("""
                { id: C1, referrals: [ { id: R1, date: 2010-06-30 }, { id: R2, date: 2011-06-30 }, { id: R3, date: 2012-07-01 },
                  { id: R4, date: 2011-03-01 } ] }""");
        Context ctx = context("2010-04-01", "2014-03-31", "2014-03-31");
        // 12 months to the day is still within 12 months; of R1 and R4 the later one is named
        assertSame(c.getReferrals().get(3), ContactReferralAssessmentFacts.earlierReferralWithin(c, c.getReferrals().get(1), 12, ctx));
        assertSame(c.getReferrals().get(0), ContactReferralAssessmentFacts.earlierReferralWithin(c, c.getReferrals().get(3), 12, ctx));
        assertNull(ContactReferralAssessmentFacts.earlierReferralWithin(c, c.getReferrals().get(2), 12, ctx));
        assertNull(ContactReferralAssessmentFacts.earlierReferralWithin(c, c.getReferrals().get(0), 12, ctx));
        assertNull(ContactReferralAssessmentFacts.earlierReferralWithin(c, c.getReferrals().get(3), 6, ctx), "R1 is 8 months before R4");
        assertEquals("the referral R1 ", ContactReferralAssessmentFacts.referralName(c.getReferrals().get(0)));
        assertEquals("12 months", ContactReferralAssessmentFacts.months(12));
    }

    @Test
    void timescalesAndDueDatesByType() {
        assertEquals(10, ContactReferralAssessmentFacts.timescale(AssessmentType.INITIAL, MAY_2011));
        assertEquals(35, ContactReferralAssessmentFacts.timescale(AssessmentType.CORE, MAY_2011));
        assertEquals(45, ContactReferralAssessmentFacts.timescale(AssessmentType.SINGLE, MAY_2011));
        assertEquals(-1, ContactReferralAssessmentFacts.timescale(null, MAY_2011));
        // Tue 2011-05-03 + 10 working days = Tue 05-17
        Assessment open = assessment("{ id: A1, type: initial, start: 2011-05-03 }");
        assertEquals(LocalDate.parse("2011-05-17"), ContactReferralAssessmentFacts.dueBy(open, MAY_2011));
        assertTrue(ContactReferralAssessmentFacts.overdue(open, MAY_2011));
        assertFalse(ContactReferralAssessmentFacts.overdue(open, context("2011-04-01", "2012-03-31", "2011-05-17")), "due on asAt itself");
        assertFalse(ContactReferralAssessmentFacts.overdue(assessment("{ id: A2, type: initial, start: 2011-05-03, completed: 2011-05-30 }"), MAY_2011),
                "a completed assessment is not overdue: ASM-01 judges its completion");
        Assessment untyped = assessment("{ id: A3, start: 2011-01-03 }");
        assertNull(ContactReferralAssessmentFacts.dueBy(untyped, MAY_2011));
        assertFalse(ContactReferralAssessmentFacts.overdue(untyped, MAY_2011));
        assertEquals("assessment started 2011-01-03", ContactReferralAssessmentFacts.describe(untyped));
    }

    @Test
    void seenFromChildSeenElseSeenAlone() {
        assertEquals(Boolean.TRUE, ContactReferralAssessmentFacts.seen(assessment("{ id: A1, start: 2011-05-03, childSeen: true }")));
        assertEquals(Boolean.FALSE, ContactReferralAssessmentFacts.seen(assessment("{ id: A2, start: 2011-05-03, childSeen: false }")));
        assertEquals(Boolean.TRUE, ContactReferralAssessmentFacts.seen(assessment("{ id: A3, start: 2011-05-03, childSeenAlone: true }")));
        assertNull(ContactReferralAssessmentFacts.seen(assessment("{ id: A4, start: 2011-05-03, childSeenAlone: false }")));
        assertNull(ContactReferralAssessmentFacts.seen(assessment("{ id: A5, start: 2011-05-03 }")));
    }

    @Test
    void seenWording() {
        Assessment alone = assessment("{ id: A1, type: initial, start: 2011-05-03, completed: 2011-05-10, childSeen: true, childSeenAlone: true }");
        assertEquals("child aged 7 seen alone during the initial assessment started 2011-05-03", ContactReferralAssessmentFacts.seenAsRequired(alone, 7, 5));
        assertEquals("child seen alone during the initial assessment started 2011-05-03", ContactReferralAssessmentFacts.seenAsRequired(alone, -1, 5));
        assertEquals("child seen during the initial assessment started 2011-05-03", ContactReferralAssessmentFacts.seenAsRequired(alone, 2, 5));
        Assessment notAlone = assessment("{ id: A2, type: initial, start: 2011-05-03, completed: 2011-05-10, childSeen: true, childSeenAlone: false }");
        assertEquals("child aged 5 seen but not alone during the initial assessment started 2011-05-03 (seen alone expected from age 5)",
                ContactReferralAssessmentFacts.notSeenAsRequired(notAlone, 5, 5, MAY_2011));
        assertEquals("child not seen during the initial assessment started 2011-07-04", ContactReferralAssessmentFacts.notSeenAsRequired(
                assessment("{ id: A3, type: initial, start: 2011-07-04, completed: 2011-07-11, childSeen: false }"), -1, 5, MAY_2011));
        assertEquals("child not yet seen in the open initial assessment started 2011-05-03, which was due by 2011-05-17",
                ContactReferralAssessmentFacts.notSeenAsRequired(assessment("{ id: A4, type: initial, start: 2011-05-03, childSeen: false }"), 2, 5, MAY_2011));
        assertEquals("child not yet seen in the open initial assessment started 2011-05-10, due by 2011-05-24",
                ContactReferralAssessmentFacts.notSeenAsRequired(assessment("{ id: A5, type: initial, start: 2011-05-10, childSeen: false }"), 2, 5, MAY_2011));
    }

    @Test
    void qualityElementsApplyUnlessNotApplicableOrNotAudited() {
        AssessmentQuality q = read("""
                { reasonStated: true, riskAnalysis: false, historyConsidered: true, absentParentViews: not-applicable,
                  agencyContributions: true, equalityAndDiversity: false }""", AssessmentQuality.class);
        assertEquals(5, ContactReferralAssessmentFacts.applicableElements(q));
        assertEquals("risk analysed, equality and diversity considered", ContactReferralAssessmentFacts.lacking(q));
        AssessmentQuality parent = read("{ absentParentViews: false, wishesAndFeelings: true }", AssessmentQuality.class);
        assertEquals(2, ContactReferralAssessmentFacts.applicableElements(parent));
        assertEquals("absent parent's views sought", ContactReferralAssessmentFacts.lacking(parent));
        assertEquals(0, ContactReferralAssessmentFacts.applicableElements(read("{ absentParentViews: not-applicable }", AssessmentQuality.class)));
    }

    @Test
    void qualifiedFromTheFlagElseTheRole() {
        assertEquals(Boolean.TRUE, ContactReferralAssessmentFacts.qualified(worker("{ id: SW1, role: social-worker, qualified: true }")));
        assertEquals(Boolean.TRUE, ContactReferralAssessmentFacts.qualified(worker("{ id: SW2, role: team-manager }")));
        assertEquals(Boolean.FALSE, ContactReferralAssessmentFacts.qualified(worker("{ id: UW1, role: unqualified }")));
        assertEquals(Boolean.FALSE, ContactReferralAssessmentFacts.qualified(worker("{ id: SW3, role: social-worker, qualified: false }")));
        assertNull(ContactReferralAssessmentFacts.qualified(worker("{ id: X1 }")));
        assertEquals("1 working day", ContactReferralAssessmentFacts.workingDays(1));
        assertEquals("3 working days", ContactReferralAssessmentFacts.workingDays(3));
    }

    @Test
    void referralRecordsReadAsTheRulesSeeThem() {
        Referral r = read("{ id: R1, date: 2011-05-19 }", Referral.class);
        assertNull(r.getDecisionDate());
        assertNull(Span.of(r.getDate(), r.getDecisionDate(), MAY_2011), "no span without a decision date: the rules see none");
        Span backwards = Span.of(LocalDate.parse("2011-05-19"), LocalDate.parse("2011-05-17"), MAY_2011);
        assertFalse(backwards.isOrdered());
        assertEquals(0, backwards.workingDays());
    }
}

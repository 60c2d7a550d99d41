package org.childcare.compliance.checks;

import static org.childcare.compliance.facts.HealthFactsTest.child;
import static org.childcare.compliance.facts.HealthFactsTest.ctx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.childcare.compliance.model.Child;
import org.junit.jupiter.api.Test;

class CareLeaverChecksTest {

    @Test
    void noPlanOrNoCompletionDateIsNotMetAndPointsAtWhatExists() {
        Child none = child("{ id: C1, careLeaver: { status: eligible } }");
        var r = CareLeaverChecks.pathwayPlan(none.getCareLeaver(), ctx(null));
        assertFalse(r.met());
        assertEquals("no completed pathway plan (eligible care leaver)", r.message());
        assertSame(none.getCareLeaver(), r.where());
        assertEquals("pathwayPlan", r.record());
        Child draft = child("{ id: C2, careLeaver: { pathwayPlan: { reviews: [2011-06-01] } } }");
        var d = CareLeaverChecks.pathwayPlan(draft.getCareLeaver(), ctx(null));
        assertEquals("no completed pathway plan (care leaver)", d.message());
        assertSame(draft.getCareLeaver().getPathwayPlan(), d.where());
    }

    @Test
    void gapsThatEndedBeforeTheWindowAreHistoryAndReviewsBeforeCompletionAreIgnored() {
        Child c = child("""
                id: C1
                careLeaver:
                  pathwayPlan: { completed: 2010-01-01, reviews: [2011-06-01, 2009-12-01, 2011-01-01, 2010-01-01] }
                """);
        var r = CareLeaverChecks.pathwayPlan(c.getCareLeaver(), ctx("2011-09-30"));
        assertTrue(r.met(), r.message());
        assertEquals("pathway plan completed on 2010-01-01, reviewed at most 6 months apart; next review due by 2011-12-01", r.message());
    }

    @Test
    void aLateReviewAndAnOverdueTailAreBothCounted() {
        Child c = child("{ id: C1, careLeaver: { pathwayPlan: { completed: 2011-04-15, reviews: [2011-11-01] } } }");
        var r = CareLeaverChecks.pathwayPlan(c.getCareLeaver(), ctx("2012-06-01"));
        assertEquals("pathway plan completed on 2011-04-15 and first reviewed on 2011-11-01, more than 6 months later "
                + "(due by 2011-10-15); 1 more gap over the limit", r.message());
    }
}

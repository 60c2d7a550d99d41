package org.childcare.compliance.facts;

import static org.childcare.compliance.facts.YamlRecords.context;
import static org.childcare.compliance.facts.YamlRecords.d;
import static org.childcare.compliance.facts.YamlRecords.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.childcare.compliance.engine.Context;
import org.childcare.compliance.model.CareLeaver;
import org.childcare.compliance.model.PathwayPlan;
import org.junit.jupiter.api.Test;

class CareLeaverFactsTest {
    private static final String CATALOGUE = """
            criteria:
              - { id: CL-01, title: t, bands: "95 / 85 / 70", timescale: 3m, action: a, parameters: { reviewMonths: 6 } }
            """;

    private static Context ctx(String asAt) {
        return context("2011-04-01", "2012-03-31", asAt, CATALOGUE);
    }

    private static IntervalWalk walk(String planYaml, Context ctx) {
        PathwayPlan p = read(planYaml, PathwayPlan.class);
        return IntervalWalk.of(p.getCompleted(), null, p.getReviews(), p.knownFrom("reviews"), ctx);
    }

    private static List<Interval> late(IntervalWalk walk, Context ctx) {
        return walk.getJudged().stream().filter(i -> i.endsAfter(CareLeaverFacts.reviewDue(i.from(), 6, ctx))).toList();
    }

    @Test
    void theStatusNamesTheYoungPerson() {
        assertEquals("eligible care leaver", CareLeaverFacts.who(read("{ status: eligible }", CareLeaver.class)));
        assertEquals("care leaver", CareLeaverFacts.who(read("{ inTouch: true }", CareLeaver.class)));
    }

    @Test
    void aReviewIsDueCalendarMonthsLaterClampedToMonthEnd() {
        assertEquals(d("2012-02-29"), CareLeaverFacts.reviewDue(d("2011-08-31"), 6, ctx("2012-03-31")));
        assertEquals(d("2012-03-30"), CareLeaverFacts.reviewDue(d("2011-09-30"), 6, ctx("2012-03-31")));
    }

    @Test
    void gapsThatEndedBeforeTheWindowAreHistoryAndAPlanInTimeSaysWhenTheNextReviewIsDue() {
        Context ctx = ctx("2011-09-30");
        IntervalWalk w = walk("{ completed: 2010-01-01, reviews: [2011-06-01, 2009-12-01, 2011-01-01, 2010-01-01] }", ctx);
        assertEquals(List.of(), late(w, ctx), "2010-01-01 to 2011-01-01 ended before the window");
        assertEquals("pathway plan completed on 2010-01-01, reviewed at most 6 months apart; next review due by 2011-12-01",
                CareLeaverFacts.reviewsInTime(w, 6, ctx));
    }

    @Test
    void aLateFirstReviewIsDescribedAndAnOverdueTailCounted() {
        Context ctx = ctx("2012-06-01");
        List<Interval> late = late(walk("{ completed: 2011-04-15, reviews: [2011-11-01] }", ctx), ctx);
        assertEquals("pathway plan completed on 2011-04-15 and first reviewed on 2011-11-01, more than 6 months later "
                + "(due by 2011-10-15); 1 more gap over the limit", CareLeaverFacts.lateReviews(late, 6, ctx));
    }

    @Test
    void betweenReviewsAndTheOpenTailAreWordedApart() {
        Context ctx = ctx("2012-03-31");
        List<Interval> between = late(walk("{ completed: 2010-10-01, reviews: [2011-03-20, 2011-10-25, 2012-03-01] }", ctx), ctx);
        assertEquals("pathway plan reviews on 2011-03-20 and 2011-10-25 more than 6 months apart (due by 2011-09-20)",
                CareLeaverFacts.lateReviews(between, 6, ctx));
        List<Interval> neverReviewed = late(walk("{ completed: 2011-05-31, reviews: [] }", ctx), ctx);
        assertEquals("pathway plan completed on 2011-05-31 and not reviewed since: review due by 2011-11-30 was overdue"
                + " on asAt 2012-03-31 (limit 6 months)", CareLeaverFacts.lateReviews(neverReviewed, 6, ctx));
        List<Interval> latestOnly = late(walk("{ completed: 2009-05-01, reviews: [2011-08-01], knownFrom: { reviews: 2011-08-01 } }",
                ctx), ctx);
        assertEquals("no pathway plan review since 2011-08-01: review due by 2012-02-01 was overdue on asAt 2012-03-31"
                + " (limit 6 months)", CareLeaverFacts.lateReviews(latestOnly, 6, ctx));
    }
}

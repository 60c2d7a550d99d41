package org.childcare.compliance.facts;

import static org.childcare.compliance.facts.YamlRecords.context;
import static org.childcare.compliance.facts.YamlRecords.d;
import static org.childcare.compliance.facts.YamlRecords.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.childcare.compliance.engine.Context;
import org.childcare.compliance.model.CareEpisode;
import org.childcare.compliance.model.Child;
import org.junit.jupiter.api.Test;

class EducationFactsTest {
    private static final String CATALOGUE = """
            criteria:
              - { id: EDU-01, title: t, bands: "95 / 85 / 70", timescale: 3m, action: a,
                  parameters: { initialWorkingDays: 20, reviewMaxDays: 122, schoolAgeFrom: 5, schoolAgeTo: 15 } }
              - { id: EDU-03, title: t, bands: "≤ 5 / 8 / 12", timescale: 6m, action: a,
                  parameters: { maxDays: 25, schoolAgeFrom: 5, schoolAgeTo: 15 } }
            """;

    private final Context ctx = context("2011-04-01", "2012-03-31", "2012-03-31", CATALOGUE);

    private static Child child(String yaml) {
        return read(yaml, Child.class);
    }

    /** The walk as EDU-01's rules make it. */
    private IntervalWalk walk(Child c, CareEpisode e) {
        return IntervalWalk.of(EducationFacts.walkStart(c, e, ctx), EducationFacts.requirementEnd(c, e, ctx),
                Dates.of(e.getPersonalEducationPlans()), e.knownFrom("personalEducationPlans"), ctx);
    }

    /** The judged intervals over their limit, as EDU-01's breach rule collects them. */
    private List<Interval> late(Child c, CareEpisode e) {
        return walk(c, e).getJudged().stream()
                .filter(i -> EducationFacts.overLimit(i, EducationFacts.requirementStart(c, e, ctx), ctx)).toList();
    }

    private String latePlans(Child c, CareEpisode e) {
        return EducationFacts.latePlans(c, e, late(c, e), walk(c, e), ctx);
    }

    @Test
    void schoolAgeRunsFromTheFifthBirthdayToTheDayBeforeTheSixteenth() {
        Child c = child("{ id: C1, dateOfBirth: 2000-03-15 }");
        assertFalse(EducationFacts.schoolAge(c, d("2005-03-14"), "EDU-03", ctx));
        assertTrue(EducationFacts.schoolAge(c, d("2005-03-15"), "EDU-03", ctx));
        assertTrue(EducationFacts.schoolAge(c, d("2016-03-14"), "EDU-03", ctx));
        assertFalse(EducationFacts.schoolAge(c, d("2016-03-15"), "EDU-03", ctx));
        assertFalse(EducationFacts.schoolAge(child("{ id: C2 }"), d("2011-01-01"), "EDU-03", ctx));
    }

    @Test
    void theRequirementRunsWhileLookedAfterAndOfSchoolAge() {
        Child turnsFive = child("{ id: C1, dateOfBirth: 2006-07-15, careEpisodes: [ { id: E1, start: 2010-01-04 } ] }");
        CareEpisode e = turnsFive.getCareEpisodes().get(0);
        assertEquals(d("2011-07-15"), EducationFacts.requirementStart(turnsFive, e, ctx));
        assertNull(EducationFacts.requirementEnd(turnsFive, e, ctx), "open and 16 after asAt: to asAt");
        Child turnsSixteen = child("{ id: C2, dateOfBirth: 1996-01-20, careEpisodes: [ { id: E2, start: 2009-05-01 } ] }");
        assertEquals(d("2012-01-20"), EducationFacts.requirementEnd(turnsSixteen, turnsSixteen.getCareEpisodes().get(0), ctx));
        Child toddler = child("{ id: C3, dateOfBirth: 2009-01-01, careEpisodes: [ { id: E3, start: 2011-06-01 } ] }");
        assertFalse(EducationFacts.schoolAgeInWindow(toddler, toddler.getCareEpisodes().get(0), ctx));
        Child unknown = child("{ id: C4, careEpisodes: [ { id: E4, start: 2011-06-01 } ] }");
        assertFalse(EducationFacts.schoolAgeInWindow(unknown, unknown.getCareEpisodes().get(0), ctx), "judged apart: age unknown");
    }

    @Test
    void aPlanMadeBeforeTheFifthBirthdayStartsTheReviewClock() {
        // 5 on 2011-07-15 (first plan due by 2011-08-12); a plan at 4 on 2011-06-01 is reviewed 122 days on
        Child late = child("""
                id: C1
                dateOfBirth: 2006-07-15
                careEpisodes:
                  - { id: E1, start: 2010-01-04, personalEducationPlans: [ { date: 2011-06-01 }, { date: 2011-10-15 }, { date: 2012-02-01 } ] }
                """);
        CareEpisode e = late.getCareEpisodes().get(0);
        assertEquals(d("2011-06-01"), EducationFacts.walkStart(late, e, ctx));
        assertEquals("personal education plans on 2011-06-01 and 2011-10-15 are 136 days apart (limit 122)", latePlans(late, e));
        Child onTime = child("""
                id: C1
                dateOfBirth: 2006-07-15
                careEpisodes:
                  - { id: E1, start: 2010-01-04, personalEducationPlans: [ { date: 2011-06-01 }, { date: 2011-09-20 }, { date: 2012-01-10 } ] }
                """);
        CareEpisode o = onTime.getCareEpisodes().get(0);
        assertEquals(List.of(), late(onTime, o), "2011-06-01 to 2011-09-20 is 111 days");
        assertEquals("personal education plans on time; last on 2012-01-10, next due by 2012-05-11",
                EducationFacts.plansInTime(walk(onTime, o), ctx));
    }

    @Test
    void theFirstPlanIsCountedInWorkingDaysAndAnEndedEpisodeToItsEnd() {
        Child c = child("""
                id: C1
                dateOfBirth: 2002-01-01
                careEpisodes:
                  - { id: E1, start: 2011-06-01, end: 2011-08-31, personalEducationPlans: [] }
                  - { id: E2, start: 2011-06-01, end: 2011-06-15, personalEducationPlans: [] }
                  - { id: E3, start: 2012-03-20, personalEducationPlans: [] }
                """);
        assertEquals("no personal education plan by the end of the episode on 2011-08-31, 64 working days after the episode "
                + "started on 2011-06-01 (limit 20)", latePlans(c, c.getCareEpisodes().get(0)));
        CareEpisode shortStay = c.getCareEpisodes().get(1);
        assertEquals(List.of(), late(c, shortStay));
        assertEquals("no personal education plan needed: the requirement ended on 2011-06-15 before the first was due",
                EducationFacts.firstPlanNotYetDue(c, shortStay, walk(c, shortStay), ctx));
        CareEpisode recent = c.getCareEpisodes().get(2);
        // 20 working days from Tue 2012-03-20, Good Friday (04-06) and Easter Monday (04-09) not counted
        assertEquals("first personal education plan due by 2012-04-19 (the episode started on 2012-03-20)",
                EducationFacts.firstPlanNotYetDue(c, recent, walk(c, recent), ctx));
    }

    @Test
    void countsAreSummedOverTheEpisodesInThePeriod() {
        Child c = child("""
                id: C1
                dateOfBirth: 2000-01-01
                careEpisodes:
                  - { id: E0, start: 2010-01-04, end: 2011-03-15, schoolDaysMissed: 40 }
                  - { id: E1, start: 2011-04-01, end: 2011-08-31, schoolDaysMissed: 12, fixedTermExclusions: 1 }
                  - { id: E2, start: 2011-10-01, schoolDaysMissed: 13, fixedTermExclusions: 2 }
                  - { id: E3, start: 2011-12-01, end: 2011-12-20 }
                """);
        assertEquals(List.of("E1", "E2", "E3"), EducationFacts.episodesInPeriod(c, ctx).stream().map(CareEpisode::getId).toList());
        assertEquals(25, EducationFacts.schoolDaysMissed(c, ctx));
        assertFalse(EducationFacts.allRecordSchoolDaysMissed(c, ctx), "E3 does not give its count");
        assertEquals("E2", EducationFacts.lastRecordingSchoolDays(c, ctx).getId());
        assertEquals("missed 25 school days in the period 2011-04-01 to 2012-03-31 over episodes E1, E2 (limit 25)",
                EducationFacts.schoolDaysMissedText(c, 25, ctx));
        assertEquals(3, EducationFacts.exclusions(c, ctx));
        assertEquals("3 fixed-term exclusions in the period 2011-04-01 to 2012-03-31 over episodes E1, E2",
                EducationFacts.exclusionsText(c, ctx));
        Child none = child("{ id: C2, dateOfBirth: 2000-01-01, careEpisodes: [ { id: E1, start: 2011-01-01, fixedTermExclusions: 0 } ] }");
        assertTrue(EducationFacts.allRecordExclusions(none, ctx));
        assertEquals("no fixed-term exclusions in the period 2011-04-01 to 2012-03-31", EducationFacts.exclusionsText(none, ctx));
    }
}

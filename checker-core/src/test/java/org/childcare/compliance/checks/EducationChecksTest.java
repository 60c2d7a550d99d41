package org.childcare.compliance.checks;

import static org.childcare.compliance.facts.HealthFactsTest.child;
import static org.childcare.compliance.facts.HealthFactsTest.ctx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.childcare.compliance.model.Child;
import org.junit.jupiter.api.Test;

class EducationChecksTest {

    @Test
    void schoolAgeRunsFromTheFifthBirthdayToTheDayBeforeTheSixteenth() {
        Child c = child("{ id: C1, dateOfBirth: 2000-03-15 }");
        assertFalse(EducationChecks.schoolAge(c, LocalDate.parse("2005-03-14")));
        assertTrue(EducationChecks.schoolAge(c, LocalDate.parse("2005-03-15")));
        assertTrue(EducationChecks.schoolAge(c, LocalDate.parse("2016-03-14")));
        assertFalse(EducationChecks.schoolAge(c, LocalDate.parse("2016-03-15")));
        assertFalse(EducationChecks.schoolAge(child("{ id: C2 }"), LocalDate.parse("2011-01-01")));
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
        var r = EducationChecks.personalEducationPlans(late, late.getCareEpisodes().get(0), ctx(null));
        assertFalse(r.met());
        assertEquals("personal education plans on 2011-06-01 and 2011-10-15 are 136 days apart (limit 122)", r.message());
        assertSame(late.getCareEpisodes().get(0).getPersonalEducationPlans().get(1), r.where());
        Child onTime = child("""
                id: C1
                dateOfBirth: 2006-07-15
                careEpisodes:
                  - { id: E1, start: 2010-01-04, personalEducationPlans: [ { date: 2011-06-01 }, { date: 2011-09-20 }, { date: 2012-01-10 } ] }
                """);
        var ok = EducationChecks.personalEducationPlans(onTime, onTime.getCareEpisodes().get(0), ctx(null));
        assertTrue(ok.met(), ok.message());
        assertEquals("personal education plans on time; last on 2012-01-10, next due by 2012-05-11", ok.message());
    }

    @Test
    void anEpisodeThatEndedIsJudgedToItsEndAndLeftOutWhenItEndedBeforeThePlanWasDue() {
        Child c = child("""
                id: C1
                dateOfBirth: 2002-01-01
                careEpisodes:
                  - { id: E1, start: 2011-06-01, end: 2011-08-31 }
                  - { id: E2, start: 2011-06-01, end: 2011-06-15 }
                """);
        var r = EducationChecks.personalEducationPlans(c, c.getCareEpisodes().get(0), ctx(null));
        assertEquals("no personal education plan by the end of the episode on 2011-08-31, 64 working days after the episode "
                + "started on 2011-06-01 (limit 20)", r.message());
        assertSame(c.getCareEpisodes().get(0), r.where());
        assertFalse(EducationChecks.personalEducationPlans(c, c.getCareEpisodes().get(1), ctx(null)).applies());
    }

    @Test
    void unknownAgeOrNeverOfSchoolAgeIsLeftOut() {
        Child unknown = child("{ id: C1, careEpisodes: [ { id: E1, start: 2011-06-01 } ] }");
        assertFalse(EducationChecks.personalEducationPlans(unknown, unknown.getCareEpisodes().get(0), ctx(null)).applies());
        Child toddler = child("{ id: C2, dateOfBirth: 2009-01-01, careEpisodes: [ { id: E1, start: 2011-06-01 } ] }");
        assertFalse(EducationChecks.personalEducationPlans(toddler, toddler.getCareEpisodes().get(0), ctx(null)).applies());
    }

    @Test
    void schoolDaysMissedAreSummedOverTheEpisodesInThePeriod() {
        Child c = child("""
                id: C1
                dateOfBirth: 2000-01-01
                careEpisodes:
                  - { id: E0, start: 2010-01-04, end: 2011-03-15, schoolDaysMissed: 40 }
                  - { id: E1, start: 2011-04-01, end: 2011-08-31, schoolDaysMissed: 12 }
                  - { id: E2, start: 2011-10-01, schoolDaysMissed: 13 }
                  - { id: E3, start: 2011-12-01, end: 2011-12-20 }
                """);
        var r = EducationChecks.schoolDaysMissed(c, ctx(null));
        assertTrue(r.met());
        assertEquals("missed 25 school days in the period 2011-04-01 to 2012-03-31 over episodes E1, E2 (limit 25)", r.message());
        assertEquals("E2", r.record());
        Child sixteen = child("{ id: C2, dateOfBirth: 1995-04-01, careEpisodes: [ { id: E1, start: 2011-01-01, schoolDaysMissed: 40 } ] }");
        assertFalse(EducationChecks.schoolDaysMissed(sixteen, ctx(null)).applies());
    }

    @Test
    void exclusionsMeetWhenThereAreNone() {
        Child none = child("{ id: C1, dateOfBirth: 2000-01-01, careEpisodes: [ { id: E1, start: 2011-01-01, fixedTermExclusions: 0 } ] }");
        var r = EducationChecks.exclusions(none, ctx(null));
        assertTrue(r.met());
        assertEquals("no fixed-term exclusions in the period 2011-04-01 to 2012-03-31", r.message());
        Child three = child("{ id: C2, dateOfBirth: 2000-01-01, careEpisodes: [ { id: E1, start: 2011-01-01, fixedTermExclusions: 3 } ] }");
        assertEquals("3 fixed-term exclusions in the period 2011-04-01 to 2012-03-31", EducationChecks.exclusions(three, ctx(null)).message());
        Child unrecorded = child("{ id: C3, dateOfBirth: 2000-01-01, careEpisodes: [ { id: E1, start: 2011-01-01 } ] }");
        assertFalse(EducationChecks.exclusions(unrecorded, ctx(null)).applies());
    }
}

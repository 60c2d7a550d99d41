package org.childcare.compliance.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.childcare.compliance.engine.Context;
import org.childcare.compliance.model.CareEpisode;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.HealthAssessment;
import org.childcare.compliance.model.HealthAssessmentType;

/**
 * Facts for the health criteria (health.drl): the initial health assessment of an episode (HLT-01),
 * the age-dependent limits between health assessments (HLT-02), the spell of continuous care and
 * the latest dental check and immunisation record in it (HLT-03, HLT-04), and the wording of
 * findings. Nothing here decides met or breach: the rules compare these facts with the catalogue's
 * parameters.
 */
public final class HealthFacts {
    private HealthFacts() {}

    // ---------------------------------------------------------------- HLT-01 initial assessment

    /** @return the episode's initial health assessment: its earliest dated one not marked {@code review}; null when none */
    public static HealthAssessment initialAssessment(CareEpisode episode) {
        return episode.getHealthAssessments().stream()
                .filter(a -> a.getDate() != null && a.getType() != HealthAssessmentType.REVIEW)
                .min(Comparator.comparing(HealthAssessment::getDate)).orElse(null);
    }

    /**
     * @return the day the episode's initial health assessment is judged up to: asAt while the
     *     episode is open, else its end
     */
    public static LocalDate until(CareEpisode episode, Context ctx) {
        return isOpen(episode, ctx) ? ctx.asAt() : episode.getEnd();
    }

    /** @return true when the episode is open on asAt */
    public static boolean isOpen(CareEpisode episode, Context ctx) {
        return episode.getEnd() == null || episode.getEnd().isAfter(ctx.asAt());
    }

    /**
     * @return true when the episode's list of health assessments may lack its initial one: it is
     *     known only from a date after the episode's start
     */
    public static boolean assessmentsKnownAfterStart(CareEpisode episode) {
        LocalDate knownFrom = episode.knownFrom("healthAssessments");
        return knownFrom != null && episode.getStart() != null && knownFrom.isAfter(episode.getStart());
    }

    /**
     * @return true when the episode's initial health assessment is known: its list is complete from
     *     the start, or the assessment listed first says it is the initial one. With only the latest
     *     assessment known (an Annex A workbook) the earliest listed is not the initial one, and
     *     timing it from the start would invent a breach (sources.md §5)
     */
    public static boolean initialAssessmentKnown(CareEpisode episode) {
        if (!assessmentsKnownAfterStart(episode)) {
            return true;
        }
        HealthAssessment initial = initialAssessment(episode);
        return initial != null && initial.getType() == HealthAssessmentType.INITIAL;
    }

    // ---------------------------------------------------------------- HLT-02 review assessments

    /**
     * The limits between a child's health assessments: at most {@code youngerMonths} apart while the
     * child is under {@code olderFromAge}, {@code olderMonths} from that age, the age taken on the
     * earlier assessment. The rule leaves children of unknown age out before asking.
     */
    public record AssessmentLimits(Child child, int youngerMonths, int olderMonths, int olderFromAge, Context ctx) {

        /** The rule passes the catalogue's parameters. */
        public static AssessmentLimits of(Child child, int youngerMonths, int olderMonths, int olderFromAge, Context ctx) {
            return new AssessmentLimits(child, youngerMonths, olderMonths, olderFromAge, ctx);
        }

        /** @return the months allowed after an assessment on {@code on} */
        public int months(LocalDate on) {
            return child.ageOn(on) < olderFromAge ? youngerMonths : olderMonths;
        }

        /** @return the last day in time for the assessment that ends {@code gap} */
        public LocalDate lastDay(Interval gap) {
            return ctx.plusMonths(gap.from(), months(gap.from()));
        }

        /** @return the limit in words, e.g. "limit 6 months under age 5, age 4 on 2011-04-20" */
        String words(LocalDate on) {
            return "limit " + months(on) + " months " + (child.ageOn(on) < olderFromAge ? "under" : "from") + " age "
                    + olderFromAge + ", age " + child.ageOn(on) + " on " + on;
        }
    }

    /**
     * The finding of an episode whose health assessments were late: the first late one in words,
     * the rest counted.
     *
     * @param late the judged review intervals the rule found over their limit, in order
     */
    public static String assessmentProblems(List<Interval> late, AssessmentLimits limits, IntervalWalk walk) {
        List<String> told = new ArrayList<>();
        for (Interval gap : late) {
            LocalDate due = limits.lastDay(gap);
            if (gap.tail()) {
                told.add("no health assessment since " + gap.from() + ": review due by " + due + " was overdue "
                        + (walk.isOpen() ? "on asAt " + gap.to() : "when the episode ended on " + gap.to())
                        + " (" + limits.words(gap.from()) + ")");
            } else {
                told.add("health assessment on " + gap.to() + ", more than " + limits.months(gap.from()) + " months after the one on "
                        + gap.from() + " (due by " + due + "; " + limits.words(gap.from()) + ")");
            }
        }
        return LookedAfterFacts.andMore(told.get(0), told.size() - 1, "gap over the limit", "gaps over the limit");
    }

    /**
     * Why the dated health assessments do not cover the episode for HLT-02, or null when they do:
     * the list is absent ("no health assessments recorded"), or assessments are listed but every
     * interval between them is before the date the list is known from ("history known from ...").
     */
    public static String uncoveredReason(CareEpisode episode, IntervalWalk walk) {
        if (!episode.isHealthAssessmentsRecorded()) {
            return "no health assessments recorded";
        }
        boolean reviewJudged = walk.getIntervals().stream().anyMatch(i -> !i.first() && i.isJudged());
        return walk.getEventCount() > 0 && !reviewJudged ? walk.getUnknownReason() : null;
    }

    /** @return the last health assessment the walk saw */
    public static LocalDate lastAssessment(IntervalWalk walk) {
        return walk.getEvents().get(walk.getEvents().size() - 1);
    }

    // ---------------------------------------------------------------- HLT-03, HLT-04 the cohort

    /**
     * The episodes of the spell of continuous care that is open on asAt, earliest first, when it
     * has lasted {@code months} or more by asAt; else empty. Episodes that follow one another without
     * a day out of care (the next starts on or the day after the previous end, as when a legal
     * status changes) are one spell.
     */
    public static List<CareEpisode> spell(Child child, int months, Context ctx) {
        List<CareEpisode> spell = continuousSpell(child, ctx);
        if (spell.isEmpty() || ctx.plusMonths(spell.get(0).getStart(), months).isAfter(ctx.asAt())) {
            return List.of();
        }
        return spell;
    }

    /** @return the start of the spell of {@link #spell}, or null when the child is not in that cohort */
    public static LocalDate spellStart(Child child, int months, Context ctx) {
        List<CareEpisode> spell = spell(child, months, ctx);
        return spell.isEmpty() ? null : spell.get(0).getStart();
    }

    /** @return the episode of the spell with the latest dated dental check, or null when none records one */
    public static CareEpisode latestDentalCheck(Child child, int months, Context ctx) {
        CareEpisode with = null;
        for (CareEpisode e : spell(child, months, ctx)) {
            if (e.getDentalCheck() != null && (with == null || e.getDentalCheck().isAfter(with.getDentalCheck()))) {
                with = e;
            }
        }
        return with;
    }

    /** @return the latest episode of the spell that gives the OC2 flag {@code dentalCheckInYear}, or null */
    public static CareEpisode dentalCheckFlag(Child child, int months, Context ctx) {
        List<CareEpisode> spell = spell(child, months, ctx);
        for (int i = spell.size() - 1; i >= 0; i--) {
            if (spell.get(i).getDentalCheckInYear() != null) {
                return spell.get(i);
            }
        }
        return null;
    }

    /** @return the latest episode of the spell that records {@code immunisationsUpToDate}, or null */
    public static CareEpisode immunisationRecord(Child child, int months, Context ctx) {
        List<CareEpisode> spell = spell(child, months, ctx);
        for (int i = spell.size() - 1; i >= 0; i--) {
            if (spell.get(i).getImmunisationsUpToDate() != null) {
                return spell.get(i);
            }
        }
        return null;
    }

    private static List<CareEpisode> continuousSpell(Child child, Context ctx) {
        List<CareEpisode> episodes = new ArrayList<>(child.getCareEpisodes().stream().filter(e -> e.getStart() != null).toList());
        episodes.sort(Comparator.comparing(CareEpisode::getStart));
        int current = -1;
        for (int i = episodes.size() - 1; i >= 0; i--) {
            CareEpisode e = episodes.get(i);
            if (ctx.openOnAsAt(e.getStart(), e.getEnd())) {
                current = i;
                break;
            }
        }
        if (current < 0) {
            return List.of();
        }
        int first = current;
        LocalDate spellStart = episodes.get(current).getStart();
        for (int i = current - 1; i >= 0; i--) {
            CareEpisode e = episodes.get(i);
            if (e.getEnd() == null || e.getEnd().plusDays(1).isBefore(spellStart)) {
                break;
            }
            first = i;
            spellStart = e.getStart().isBefore(spellStart) ? e.getStart() : spellStart;
        }
        return List.copyOf(episodes.subList(first, current + 1));
    }

    // ---------------------------------------------------------------- shared

    /** A percentage for messages: 98 as "98%", 83.7 as "83.7%". */
    public static String percent(double value) {
        return (value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value)) + "%";
    }
}

package org.childcare.compliance.checks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.childcare.compliance.engine.Context;
import org.childcare.compliance.model.CareEpisode;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.HealthAssessment;
import org.childcare.compliance.model.HealthAssessmentType;
import org.childcare.compliance.model.Located;

/**
 * Date arithmetic of the health criteria (health.drl): the initial health assessment (HLT-01), the
 * intervals between health assessments (HLT-02) and the cohort of children looked after for 12
 * months or more (HLT-03, HLT-04).
 */
public final class HealthChecks {
    private HealthChecks() {}

    /**
     * HLT-01: the episode's initial health assessment (the earliest one not marked {@code review})
     * within {@code maxWorkingDays} working days of the episode start. Judged when the assessment is
     * dated inside the window; without one, a breach once the deadline has passed by asAt (or by
     * the episode's end), and not yet due before that.
     */
    public static Result initialAssessment(CareEpisode episode, Context ctx) {
        int limit = ctx.intParam("HLT-01", "maxWorkingDays");
        LocalDate start = episode.getStart();
        LocalDate due = ctx.addWorkingDays(start, limit);
        HealthAssessment initial = episode.getHealthAssessments().stream()
                .filter(a -> a.getDate() != null && a.getType() != HealthAssessmentType.REVIEW)
                .min(Comparator.comparing(HealthAssessment::getDate)).orElse(null);
        if (initial != null) {
            if (!ctx.inWindow(initial.getDate())) {
                return Result.none(); // the interval ended before the window: history
            }
            int days = ctx.workingDays(start, initial.getDate());
            return Result.of(days <= limit, "initial health assessment on " + initial.getDate() + ", "
                    + Math.max(days, 0) + " working days after the episode started on " + start + " (limit " + limit + ")",
                    initial, episode.getId());
        }
        boolean open = isOpen(episode, ctx);
        LocalDate until = open ? ctx.asAt() : episode.getEnd();
        int days = ctx.workingDays(start, until);
        if (days <= limit) { // an assessment today would still be in time (asAt may be a weekend)
            return open ? Result.notYetDue("initial health assessment due by " + due + " (episode started on " + start + ")",
                    episode, episode.getId())
                    : Result.none(); // left care before the assessment was due
        }
        String message = open
                ? "no initial health assessment " + days + " working days after the episode started on " + start
                : "no initial health assessment by the end of the episode on " + until + ", " + days
                        + " working days after it started on " + start;
        return Result.of(false, message + " (limit " + limit + ")", episode, episode.getId());
    }

    /**
     * HLT-02, per child looked after in the window: consecutive health assessments (initial or
     * review) of each episode at most {@code under5Months} apart while the child is under 5 and
     * {@code over5Months} from age 5, the age taken on the earlier assessment (over-5 limit when the
     * birth date is unknown), including the open tail from the last assessment to asAt (or to the
     * episode's end). A gap is judged when its later end is inside the window. A child whose
     * episodes have had only one assessment each and none overdue is not yet due; a child with no
     * health assessment at all is HLT-01's finding and left out here.
     */
    public static Result reviewAssessments(Child child, Context ctx) {
        List<String> breaches = new ArrayList<>();
        Located breachWhere = null;
        String breachRecord = null;
        boolean reviewed = false;
        boolean openTailNotDue = false;
        HealthAssessment last = null;
        CareEpisode lastEpisode = null;
        LocalDate nextDue = null;
        List<CareEpisode> episodes = new ArrayList<>(child.getCareEpisodes());
        episodes.sort(Comparator.comparing(CareEpisode::getStart));
        for (CareEpisode episode : episodes) {
            if (!ctx.overlapsWindow(episode.getStart(), episode.getEnd())) {
                continue;
            }
            List<HealthAssessment> assessments = episode.getHealthAssessments().stream().filter(a -> a.getDate() != null)
                    .sorted(Comparator.comparing(HealthAssessment::getDate)).toList();
            if (assessments.isEmpty()) {
                continue;
            }
            for (int i = 1; i < assessments.size(); i++) {
                reviewed = true;
                HealthAssessment a = assessments.get(i - 1);
                HealthAssessment b = assessments.get(i);
                if (!ctx.inWindow(b.getDate())) {
                    continue; // history
                }
                Limit limit = limit(child, a.getDate(), ctx);
                LocalDate due = ctx.plusMonths(a.getDate(), limit.months);
                if (b.getDate().isAfter(due)) {
                    breaches.add("health assessment on " + b.getDate() + ", more than " + limit.months
                            + " months after the one on " + a.getDate() + " (due by " + due + "; " + limit.text + ")");
                    if (breachWhere == null) {
                        breachWhere = b;
                        breachRecord = episode.getId();
                    }
                }
            }
            last = assessments.get(assessments.size() - 1);
            lastEpisode = episode;
            Limit limit = limit(child, last.getDate(), ctx);
            LocalDate due = ctx.plusMonths(last.getDate(), limit.months);
            nextDue = due;
            boolean open = isOpen(episode, ctx);
            LocalDate until = open ? ctx.asAt() : episode.getEnd();
            if (until.isAfter(due)) {
                breaches.add("no health assessment since " + last.getDate() + ": review due by " + due + " was overdue "
                        + (open ? "on asAt " + until : "when the episode ended on " + until) + " (" + limit.text + ")");
                if (breachWhere == null) {
                    breachWhere = last;
                    breachRecord = episode.getId();
                }
            } else if (open) {
                openTailNotDue = true;
            }
        }
        if (!breaches.isEmpty()) {
            String more = breaches.size() == 1 ? "" : "; " + (breaches.size() - 1) + (breaches.size() == 2 ? " more gap" : " more gaps") + " over the limit";
            return Result.of(false, breaches.get(0) + more, breachWhere, breachRecord);
        }
        if (last == null) {
            return Result.none();
        }
        if (reviewed) {
            return Result.of(true, "health assessments within the limits; last on " + last.getDate()
                    + ", next due by " + nextDue, last, lastEpisode.getId());
        }
        return openTailNotDue
                ? Result.notYetDue("first review health assessment due by " + nextDue + " (last assessment on "
                        + last.getDate() + ")", last, lastEpisode.getId())
                : Result.none();
    }

    /**
     * HLT-03: children looked after continuously for 12 months or more on asAt (see {@link
     * #continuousCareStart}) with a dental check within the 12 months before asAt. The most recent
     * check recorded on the spell's episodes counts; a spell with none recorded is left out
     * (missing data is not a breach).
     */
    public static Result dentalCheck(Child child, Context ctx) {
        List<CareEpisode> spell = lookedAfterTwelveMonths(child, ctx);
        if (spell.isEmpty()) {
            return Result.none();
        }
        LocalDate since = spell.get(0).getStart();
        CareEpisode with = null;
        for (CareEpisode e : spell) {
            if (e.getDentalCheck() != null && (with == null || e.getDentalCheck().isAfter(with.getDentalCheck()))) {
                with = e;
            }
        }
        if (with == null) {
            return Result.none();
        }
        LocalDate check = with.getDentalCheck();
        LocalDate due = ctx.plusMonths(check, 12);
        boolean met = !ctx.asAt().isAfter(due);
        return Result.of(met, met
                ? "dental check on " + check + ", within 12 months of asAt " + ctx.asAt() + " (looked after since " + since + ")"
                : "last dental check on " + check + ", more than 12 months before asAt " + ctx.asAt() + " (next was due by "
                        + due + "; looked after since " + since + ")",
                with, with.getId());
    }

    /**
     * HLT-04: children looked after continuously for 12 months or more on asAt with immunisations up
     * to date, as recorded on the latest episode of the spell that records it; left out when none
     * does.
     */
    public static Result immunisations(Child child, Context ctx) {
        List<CareEpisode> spell = lookedAfterTwelveMonths(child, ctx);
        if (spell.isEmpty()) {
            return Result.none();
        }
        LocalDate since = spell.get(0).getStart();
        for (int i = spell.size() - 1; i >= 0; i--) {
            CareEpisode e = spell.get(i);
            if (e.getImmunisationsUpToDate() != null) {
                boolean met = e.getImmunisationsUpToDate();
                return Result.of(met, (met ? "immunisations up to date" : "immunisations not up to date")
                        + " (looked after since " + since + ")", e, e.getId());
            }
        }
        return Result.none();
    }

    /**
     * The episodes of the spell of continuous care that is open on asAt, earliest first, when it
     * has lasted 12 months or more by asAt; else empty.
     */
    static List<CareEpisode> lookedAfterTwelveMonths(Child child, Context ctx) {
        List<CareEpisode> spell = continuousSpell(child, ctx);
        if (spell.isEmpty() || ctx.plusMonths(spell.get(0).getStart(), 12).isAfter(ctx.asAt())) {
            return List.of();
        }
        return spell;
    }

    /**
     * The start of the spell of continuous care open on asAt, or null when the child is not looked
     * after on asAt. Episodes that follow one another without a day out of care (the next starts on
     * or the day after the previous end, as when a legal status changes) are one spell.
     */
    public static LocalDate continuousCareStart(Child child, Context ctx) {
        List<CareEpisode> spell = continuousSpell(child, ctx);
        return spell.isEmpty() ? null : spell.get(0).getStart();
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

    private record Limit(int months, String text) {}

    private static Limit limit(Child child, LocalDate on, Context ctx) {
        int age = child.ageOn(on);
        if (age < 0) {
            int months = ctx.intParam("HLT-02", "over5Months");
            return new Limit(months, "limit " + months + " months, age unknown");
        }
        if (age < 5) {
            int months = ctx.intParam("HLT-02", "under5Months");
            return new Limit(months, "limit " + months + " months under age 5, age " + age + " on " + on);
        }
        int months = ctx.intParam("HLT-02", "over5Months");
        return new Limit(months, "limit " + months + " months from age 5, age " + age + " on " + on);
    }

    /** A percentage for messages: 98 as "98%", 83.7 as "83.7%". */
    public static String percent(double value) {
        return (value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value)) + "%";
    }

    static boolean isOpen(CareEpisode episode, Context ctx) {
        return episode.getEnd() == null || episode.getEnd().isAfter(ctx.asAt());
    }
}

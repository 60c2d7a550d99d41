package org.childcare.compliance.checks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.childcare.compliance.engine.Context;
import org.childcare.compliance.engine.Outcome;
import org.childcare.compliance.model.CareEpisode;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.Located;
import org.childcare.compliance.model.MissingEpisode;
import org.childcare.compliance.model.Placement;
import org.childcare.compliance.model.PlacementType;
import org.childcare.compliance.model.Review;
import org.childcare.compliance.model.Visit;

/**
 * Date arithmetic for the looked after children criteria (looked-after.drl): statutory visit
 * intervals per placement (LAC-01), review timescales (LAC-03), permanence by the second review
 * (LAC-05), placement stability (LAC-07, LAC-08) and return interviews (LAC-11).
 *
 * <p>Conventions, as criteria.md says: an interval is judged when its later end falls inside the
 * window (period start to asAt); the open tail runs from the last event to asAt, or to the end of
 * the work when it has ended; work whose first deadline has not passed by asAt is not yet due.
 */
public final class LookedAfterChecks {
    private LookedAfterChecks() {}

    /**
     * What a helper decided about one member of a criterion's population.
     *
     * @param critical a possible risk to the child now (grading.md); only when not met
     * @param where the model object the finding points at (its file and line)
     * @param record the id of the record named in the finding
     * @param message the dates or values that decided it, and the limit
     */
    public record Result(Outcome.Status status, boolean critical, Located where, String record, String message) {
        static Result met(Located where, String record, String message) {
            return new Result(Outcome.Status.MET, false, where, record, message);
        }

        static Result notMet(Located where, String record, String message, boolean critical) {
            return new Result(Outcome.Status.NOT_MET, critical, where, record, message);
        }

        static Result notYetDue(Located where, String record, String message) {
            return new Result(Outcome.Status.NOT_YET_DUE, false, where, record, message);
        }

        public boolean isMet() {
            return status == Outcome.Status.MET;
        }

        /** @return the outcome a rule inserts for this result about {@code child} */
        public Outcome outcome(String criterion, Child child) {
            Outcome o = switch (status) {
                case MET -> Outcome.met(criterion, child, where, record, message);
                case NOT_MET -> Outcome.notMet(criterion, child, where, record, message);
                case NOT_YET_DUE -> Outcome.notYetDue(criterion, child, where, record, message);
                case MISSING -> Outcome.missing(criterion, child, where, record, message);
            };
            return critical ? o.critical() : o;
        }
    }

    /** The limit on one interval: the last day in time, the last day before it is critical, in words. */
    private record Limit(LocalDate due, LocalDate criticalDue, String words, String criticalWords) {
        static Limit days(LocalDate from, int days, double factor, String unit) {
            long critical = Math.round(days * factor);
            return new Limit(from.plusDays(days), from.plusDays(critical), inUnit(days, unit), inUnit(critical, unit));
        }

        private static String inUnit(long days, String unit) {
            return unit.equals("week") && days % 7 == 0 ? plural(days / 7, "week") : plural(days, "day");
        }

        static Limit months(LocalDate from, int months, double factor) {
            int critical = (int) Math.round(months * factor);
            return new Limit(from.plusMonths(months), from.plusMonths(critical), plural(months, "month"),
                    plural(critical, "month"));
        }
    }

    // ---------------------------------------------------------------- LAC-01 statutory visits

    /**
     * LAC-01 for one placement: the visits of its episode that fall in it (start to end inclusive)
     * met the statutory intervals of reg 28: the first within {@code firstVisitDays} of the
     * placement start, then at most {@code firstYearIntervalWeeks} apart while the previous visit
     * is in the placement's first year, after that {@code longTermIntervalMonths} if the placement
     * is long term, else still {@code firstYearIntervalWeeks}. The open tail runs from the last
     * visit to asAt, or to the placement end. A placement open on asAt with a judged gap (the
     * current one included) over {@code criticalFactor} times its limit is a critical finding.
     */
    public static Result placementVisits(Child child, CareEpisode episode, Placement placement, Context ctx) {
        String id = "LAC-01";
        int firstDays = ctx.intParam(id, "firstVisitDays");
        int intervalDays = 7 * ctx.intParam(id, "firstYearIntervalWeeks");
        int months = ctx.intParam(id, "longTermIntervalMonths");
        double factor = ctx.param(id, "criticalFactor");
        LocalDate start = placement.getStart();
        boolean ended = placement.getEnd() != null && !placement.getEnd().isAfter(ctx.asAt());
        LocalDate last = ended ? placement.getEnd() : ctx.asAt();
        String lastWords = ended ? "the placement end on " + placement.getEnd() : "asAt " + ctx.asAt();
        List<LocalDate> visits = new ArrayList<>();
        for (Visit v : episode.getVisits()) {
            visits.add(v.getDate());
        }
        visits = between(visits, start, last);
        if (visits.isEmpty() && ctx.days(start, ctx.asAt()) <= firstDays) {
            return Result.notYetDue(placement, episode.getId(), "placement started on " + start
                    + "; first visit due by " + start.plusDays(firstDays) + ", after asAt " + ctx.asAt());
        }
        LocalDate anniversary = ctx.plusMonths(start, 12);
        boolean longTerm = Boolean.TRUE.equals(placement.getLongTerm());
        Breaches breaches = new Breaches();
        LocalDate previous = start;
        for (int i = 0; i <= visits.size(); i++) {
            boolean tail = i == visits.size();
            LocalDate to = tail ? last : visits.get(i);
            Limit limit;
            if (i == 0) {
                limit = Limit.days(previous, firstDays, factor, "day");
            } else if (previous.isBefore(anniversary) || !longTerm) {
                limit = Limit.days(previous, intervalDays, factor, "week");
            } else {
                limit = Limit.months(previous, months, factor);
            }
            if (!to.isBefore(ctx.periodStart()) && to.isAfter(limit.due())) {
                long days = ctx.days(previous, to);
                String words;
                if (i == 0) {
                    words = tail ? "no visit in the " + days + " days from the placement start on " + start + " to " + lastWords
                            : "first visit on " + to + ", " + days + " days after the placement started on " + start;
                } else {
                    words = tail ? "no visit in the " + days + " days from the last visit on " + previous + " to " + lastWords
                            : "visit gap of " + days + " days from " + previous + " to " + to;
                }
                boolean critical = !ended && to.isAfter(limit.criticalDue());
                breaches.add(words + (critical ? " (limit " + limit.words() + "; over " + limit.criticalWords() + " is critical)"
                        : " (limit " + limit.words() + ")"), critical);
            }
            previous = to;
        }
        if (breaches.count == 0) {
            return Result.met(placement, episode.getId(), plural(visits.size(), "visit") + " since the placement started on "
                    + start + ", every interval within the statutory limits");
        }
        return Result.notMet(placement, episode.getId(), breaches.message("gap over the limit", "gaps over the limit"), breaches.critical != null);
    }

    // ---------------------------------------------------------------- LAC-03 reviews

    /**
     * LAC-03 for one episode: the first review within {@code firstWorkingDays} of the episode
     * start, the second within {@code secondMonths} of the first, later ones within
     * {@code laterMonths} of the previous; the open tail runs to asAt or the episode end.
     */
    public static Result reviewTimeliness(Child child, CareEpisode episode, Context ctx) {
        String id = "LAC-03";
        int firstWorkingDays = ctx.intParam(id, "firstWorkingDays");
        int secondMonths = ctx.intParam(id, "secondMonths");
        int laterMonths = ctx.intParam(id, "laterMonths");
        LocalDate start = episode.getStart();
        boolean ended = episode.getEnd() != null && !episode.getEnd().isAfter(ctx.asAt());
        LocalDate last = ended ? episode.getEnd() : ctx.asAt();
        String lastWords = ended ? "the episode end on " + episode.getEnd() : "asAt " + ctx.asAt();
        List<Review> reviews = reviews(episode, last);
        if (reviews.isEmpty() && ctx.workingDays(start, ctx.asAt()) <= firstWorkingDays) {
            return Result.notYetDue(episode, episode.getId(), "episode started on " + start + "; first review due by "
                    + ctx.addWorkingDays(start, firstWorkingDays) + ", after asAt " + ctx.asAt());
        }
        Breaches breaches = new Breaches();
        LocalDate previous = start;
        for (int i = 0; i <= reviews.size(); i++) {
            boolean tail = i == reviews.size();
            LocalDate to = tail ? last : reviews.get(i).getDate();
            if (i == 0) {
                LocalDate due = ctx.addWorkingDays(start, firstWorkingDays);
                if (!to.isBefore(ctx.periodStart()) && to.isAfter(due)) {
                    int days = ctx.workingDays(start, to);
                    breaches.add((tail ? "no review in the " + days + " working days from the episode start on " + start + " to " + lastWords
                            : "first review on " + to + ", " + days + " working days after the episode started on " + start)
                            + " (limit " + firstWorkingDays + ")", false);
                }
            } else {
                int months = i == 1 ? secondMonths : laterMonths;
                LocalDate due = ctx.plusMonths(previous, months);
                if (!to.isBefore(ctx.periodStart()) && to.isAfter(due)) {
                    String which = i == 1 ? "second review" : "review";
                    String since = i == 1 ? "the first on " + previous : "the previous one on " + previous;
                    breaches.add((tail ? "no " + which + " by " + lastWords : which + " on " + to) + ", more than "
                            + plural(months, "month") + " after " + since + " (due by " + due + ")", false);
                }
            }
            previous = to;
        }
        if (breaches.count == 0) {
            return Result.met(episode, episode.getId(), plural(reviews.size(), "review") + " since the episode started on "
                    + start + ", each within its timescale");
        }
        return Result.notMet(episode, episode.getId(), breaches.message("review late", "reviews late"), false);
    }

    // ---------------------------------------------------------------- LAC-05 permanence plan

    /** @return the date of the episode's second review, or null when it has not been held */
    public static LocalDate secondReviewDate(CareEpisode episode) {
        List<Review> reviews = reviews(episode, null);
        return reviews.size() < 2 ? null : reviews.get(1).getDate();
    }

    /**
     * @return whether the first or second review recorded a permanence plan: true if either did,
     *     false if both recorded none, null when that is not recorded (insufficient evidence)
     */
    public static Boolean permanencePlanBySecondReview(CareEpisode episode) {
        List<Review> reviews = reviews(episode, null);
        if (reviews.size() < 2) {
            return null;
        }
        boolean unknown = false;
        for (Review r : reviews.subList(0, 2)) {
            if (Boolean.TRUE.equals(r.getPermanencePlan())) {
                return true;
            }
            unknown |= r.getPermanencePlan() == null;
        }
        return unknown ? null : false;
    }

    /** LAC-05 for one episode whose second review has been held. */
    public static Result permanencePlan(Child child, CareEpisode episode, Context ctx) {
        Review second = reviews(episode, null).get(1);
        return Boolean.TRUE.equals(permanencePlanBySecondReview(episode))
                ? Result.met(second, episode.getId(), "permanence plan recorded by the second review on " + second.getDate())
                : Result.notMet(second, episode.getId(), "no permanence plan recorded by the second review on " + second.getDate(), false);
    }

    // ---------------------------------------------------------------- LAC-07 placement moves (NI 62)

    /** @return true when the child has a placement in the period (looked after in it, with placements recorded) */
    public static boolean hasPlacementInPeriod(Child child, Context ctx) {
        return !placementsInPeriod(child, ctx).isEmpty();
    }

    /**
     * LAC-07 for one child looked after in the period: met (the good thing) when fewer than three
     * placements overlap the period; the finding points at the third.
     */
    public static Result placementMoves(Child child, Context ctx) {
        List<Placed> placed = placementsInPeriod(child, ctx);
        List<String> starts = placed.stream().map(p -> p.placement().getStart().toString()).toList();
        String words = plural(placed.size(), "placement") + " in the period " + ctx.periodStart() + " to " + ctx.periodEnd()
                + " (starting " + String.join(", ", starts) + "; limit 2)";
        if (placed.size() >= 3) {
            Placed third = placed.get(2);
            return Result.notMet(third.placement(), third.episode().getId(), words, false);
        }
        Placed latest = placed.get(placed.size() - 1);
        return Result.met(latest.placement(), latest.episode().getId(), words);
    }

    private record Placed(CareEpisode episode, Placement placement) {}

    private static List<Placed> placementsInPeriod(Child child, Context ctx) {
        List<Placed> placed = new ArrayList<>();
        for (CareEpisode e : child.getCareEpisodes()) {
            for (Placement p : e.getPlacements()) {
                if (p.getStart() != null && !p.getStart().isAfter(ctx.periodEnd()) && !p.getStart().isAfter(ctx.asAt())
                        && (p.getEnd() == null || !p.getEnd().isBefore(ctx.periodStart()))) {
                    placed.add(new Placed(e, p));
                }
            }
        }
        placed.sort(Comparator.comparing((Placed p) -> p.placement().getStart()));
        return placed;
    }

    // ---------------------------------------------------------------- LAC-08 long-term stability (NI 63)

    /** The day NI 63 is measured on: period end (an annual indicator), or asAt if that is earlier. */
    public static LocalDate stabilityDate(Context ctx) {
        return ctx.asAt().isBefore(ctx.periodEnd()) ? ctx.asAt() : ctx.periodEnd();
    }

    /**
     * @return true when the child is in NI 63's cohort through this episode: under 16 on the
     *     measuring day, looked after in this episode for 2.5 years (30 months) or more by then, and
     *     in a recorded placement on that day
     */
    public static boolean inStabilityCohort(Child child, CareEpisode episode, Context ctx) {
        LocalDate on = stabilityDate(ctx);
        int age = child.ageOn(on);
        return age >= 0 && age < 16 && episode.getStart() != null && openOn(episode.getStart(), episode.getEnd(), on)
                && !episode.getStart().isAfter(ctx.plusMonths(on, -30)) && placementOn(episode, on) != null;
    }

    /** LAC-08 for a child in the cohort: in the same placement for 2 years or more, or placed for adoption. */
    public static Result placementStability(Child child, CareEpisode episode, Context ctx) {
        LocalDate on = stabilityDate(ctx);
        Placement p = placementOn(episode, on);
        String since = " (looked after since " + episode.getStart() + ")";
        if (p.getType() == PlacementType.ADOPTION) {
            return Result.met(p, episode.getId(), "placed for adoption since " + p.getStart() + since);
        }
        if (!p.getStart().isAfter(ctx.plusMonths(on, -24))) {
            return Result.met(p, episode.getId(), "in the same placement since " + p.getStart() + ", 2 years or more by " + on + since);
        }
        return Result.notMet(p, episode.getId(), "in the current placement since " + p.getStart() + ", less than 2 years by "
                + on + since, false);
    }

    private static Placement placementOn(CareEpisode episode, LocalDate on) {
        Placement found = null;
        for (Placement p : episode.getPlacements()) {
            if (p.getStart() != null && openOn(p.getStart(), p.getEnd(), on)
                    && (found == null || p.getStart().isAfter(found.getStart()))) {
                found = p;
            }
        }
        return found;
    }

    private static boolean openOn(LocalDate start, LocalDate end, LocalDate on) {
        return !start.isAfter(on) && (end == null || end.isAfter(on));
    }

    // ---------------------------------------------------------------- LAC-11 return interviews

    /**
     * @return true when the missing episode is judged: its return interview was held inside the
     *     window, or it has none yet (the open tail runs to asAt), or the child is still missing
     *     (not yet due)
     */
    public static boolean returnInterviewJudged(MissingEpisode missing, Context ctx) {
        if (missing.getReturned() == null) {
            return missing.getReturnInterview() == null && missing.getStart() != null && !missing.getStart().isAfter(ctx.asAt());
        }
        if (missing.getReturnInterview() != null) {
            return ctx.inWindow(missing.getReturnInterview());
        }
        return !missing.getReturned().isAfter(ctx.asAt());
    }

    /**
     * LAC-11 for one missing episode: a return interview within {@code maxHours} of the return; the
     * format records dates, so within maxHours / 24 calendar days (72 hours: 3 days).
     */
    public static Result returnInterview(Child child, CareEpisode episode, MissingEpisode missing, Context ctx) {
        double maxHours = ctx.param("LAC-11", "maxHours");
        double maxDays = maxHours / 24.0;
        String limit = " (limit " + number(maxHours) + " hours)";
        LocalDate returned = missing.getReturned();
        if (returned == null) {
            return Result.notYetDue(missing, episode.getId(), "missing since " + missing.getStart() + ", not returned by asAt " + ctx.asAt());
        }
        LocalDate interview = missing.getReturnInterview();
        if (interview == null) {
            long days = ctx.days(returned, ctx.asAt());
            if (days <= maxDays) {
                return Result.notYetDue(missing, episode.getId(), "returned on " + returned + "; return interview due by "
                        + returned.plusDays((long) Math.floor(maxDays)) + ", after asAt " + ctx.asAt());
            }
            return Result.notMet(missing, episode.getId(), "no return interview by asAt " + ctx.asAt() + ", " + days
                    + " days after the return on " + returned + limit, false);
        }
        long days = ctx.days(returned, interview);
        String words = "return interview on " + interview + ", " + plural(days, "day") + " after the return on " + returned + limit;
        return days <= maxDays ? Result.met(missing, episode.getId(), words) : Result.notMet(missing, episode.getId(), words, false);
    }

    // ---------------------------------------------------------------- shared

    /** @return distinct dates from {@code from} to {@code to} inclusive, sorted */
    private static List<LocalDate> between(List<LocalDate> dates, LocalDate from, LocalDate to) {
        TreeSet<LocalDate> kept = new TreeSet<>();
        for (LocalDate d : dates) {
            if (d != null && !d.isBefore(from) && !d.isAfter(to)) {
                kept.add(d);
            }
        }
        return new ArrayList<>(kept);
    }

    /** @return the episode's reviews from its start up to {@code last} (null: no limit), by date */
    private static List<Review> reviews(CareEpisode episode, LocalDate last) {
        List<Review> reviews = new ArrayList<>();
        for (Review r : episode.getReviews()) {
            if (r.getDate() != null && !r.getDate().isBefore(episode.getStart()) && (last == null || !r.getDate().isAfter(last))) {
                reviews.add(r);
            }
        }
        reviews.sort(Comparator.comparing(Review::getDate));
        return reviews;
    }

    /** The breached intervals of one member: the first (a critical one first) is told, the rest counted. */
    private static final class Breaches {
        int count;
        String first;
        String critical;

        void add(String words, boolean isCritical) {
            count++;
            if (first == null) {
                first = words;
            }
            if (isCritical && critical == null) {
                critical = words;
            }
        }

        /** @param one what one more breach is, e.g. "gap over the limit"; {@code many} the plural */
        String message(String one, String many) {
            String told = critical != null ? critical : first;
            int more = count - 1;
            return more == 0 ? told : told + "; " + more + " more " + (more == 1 ? one : many);
        }
    }

    static String plural(long n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }

    /** @return {@code 20} for 20.0, {@code 25.5} for 25.5 */
    public static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

}

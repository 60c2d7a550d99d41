package org.childcare.compliance.facts;

import java.time.LocalDate;
import java.util.List;
import org.childcare.compliance.engine.Context;
import org.childcare.compliance.model.CareLeaver;
import org.childcare.compliance.model.PathwayPlan;

/**
 * Facts and wording of the care leavers criteria (care-leavers.drl). The rules decide; this names
 * the young person and describes a pathway plan's review intervals (walked by {@link IntervalWalk}).
 */
public final class CareLeaverFacts {
    /** The record id of a care leaver's findings: the section has no id of its own. */
    public static final String CARE_LEAVER = "careLeaver";
    /** The record id of CL-01's findings. */
    public static final String PATHWAY_PLAN = "pathwayPlan";

    private CareLeaverFacts() {}

    /** @return "former-relevant care leaver", or "care leaver" when the status is not recorded */
    public static String who(CareLeaver leaver) {
        return leaver.getStatus() == null ? "care leaver" : leaver.getStatus().code() + " care leaver";
    }

    /**
     * Where a pathway plan's review history is walked from: its completion date, else (a workbook
     * gives the latest review but not the completion) the date from which its reviews are known;
     * null when neither is in the data.
     */
    public static LocalDate walkFrom(PathwayPlan plan) {
        if (plan.getCompleted() != null) {
            return plan.getCompleted();
        }
        return plan.isGivenNull("completed") ? null : plan.knownFrom("reviews");
    }

    /** @return the last day a review is in time after {@code from}: {@code months} calendar months on, clamped to month end */
    public static LocalDate reviewDue(LocalDate from, int months, Context ctx) {
        return ctx.plusMonths(from, months);
    }

    /**
     * CL-01's finding for a pathway plan with review intervals over the limit, as the rule chose
     * them (judged intervals ending after {@link #reviewDue}): the first described, the rest counted.
     * The first interval runs from completion, the tail to asAt (a review overdue on asAt).
     */
    public static String lateReviews(List<Interval> late, int months, Context ctx) {
        Interval first = late.get(0);
        LocalDate due = reviewDue(first.from(), months, ctx);
        String text;
        if (first.tail()) {
            text = (first.first() ? "pathway plan completed on " + first.from() + " and not reviewed since"
                    : "no pathway plan review since " + first.from()) + ": review due by " + due + " was overdue on asAt "
                    + first.to() + " (limit " + months + " months)";
        } else if (first.first()) {
            text = "pathway plan completed on " + first.from() + " and first reviewed on " + first.to() + ", more than "
                    + months + " months later (due by " + due + ")";
        } else {
            text = "pathway plan reviews on " + first.from() + " and " + first.to() + " more than " + months
                    + " months apart (due by " + due + ")";
        }
        int more = late.size() - 1;
        return more == 0 ? text : text + "; " + more + (more == 1 ? " more gap" : " more gaps") + " over the limit";
    }

    /** CL-01's message for a pathway plan reviewed in time: when it was completed and when the next review is due. */
    public static String reviewsInTime(IntervalWalk walk, int months, Context ctx) {
        return "pathway plan completed on " + walk.getStart() + ", reviewed at most " + months
                + " months apart; next review due by " + reviewDue(walk.getTail().from(), months, ctx);
    }
}

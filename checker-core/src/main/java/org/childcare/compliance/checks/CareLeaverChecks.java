package org.childcare.compliance.checks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.childcare.compliance.engine.Context;
import org.childcare.compliance.model.CareLeaver;
import org.childcare.compliance.model.PathwayPlan;

/** Date arithmetic of the care leavers criteria (care-leavers.drl). */
public final class CareLeaverChecks {
    /** The record id of a care leaver's findings: the section has no id of its own. */
    public static final String PATHWAY_PLAN = "pathwayPlan";

    private CareLeaverChecks() {}

    /** @return "former-relevant care leaver", or "care leaver" when the status is not recorded */
    public static String who(CareLeaver leaver) {
        return leaver.getStatus() == null ? "care leaver" : leaver.getStatus().code() + " care leaver";
    }

    /**
     * CL-01, per care leaver: a completed pathway plan, then reviews at most {@code reviewMonths}
     * calendar months apart, from completion to the first review, between reviews and from the last
     * one to asAt (the open tail: a review already overdue on asAt is a breach). A gap is judged
     * when its later end is inside the window; gaps that ended before {@code period.start} are
     * history. No plan, or one without a completion date, is not met.
     */
    public static Result pathwayPlan(CareLeaver leaver, Context ctx) {
        PathwayPlan plan = leaver.getPathwayPlan();
        String who = who(leaver);
        if (plan == null || plan.getCompleted() == null) {
            return Result.of(false, "no completed pathway plan (" + who + ")", plan == null ? leaver : plan, PATHWAY_PLAN);
        }
        int months = ctx.intParam("CL-01", "reviewMonths");
        LocalDate completed = plan.getCompleted();
        List<LocalDate> dates = new ArrayList<>();
        dates.add(completed);
        plan.getReviews().stream().filter(d -> d != null && d.isAfter(completed)).sorted().forEach(dates::add);
        List<String> breaches = new ArrayList<>();
        for (int i = 1; i < dates.size(); i++) {
            LocalDate a = dates.get(i - 1);
            LocalDate b = dates.get(i);
            LocalDate due = ctx.plusMonths(a, months);
            if (ctx.inWindow(b) && b.isAfter(due)) {
                breaches.add(i == 1
                        ? "pathway plan completed on " + a + " and first reviewed on " + b + ", more than " + months
                                + " months later (due by " + due + ")"
                        : "pathway plan reviews on " + a + " and " + b + " more than " + months + " months apart (due by "
                                + due + ")");
            }
        }
        LocalDate last = dates.get(dates.size() - 1);
        LocalDate due = ctx.plusMonths(last, months);
        if (ctx.asAt().isAfter(due)) {
            breaches.add((last.equals(completed) ? "pathway plan completed on " + last + " and not reviewed since"
                    : "no pathway plan review since " + last) + ": review due by " + due + " was overdue on asAt "
                    + ctx.asAt() + " (limit " + months + " months)");
        }
        if (!breaches.isEmpty()) {
            String more = breaches.size() == 1 ? "" : "; " + (breaches.size() - 1) + (breaches.size() == 2 ? " more gap" : " more gaps") + " over the limit";
            return Result.of(false, breaches.get(0) + more, plan, PATHWAY_PLAN);
        }
        return Result.of(true, "pathway plan completed on " + completed + ", reviewed at most " + months
                + " months apart; next review due by " + due, plan, PATHWAY_PLAN);
    }
}

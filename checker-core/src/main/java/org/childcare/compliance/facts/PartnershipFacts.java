package org.childcare.compliance.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.childcare.compliance.engine.Context;
import org.childcare.compliance.engine.Measure;
import org.childcare.compliance.model.BoardAttendance;
import org.childcare.compliance.model.Lscb;
import org.childcare.compliance.model.MultiAgencyAudit;
import org.childcare.compliance.model.SeriousCaseReview;
import org.childcare.compliance.model.TrainingCompliance;

/**
 * Facts for the allegations, complaints and partnership criteria (partnership.drl): LADO-01,
 * CMP-01, CMP-02, LSCB-01 to LSCB-05 and PART-01, all authority-level. Due dates, counts, the
 * LSCB-01 and LSCB-05 figures and the wording of findings; the rules decide what is met.
 */
public final class PartnershipFacts {
    /** The subject of findings about the board itself. */
    public static final String LSCB = "LSCB";

    private PartnershipFacts() {}

    // ---- a response within N working days (LADO-01, CMP-01) ----------------------------------

    /** "initial consideration 2 working days after the allegation was received on 2010-12-23 (limit 1)" */
    public static String responseMessage(String what, Span span, String after, int limit) {
        int days = span.workingDays();
        return what + " " + days + " working day" + (days == 1 ? "" : "s") + " after " + after + " was received on "
                + span.from() + " (limit " + limit + ")";
    }

    /** "no stage 1 response recorded 191 working days after the complaint was received on 2010-07-01 (limit 10)" */
    public static String noResponseMessage(String what, LocalDate received, String after, int limit, Context ctx) {
        return "no " + what + " recorded " + ctx.workingDays(received, ctx.asAt()) + " working days after " + after
                + " was received on " + received + " (limit " + limit + ")";
    }

    /** "received on 2011-03-30: initial consideration due by 2011-03-31" */
    public static String notYetDueMessage(String what, LocalDate received, int limit, Context ctx) {
        return "received on " + received + ": " + what + " due by " + ctx.addWorkingDays(received, limit);
    }

    // ---- LADO-01's breakdown -------------------------------------------------------------------

    /** The name of a conclusion part: "concluded within 1 month", "concluded within 3 months". */
    public static String conclusionPart(int months) {
        return "concluded within " + WorkforceFacts.months(months);
    }

    // ---- LSCB-01 ------------------------------------------------------------------------------

    /** The earliest publication date of an annual report that is recent on asAt: asAt − months. */
    public static LocalDate recentReportFrom(int months, Context ctx) {
        return ctx.plusMonths(ctx.asAt(), -months);
    }

    /**
     * LSCB-01's value: 50 for each arrangement in place (an independent chair; an annual report
     * published on or after asAt − months), from a board that records both.
     */
    public static Measure arrangements(Lscb l, int months, Context ctx) {
        boolean chair = Boolean.TRUE.equals(l.getIndependentChair());
        boolean report = !l.getAnnualReport().isBefore(recentReportFrom(months, ctx));
        int inPlace = (chair ? 1 : 0) + (report ? 1 : 0);
        return new Measure("LSCB-01", 50.0 * inPlace, 2, inPlace + " of 2 arrangements in place: "
                + (chair ? "an independent chair" : "the chair is not independent") + "; "
                + (report ? "an annual report published on " : "the latest annual report published on ") + l.getAnnualReport()
                + (report ? ", within " : ", more than ") + WorkforceFacts.months(months) + " before " + ctx.asAt());
    }

    // ---- LSCB-02 ------------------------------------------------------------------------------

    /**
     * Whether {@code agency} attended, as the meeting records it: null when its attendance is not
     * recorded. The agencies are the format's statutory partners: police, health, education,
     * probation and la.
     */
    public static Boolean attended(BoardAttendance b, String agency) {
        return switch (agency) {
            case "police" -> b.getPolice();
            case "health" -> b.getHealth();
            case "education" -> b.getEducation();
            case "probation" -> b.getProbation();
            case "la" -> b.getLa();
            default -> throw new IllegalArgumentException("no attendance is recorded for '" + agency
                    + "': the statutory partners are police, health, education, probation and la");
        };
    }

    // ---- LSCB-04 ------------------------------------------------------------------------------

    /** The subject and record of a review's findings: its id, else "SCR". */
    public static String reviewId(SeriousCaseReview r) {
        return r.getId() == null ? "SCR" : r.getId();
    }

    /** Completed actions, at most the actions planned and at least none. */
    public static int completedActions(SeriousCaseReview r) {
        return Math.max(0, Math.min(r.getActions(), r.getActionsCompleted()));
    }

    /** Actions planned but not completed. */
    public static int outstandingActions(SeriousCaseReview r) {
        return r.getActions() - completedActions(r);
    }

    /** 1, 2, …, n (empty when n ≤ 0): one member per action. */
    public static List<Integer> oneTo(int n) {
        return IntStream.rangeClosed(1, n).boxed().toList();
    }

    /** "outstanding action 2 of 2 of serious case review SCR1 published 2010-05-01 (12 of 14 actions completed)" */
    public static String actionMessage(String kind, int number, int of, SeriousCaseReview r) {
        String review = "serious case review " + (r.getId() == null ? "" : r.getId() + " ")
                + (r.getPublished() == null ? "" : "published " + r.getPublished() + " ");
        return kind + " action " + number + " of " + of + " of " + review + "(" + completedActions(r) + " of " + r.getActions()
                + " actions completed)";
    }

    // ---- LSCB-05 ------------------------------------------------------------------------------

    /** How many multi-agency audits are dated in the period, up to asAt. */
    public static int auditsInPeriod(Lscb l, Context ctx) {
        int n = 0;
        for (MultiAgencyAudit a : l.getMultiAgencyAudits()) {
            if (a.getDate() != null && ctx.inPeriod(a.getDate()) && !a.getDate().isAfter(ctx.asAt())) {
                n++;
            }
        }
        return n;
    }

    /** "1 multi-agency audit from 2010-04-01 to 2011-03-31 (minimum 2)" */
    public static String auditsMessage(Lscb l, int minimum, Context ctx) {
        int n = auditsInPeriod(l, ctx);
        return n + " multi-agency audit" + (n == 1 ? "" : "s") + " from " + ctx.periodStart() + " to " + ctx.periodEnd()
                + " (minimum " + minimum + ")";
    }

    /** LSCB-05's value: min(100, 100 × audits / minimum); 100 when no minimum is set. */
    public static Measure auditsMeasure(Lscb l, int minimum, Context ctx) {
        int n = auditsInPeriod(l, ctx);
        double value = minimum <= 0 ? 100 : Math.min(100.0, 100.0 * n / minimum);
        return new Measure("LSCB-05", value, 1, n + " multi-agency audits in the period against a minimum of " + minimum);
    }

    // ---- PART-01 ------------------------------------------------------------------------------

    /** The part (and subject) of a training figure: the agency, or its sector when unnamed. */
    public static String agency(TrainingCompliance t) {
        if (t.getAgency() != null) {
            return t.getAgency();
        }
        return t.getSector() == null ? "unnamed agency" : "unnamed " + t.getSector().code() + " agency";
    }

    /** The record of a training figure: its level. */
    public static String trainingLevel(TrainingCompliance t) {
        return t.getLevel() == null ? "all levels" : "level " + t.getLevel();
    }

    /** "safeguarding training compliance 80% at level 3" */
    public static String trainingMessage(TrainingCompliance t) {
        return "safeguarding training compliance " + WorkforceFacts.number(t.getPercent()) + "% at " + trainingLevel(t);
    }
}

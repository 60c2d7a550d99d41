package org.childcare.compliance.checks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.childcare.compliance.engine.Context;
import org.childcare.compliance.engine.Measure;
import org.childcare.compliance.engine.Outcome;
import org.childcare.compliance.model.Allegation;
import org.childcare.compliance.model.BoardAttendance;
import org.childcare.compliance.model.Complaint;
import org.childcare.compliance.model.Located;
import org.childcare.compliance.model.Lscb;
import org.childcare.compliance.model.MultiAgencyAudit;
import org.childcare.compliance.model.Sector;
import org.childcare.compliance.model.SeriousCaseReview;
import org.childcare.compliance.model.TrainingCompliance;

/**
 * Allegations, complaints and partnership criteria (partnership.drl): LADO-01, CMP-01, CMP-02,
 * LSCB-01 to LSCB-05 and PART-01. All authority-level.
 */
public final class PartnershipChecks {
    /** The subject of findings about the board itself. */
    public static final String LSCB = "LSCB";

    private PartnershipChecks() {}

    /** One part of a breakdown (a time limit, an agency) for one member. */
    public record Part(String name, boolean met, String message) {
        public Outcome outcome(String criterion, String subject, Located where, String record) {
            return Outcome.ofSubject(criterion, met, subject, where, record, message).part(name);
        }
    }

    // ---- response within N working days (LADO-01, CMP-01) ------------------------------------

    /**
     * Whether {@code response} came within {@code limit} working days of {@code received}; with no
     * response, a breach once the last day in time has passed by asAt, else not yet due.
     */
    static SubjectResult withinWorkingDays(LocalDate received, LocalDate response, int limit, String what, String after,
            Context ctx) {
        if (response != null) {
            int days = ctx.workingDays(received, response);
            return SubjectResult.of(days <= limit, what + " " + days + " working day" + (days == 1 ? "" : "s") + " after " + after
                    + " was received on " + received + " (limit " + limit + ")");
        }
        LocalDate due = ctx.addWorkingDays(received, limit);
        if (!ctx.asAt().isAfter(due)) {
            return SubjectResult.notYetDue("received on " + received + ": " + what + " due by " + due);
        }
        return SubjectResult.of(false, "no " + what + " recorded " + ctx.workingDays(received, ctx.asAt()) + " working days after "
                + after + " was received on " + received + " (limit " + limit + ")");
    }

    /** LADO-01: initial consideration within initialWorkingDays of receipt. */
    public static SubjectResult initialConsideration(Allegation a, Context ctx) {
        return withinWorkingDays(a.getReceived(), a.getInitialConsideration(), ctx.intParam("LADO-01", "initialWorkingDays"),
                "initial consideration", "the allegation", ctx);
    }

    /**
     * LADO-01's breakdown: concluded within 1, 3 and 12 months of receipt (calendar months, clamped
     * to month end). A part is left out while its deadline has not passed and the allegation is open.
     */
    public static List<Part> conclusion(Allegation a, Context ctx) {
        List<Part> parts = new ArrayList<>();
        for (int months : new int[] {1, 3, 12}) {
            String name = "concluded within " + months + (months == 1 ? " month" : " months");
            LocalDate due = ctx.plusMonths(a.getReceived(), months);
            LocalDate concluded = a.getConcluded();
            if (concluded != null) {
                boolean met = !concluded.isAfter(due);
                parts.add(new Part(name, met, "concluded on " + concluded + (met ? ", by " : ", after ") + due));
            } else if (ctx.asAt().isAfter(due)) {
                parts.add(new Part(name, false, "not concluded by " + due));
            }
        }
        return parts;
    }

    /** CMP-01: stage 1 response within maxWorkingDays of receipt. */
    public static SubjectResult stage1Response(Complaint c, Context ctx) {
        return withinWorkingDays(c.getReceived(), c.getStage1Response(), ctx.intParam("CMP-01", "maxWorkingDays"),
                "stage 1 response", "the complaint", ctx);
    }

    // ---- LSCB-01 ------------------------------------------------------------------------------

    /** LSCB-01: the chair is independent (not recorded: not met). */
    public static SubjectResult independentChair(Lscb l) {
        if (l.getIndependentChair() == null) {
            return SubjectResult.of(false, "no independent chair recorded");
        }
        return l.getIndependentChair() ? SubjectResult.of(true, "the LSCB has an independent chair")
                : SubjectResult.of(false, "the LSCB chair is not independent");
    }

    /** LSCB-01: an annual report published in the 12 months before asAt (on or after asAt − 12 months). */
    public static SubjectResult annualReport(Lscb l, Context ctx) {
        LocalDate published = l.getAnnualReport();
        if (published == null) {
            return SubjectResult.of(false, "no annual report recorded");
        }
        LocalDate yearAgo = ctx.plusMonths(ctx.asAt(), -12);
        return published.isBefore(yearAgo)
                ? SubjectResult.of(false, "latest annual report published on " + published + ", more than 12 months before " + ctx.asAt())
                : SubjectResult.of(true, "annual report published on " + published + ", within 12 months before " + ctx.asAt());
    }

    /** LSCB-01's value: 100 when both arrangements are in place, 50 when one is, 0 when neither. */
    public static Measure arrangements(SubjectResult chair, SubjectResult report) {
        int met = (chair.met() ? 1 : 0) + (report.met() ? 1 : 0);
        return new Measure("LSCB-01", 50.0 * met, 2, met + " of 2 arrangements in place: " + chair.message() + "; "
                + report.message());
    }

    // ---- LSCB-02 ------------------------------------------------------------------------------

    /** The statutory partners whose attendance is recorded, in the format's order: police, health, education, probation, la. */
    public static Map<String, Boolean> attendance(BoardAttendance b) {
        Map<String, Boolean> result = new LinkedHashMap<>();
        put(result, "police", b.getPolice());
        put(result, "health", b.getHealth());
        put(result, "education", b.getEducation());
        put(result, "probation", b.getProbation());
        put(result, "la", b.getLa());
        return result;
    }

    private static void put(Map<String, Boolean> map, String key, Boolean value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    /** LSCB-02: one part per partner whose attendance at the meeting is recorded. */
    public static List<Part> meetingAttendance(LocalDate date, BoardAttendance b) {
        List<Part> parts = new ArrayList<>();
        attendance(b).forEach((agency, attended) -> parts.add(new Part(agency, attended,
                agency + (attended ? " attended" : " did not attend") + " the LSCB meeting on " + date)));
        return parts;
    }

    // ---- LSCB-04 ------------------------------------------------------------------------------

    /**
     * LSCB-04: one member per action of a serious case review's plan: the completed ones met, each
     * outstanding one a finding.
     */
    public static List<SubjectResult> reviewActions(SeriousCaseReview r) {
        int actions = r.getActions();
        int completed = Math.max(0, Math.min(actions, r.getActionsCompleted()));
        int outstanding = actions - completed;
        String review = "serious case review " + (r.getId() == null ? "" : r.getId() + " ")
                + (r.getPublished() == null ? "" : "published " + r.getPublished() + " ");
        String summary = "(" + completed + " of " + actions + " actions completed)";
        List<SubjectResult> results = new ArrayList<>(actions);
        for (int i = 1; i <= completed; i++) {
            results.add(SubjectResult.of(true, "completed action " + i + " of " + completed + " of " + review + summary));
        }
        for (int i = 1; i <= outstanding; i++) {
            results.add(SubjectResult.of(false, "outstanding action " + i + " of " + outstanding + " of " + review + summary));
        }
        return results;
    }

    // ---- LSCB-05 ------------------------------------------------------------------------------

    /** How many multi-agency audits are dated in the period. */
    public static int auditsInPeriod(Lscb l, Context ctx) {
        int n = 0;
        for (MultiAgencyAudit a : l.getMultiAgencyAudits()) {
            if (ctx.inPeriod(a.getDate()) && !a.getDate().isAfter(ctx.asAt())) {
                n++;
            }
        }
        return n;
    }

    /** LSCB-05: met when the period had at least minAudits multi-agency audits. */
    public static SubjectResult audits(Lscb l, Context ctx) {
        int minimum = ctx.intParam("LSCB-05", "minAudits");
        int n = auditsInPeriod(l, ctx);
        return SubjectResult.of(n >= minimum, n + " multi-agency audit" + (n == 1 ? "" : "s") + " from " + ctx.periodStart() + " to "
                + ctx.periodEnd() + " (minimum " + minimum + ")");
    }

    /** LSCB-05's value: min(100, 100 × audits / minAudits). */
    public static Measure auditsMeasure(Lscb l, Context ctx) {
        int minimum = ctx.intParam("LSCB-05", "minAudits");
        int n = auditsInPeriod(l, ctx);
        double value = minimum <= 0 ? 100 : Math.min(100.0, 100.0 * n / minimum);
        return new Measure("LSCB-05", value, 1, n + " multi-agency audits in the period against a minimum of " + minimum);
    }

    // ---- PART-01 ------------------------------------------------------------------------------

    /** PART-01's population: a non-health agency's training figure (the sector must be given). */
    public static boolean nonHealth(TrainingCompliance t) {
        return t.getSector() != null && t.getSector() != Sector.HEALTH && t.getPercent() != null;
    }

    /** The part (and subject) of a training figure: the agency, or its sector when unnamed. */
    public static String agency(TrainingCompliance t) {
        return t.getAgency() != null ? t.getAgency() : "unnamed " + t.getSector().code() + " agency";
    }

    /** The record of a training figure: its level. */
    public static String trainingLevel(TrainingCompliance t) {
        return t.getLevel() == null ? "all levels" : "level " + t.getLevel();
    }

    /**
     * PART-01, as HLT-05 for health: one part per agency carrying its percentage (the measure is the
     * lowest agency's; an agency reporting several levels has their mean). A figure below the
     * criterion's Good band is a finding.
     */
    public static SubjectResult trainingCompliance(TrainingCompliance t, Context ctx) {
        double good = ctx.catalogue().get("PART-01").bands().good();
        boolean met = t.getPercent() >= good;
        return SubjectResult.of(met, "safeguarding training compliance " + WorkforceChecks.number(t.getPercent()) + "% at "
                + trainingLevel(t) + (met ? "" : " (below " + WorkforceChecks.number(good) + "%, the good band)"));
    }
}

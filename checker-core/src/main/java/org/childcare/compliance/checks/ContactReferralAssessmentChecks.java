package org.childcare.compliance.checks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.childcare.compliance.engine.Context;
import org.childcare.compliance.model.Assessment;
import org.childcare.compliance.model.AssessmentQuality;
import org.childcare.compliance.model.AssessmentType;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.Referral;
import org.childcare.compliance.model.S47Enquiry;
import org.childcare.compliance.model.TriState;
import org.childcare.compliance.model.Worker;
import org.childcare.compliance.model.WorkerRole;

/**
 * Date arithmetic and judgements for contact, referral and assessment (REF-01, REF-02, ASM-01 to
 * ASM-04, S47-03), called from contact-referral-assessment.drl. Each method judges one member of a
 * criterion's population and returns a {@link Verdict}, or null when the record lacks the data to
 * judge it (a missing field is not a breach: the criterion reports insufficient evidence instead).
 */
public final class ContactReferralAssessmentChecks {
    private ContactReferralAssessmentChecks() {}

    /** One audited quality element of an assessment (ASM-03): {@code met} is null when it does not apply. */
    public record Element(String name, String label, Boolean met) {}

    // ---------------------------------------------------------------- REF-01

    /**
     * REF-01: a screening decision within {@code maxWorkingDays} of the referral. A referral still
     * awaiting a decision is not yet due until its deadline has passed by asAt.
     */
    public static Verdict screening(Referral referral, Context ctx) {
        int limit = ctx.intParam("REF-01", "maxWorkingDays");
        LocalDate date = referral.getDate();
        LocalDate decision = referral.getDecisionDate();
        if (decision != null) {
            int days = ctx.workingDays(date, decision);
            return Verdict.of(days <= limit, "screening decision " + workingDays(days) + " after the referral on " + date
                    + " (limit " + limit + ")");
        }
        LocalDate due = ctx.addWorkingDays(date, limit);
        if (!ctx.asAt().isAfter(due)) {
            return Verdict.notYetDue("referral on " + date + " awaits a screening decision, due by " + due);
        }
        return Verdict.notMet("no screening decision " + workingDays(ctx.workingDays(date, ctx.asAt())) + " after the referral on "
                + date + " (limit " + limit + ")");
    }

    // ---------------------------------------------------------------- REF-02

    /**
     * REF-02: whether a referral is a re-referral within 12 months (met = it is not). It is one when
     * the child's record holds an earlier referral in the 12 months before it, or when the referral
     * is marked {@code rereferralWithin12Months: true} (the earlier one may predate the records).
     */
    public static Verdict rereferral(Child child, Referral referral, Context ctx) {
        LocalDate date = referral.getDate();
        Referral previous = null;
        for (Referral r : child.getReferrals()) {
            if (r == referral || r.getDate() == null || !r.getDate().isBefore(date)) {
                continue;
            }
            if (!ctx.plusMonths(r.getDate(), 12).isBefore(date) && (previous == null || r.getDate().isAfter(previous.getDate()))) {
                previous = r;
            }
        }
        if (previous != null) {
            return Verdict.notMet("re-referral on " + date + ", within 12 months of the referral "
                    + (previous.getId() == null ? "" : previous.getId() + " ") + "on " + previous.getDate());
        }
        if (Boolean.TRUE.equals(referral.getRereferralWithin12Months())) {
            return Verdict.notMet("re-referral on " + date + ": recorded as within 12 months of an earlier referral");
        }
        return Verdict.met("referral on " + date + ", no referral in the 12 months before");
    }

    // ---------------------------------------------------------------- ASM-01

    /** @return the working days allowed for an assessment of this type (ASM-01), or -1 when the type is unknown */
    public static int timescale(AssessmentType type, Context ctx) {
        if (type == null) {
            return -1;
        }
        return switch (type) {
            case INITIAL -> ctx.intParam("ASM-01", "initialMaxWorkingDays");
            case CORE -> ctx.intParam("ASM-01", "coreMaxWorkingDays");
            case SINGLE -> ctx.intParam("ASM-01", "singleMaxWorkingDays");
        };
    }

    /**
     * ASM-01: completed within its timescale from the start. An open assessment is a breach once its
     * timescale has passed by asAt, and not yet due before then. Null when the type is unknown.
     */
    public static Verdict timeliness(Assessment a, Context ctx) {
        int limit = timescale(a.getType(), ctx);
        if (limit < 0) {
            return null;
        }
        String what = a.getType().code() + " assessment";
        if (a.getCompleted() != null) {
            int days = ctx.workingDays(a.getStart(), a.getCompleted());
            return Verdict.of(days <= limit, what + " completed " + workingDays(days) + " after its start on " + a.getStart()
                    + " (limit " + limit + ")");
        }
        LocalDate due = ctx.addWorkingDays(a.getStart(), limit);
        if (!ctx.asAt().isAfter(due)) {
            return Verdict.notYetDue(what + " started " + a.getStart() + " is open, due by " + due);
        }
        return Verdict.notMet(what + " still open " + workingDays(ctx.workingDays(a.getStart(), ctx.asAt())) + " after its start on "
                + a.getStart() + " (limit " + limit + ")");
    }

    // ---------------------------------------------------------------- ASM-02

    /**
     * ASM-02: the child seen during the assessment, and seen alone when aged {@code seenAloneFromAge}
     * or over on the start date. An open assessment where that has not happened yet is not yet due
     * until its ASM-01 timescale has passed. Null when the record does not say whether the child was
     * seen (or, for an older child, seen alone).
     */
    public static Verdict childSeen(Child child, Assessment a, Context ctx) {
        int fromAge = ctx.intParam("ASM-02", "seenAloneFromAge");
        Boolean seen = a.getChildSeen();
        Boolean alone = a.getChildSeenAlone();
        if (seen == null && Boolean.TRUE.equals(alone)) {
            seen = true;
        }
        int age = child.ageOn(a.getStart());
        boolean aloneExpected = age >= fromAge;
        if (seen == null || (seen && aloneExpected && alone == null)) {
            return null;
        }
        String what = (a.getType() == null ? "" : a.getType().code() + " ") + "assessment started " + a.getStart();
        if (seen && (!aloneExpected || alone)) {
            return Verdict.met(aloneExpected ? "child aged " + age + " seen alone during the " + what : "child seen during the " + what);
        }
        if (a.getCompleted() == null) {
            int limit = timescale(a.getType(), ctx);
            LocalDate due = limit < 0 ? null : ctx.addWorkingDays(a.getStart(), limit);
            String yet = (seen ? "child aged " + age + " not yet seen alone" : "child not yet seen") + " in the open " + what;
            if (due == null || !ctx.asAt().isAfter(due)) {
                return Verdict.notYetDue(yet + (due == null ? "" : ", due by " + due));
            }
            return Verdict.notMet(yet + ", which was due by " + due
                    + (seen ? " (seen alone expected from age " + fromAge + ")" : ""));
        }
        return Verdict.notMet(!seen ? "child not seen during the " + what
                : "child aged " + age + " seen but not alone during the " + what + " (seen alone expected from age " + fromAge + ")");
    }

    // ---------------------------------------------------------------- ASM-03

    /** ASM-03's elements of an audit, in the format's order; an element not audited, or not applicable, has met null. */
    public static List<Element> qualityElements(AssessmentQuality q) {
        List<Element> elements = new ArrayList<>();
        elements.add(new Element("reasonStated", "reason for the assessment stated", q.getReasonStated()));
        elements.add(new Element("riskAnalysis", "risk analysed", q.getRiskAnalysis()));
        elements.add(new Element("historyConsidered", "history considered", q.getHistoryConsidered()));
        elements.add(new Element("previousInterventionsEvaluated", "previous interventions evaluated",
                q.getPreviousInterventionsEvaluated()));
        TriState absent = q.getAbsentParentViews();
        elements.add(new Element("absentParentViews", "absent parent's views sought",
                absent == null || absent == TriState.NOT_APPLICABLE ? null : absent == TriState.TRUE));
        elements.add(new Element("agencyContributions", "agencies' contributions included", q.getAgencyContributions()));
        elements.add(new Element("equalityAndDiversity", "equality and diversity considered", q.getEqualityAndDiversity()));
        elements.add(new Element("wishesAndFeelings", "child's wishes and feelings recorded", q.getWishesAndFeelings()));
        return elements;
    }

    /**
     * ASM-03: every applicable element of the audit true. Elements marked not-applicable, or not
     * audited, do not count. Null when no element applies.
     */
    public static Verdict quality(Assessment a) {
        List<String> lacking = new ArrayList<>();
        int applicable = 0;
        for (Element e : qualityElements(a.getQuality())) {
            if (e.met() != null) {
                applicable++;
                if (!e.met()) {
                    lacking.add(e.label());
                }
            }
        }
        if (applicable == 0) {
            return null;
        }
        String what = (a.getType() == null ? "" : a.getType().code() + " ") + "assessment started " + a.getStart();
        if (lacking.isEmpty()) {
            return Verdict.met("audit of the " + what + ": all " + applicable + " applicable elements met");
        }
        return Verdict.notMet("audit of the " + what + " found lacking: " + String.join(", ", lacking));
    }

    // ---------------------------------------------------------------- ASM-04

    /**
     * Whether a worker is a qualified social worker: the {@code qualified} flag, else the role (every
     * role but {@code unqualified} is a registered social work role). Null when neither is recorded.
     */
    public static Boolean qualified(Worker w) {
        if (w == null) {
            return false;
        }
        if (w.getQualified() != null) {
            return w.getQualified();
        }
        return w.getRole() == null ? null : w.getRole() != WorkerRole.UNQUALIFIED;
    }

    /** ASM-04: the assessment undertaken by a qualified worker. Null when it does not say who undertook it. */
    public static Verdict qualifiedWorker(Assessment a, Context ctx) {
        String id = a.getUndertakenBy();
        if (id == null) {
            return null;
        }
        String what = (a.getType() == null ? "" : a.getType().code() + " ") + "assessment started " + a.getStart();
        Worker w = ctx.worker(id);
        if (w == null) {
            return Verdict.notMet(what + " undertaken by " + id + ", who is not in the workforce list");
        }
        Boolean q = qualified(w);
        if (q == null) {
            return null;
        }
        return q ? Verdict.met(what + " undertaken by " + id + ", a qualified social worker")
                : Verdict.notMet(what + " undertaken by " + id + ", who is not a qualified social worker");
    }

    // ---------------------------------------------------------------- S47-03

    /**
     * S47-03: a child aged {@code seenAloneFromAge}+ on the date of the strategy discussion seen alone
     * during the enquiry. Null for younger children, unknown ages and unrecorded answers.
     */
    public static Verdict seenAlone(Child child, S47Enquiry s, Context ctx) {
        int fromAge = ctx.intParam("S47-03", "seenAloneFromAge");
        int age = child.ageOn(s.getStrategyDiscussion());
        if (age < fromAge || s.getChildSeenAlone() == null) {
            return null;
        }
        return s.getChildSeenAlone()
                ? Verdict.met("child aged " + age + " seen alone during the s47 enquiry (strategy discussion " + s.getStrategyDiscussion() + ")")
                : Verdict.notMet("child aged " + age + " not seen alone during the s47 enquiry (strategy discussion "
                        + s.getStrategyDiscussion() + "; expected from age " + fromAge + ")");
    }

    /** "1 working day", "3 working days". */
    static String workingDays(int n) {
        return n + (n == 1 ? " working day" : " working days");
    }
}

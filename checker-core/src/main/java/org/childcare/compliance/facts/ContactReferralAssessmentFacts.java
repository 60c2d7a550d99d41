package org.childcare.compliance.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.childcare.compliance.engine.Context;
import org.childcare.compliance.model.Assessment;
import org.childcare.compliance.model.AssessmentQuality;
import org.childcare.compliance.model.AssessmentType;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.Referral;
import org.childcare.compliance.model.TriState;
import org.childcare.compliance.model.Worker;
import org.childcare.compliance.model.WorkerRole;

/**
 * Facts about referrals, assessments and s47 enquiries for contact-referral-assessment.drl (REF-01,
 * REF-02, ASM-01 to ASM-04, S47-01 to S47-03): due dates, earlier referrals, timescales by type,
 * whether a worker is qualified, and the wording of findings. The rules decide which records met
 * the standard; nothing here returns met or breach.
 */
public final class ContactReferralAssessmentFacts {
    private ContactReferralAssessmentFacts() {}

    // ---------------------------------------------------------------- REF-02

    /**
     * @return the child's latest referral dated before {@code referral} and at most {@code months}
     *     calendar months before it (to the day: 12 months before 2012-03-31 is 2011-03-31), or null
     */
    public static Referral earlierReferralWithin(Child child, Referral referral, int months, Context ctx) {
        LocalDate date = referral.getDate();
        Referral previous = null;
        for (Referral r : child.getReferrals()) {
            if (r == referral || r.getDate() == null || date == null || !r.getDate().isBefore(date)) {
                continue;
            }
            if (!ctx.plusMonths(r.getDate(), months).isBefore(date) && (previous == null || r.getDate().isAfter(previous.getDate()))) {
                previous = r;
            }
        }
        return previous;
    }

    /** "the referral R1 " or "the referral " when it has no id. */
    public static String referralName(Referral r) {
        return "the referral " + (r.getId() == null ? "" : r.getId() + " ");
    }

    // ---------------------------------------------------------------- ASM-01, ASM-02

    /**
     * @return the working days allowed for an assessment of this type (ASM-01's parameters), or -1
     *     when the type is not recorded
     */
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

    /** @return the day an assessment is due by (its start plus its type's timescale), or null when the type is not recorded */
    public static LocalDate dueBy(Assessment a, Context ctx) {
        int limit = timescale(a.getType(), ctx);
        return limit < 0 || a.getStart() == null ? null : ctx.addWorkingDays(a.getStart(), limit);
    }

    /** @return true when the assessment is still open and its timescale has passed by asAt (false when it has no known timescale) */
    public static boolean overdue(Assessment a, Context ctx) {
        LocalDate due = dueBy(a, ctx);
        return a.getCompleted() == null && due != null && ctx.asAt().isAfter(due);
    }

    /** "initial assessment started 2011-05-03", or "assessment started 2011-05-03" without a type. */
    public static String describe(Assessment a) {
        return (a.getType() == null ? "" : a.getType().code() + " ") + "assessment started " + a.getStart();
    }

    /**
     * @return whether the child was seen during the assessment: {@code childSeen}, else true when
     *     recorded as seen alone; null when the record does not say
     */
    public static Boolean seen(Assessment a) {
        if (a.getChildSeen() != null) {
            return a.getChildSeen();
        }
        return Boolean.TRUE.equals(a.getChildSeenAlone()) ? Boolean.TRUE : null;
    }

    /** ASM-02's text for an assessment where the child was seen as required (age -1 = unknown). */
    public static String seenAsRequired(Assessment a, int age, int fromAge) {
        if (Boolean.TRUE.equals(a.getChildSeenAlone()) && age >= fromAge) {
            return "child aged " + age + " seen alone during the " + describe(a);
        }
        if (Boolean.TRUE.equals(a.getChildSeenAlone()) && age < 0) {
            return "child seen alone during the " + describe(a);
        }
        return "child seen during the " + describe(a);
    }

    /**
     * ASM-02's text for an assessment where the child was not seen, or (aged {@code fromAge}+) not
     * seen alone: completed, open past its timescale, or open and not yet due.
     */
    public static String notSeenAsRequired(Assessment a, int age, int fromAge, Context ctx) {
        boolean seen = Boolean.TRUE.equals(seen(a));
        if (a.getCompleted() != null) {
            return !seen ? "child not seen during the " + describe(a)
                    : "child aged " + age + " seen but not alone during the " + describe(a) + " (seen alone expected from age " + fromAge + ")";
        }
        LocalDate due = dueBy(a, ctx);
        String yet = (seen ? "child aged " + age + " not yet seen alone" : "child not yet seen") + " in the open " + describe(a);
        if (overdue(a, ctx)) {
            return yet + ", which was due by " + due + (seen ? " (seen alone expected from age " + fromAge + ")" : "");
        }
        return yet + (due == null ? "" : ", due by " + due);
    }

    // ---------------------------------------------------------------- ASM-03

    /** @return how many of the audit's elements apply and were audited (not absent, not {@code not-applicable}) */
    public static int applicableElements(AssessmentQuality q) {
        int n = 0;
        for (Boolean b : booleans(q)) {
            n += b == null ? 0 : 1;
        }
        TriState absent = q.getAbsentParentViews();
        return n + (absent == null || absent == TriState.NOT_APPLICABLE ? 0 : 1);
    }

    /** ASM-03's text naming the elements an audit found lacking, in the format's order. */
    public static String lacking(AssessmentQuality q) {
        List<String> lacking = new ArrayList<>();
        addIfFalse(q.getReasonStated(), "reason for the assessment stated", lacking);
        addIfFalse(q.getRiskAnalysis(), "risk analysed", lacking);
        addIfFalse(q.getHistoryConsidered(), "history considered", lacking);
        addIfFalse(q.getPreviousInterventionsEvaluated(), "previous interventions evaluated", lacking);
        if (q.getAbsentParentViews() == TriState.FALSE) {
            lacking.add("absent parent's views sought");
        }
        addIfFalse(q.getAgencyContributions(), "agencies' contributions included", lacking);
        addIfFalse(q.getEqualityAndDiversity(), "equality and diversity considered", lacking);
        addIfFalse(q.getWishesAndFeelings(), "child's wishes and feelings recorded", lacking);
        return String.join(", ", lacking);
    }

    private static List<Boolean> booleans(AssessmentQuality q) {
        List<Boolean> list = new ArrayList<>(7);
        list.add(q.getReasonStated());
        list.add(q.getRiskAnalysis());
        list.add(q.getHistoryConsidered());
        list.add(q.getPreviousInterventionsEvaluated());
        list.add(q.getAgencyContributions());
        list.add(q.getEqualityAndDiversity());
        list.add(q.getWishesAndFeelings());
        return list;
    }

    private static void addIfFalse(Boolean value, String label, List<String> lacking) {
        if (Boolean.FALSE.equals(value)) {
            lacking.add(label);
        }
    }

    // ---------------------------------------------------------------- ASM-04, CP-13

    /**
     * Whether a worker is a qualified social worker: the {@code qualified} flag, else the role (every
     * role but {@code unqualified} is a registered social work role). Null when neither is recorded.
     */
    public static Boolean qualified(Worker w) {
        if (w.getQualified() != null) {
            return w.getQualified();
        }
        return w.getRole() == null ? null : w.getRole() != WorkerRole.UNQUALIFIED;
    }

    // ---------------------------------------------------------------- wording

    /** "1 working day", "3 working days". */
    public static String workingDays(int n) {
        return n + (n == 1 ? " working day" : " working days");
    }

    /** "1 month", "12 months". */
    public static String months(int n) {
        return n + (n == 1 ? " month" : " months");
    }
}

package org.childcare.compliance.checks;

import java.time.LocalDate;
import org.childcare.compliance.engine.Context;
import org.childcare.compliance.facts.WorkforceFacts;
import org.childcare.compliance.model.Worker;
import org.childcare.compliance.model.Workforce;

/**
 * What supervision-and-recording.drl, {@link SupervisionAndRecordingChecks} and {@link EqualityChecks}
 * still read of the workforce helpers, which moved to {@link WorkforceFacts} when WF-01 to WF-06
 * came to decide in their rules. Kept so that those concerns compile unchanged while they are being
 * converted; they should call {@link WorkforceFacts} (or their own facts class) and this class go.
 */
public final class WorkforceChecks {
    /** The first year after qualifying, as SUP-02 reads "newly qualified" until it has its own parameter. */
    private static final int NEWLY_QUALIFIED_MONTHS = 12;

    private WorkforceChecks() {}

    /** @see WorkforceFacts#inPostOn */
    public static boolean inPostOn(Worker w, LocalDate day) {
        return WorkforceFacts.inPostOn(w, day);
    }

    /** @see WorkforceFacts#inPostDuringWindow */
    public static boolean inPostDuringWindow(Worker w, Context ctx) {
        return WorkforceFacts.inPostDuringWindow(w, ctx);
    }

    /**
     * @return true when the workforce records supervision for at least one worker: otherwise the
     *     section was not filled in, which is insufficient evidence rather than a breach by everyone
     */
    public static boolean recordsSupervision(Workforce workforce) {
        return workforce.getWorkers().stream().anyMatch(w -> !w.getSupervision().isEmpty());
    }

    /** Newly qualified on {@code day}: in the first 12 months after {@code qualifiedOn} (see {@link WorkforceFacts#newlyQualifiedOn}). */
    public static boolean newlyQualifiedOn(Worker w, LocalDate day, Context ctx) {
        return WorkforceFacts.newlyQualifiedOn(w, day, NEWLY_QUALIFIED_MONTHS, ctx);
    }

    /** @see WorkforceFacts#number */
    static String number(double v) {
        return WorkforceFacts.number(v);
    }
}

package org.childcare.compliance.checks;

import org.childcare.compliance.engine.Outcome;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.Located;

/**
 * What a check found for one member of a population, or {@link #none()} when the record is not
 * in the population at all (history before the window, work that ended before it fell due). The
 * rule that called the check turns it into the {@link Outcome} it inserts.
 */
public record Result(Outcome.Status status, String message, Located where, String record) {
    static Result none() {
        return new Result(null, null, null, null);
    }

    static Result of(boolean met, String message, Located where, String record) {
        return new Result(met ? Outcome.Status.MET : Outcome.Status.NOT_MET, message, where, record);
    }

    static Result notYetDue(String message, Located where, String record) {
        return new Result(Outcome.Status.NOT_YET_DUE, message, where, record);
    }

    /** @return true when the record is in the population (or counted as not yet due) */
    public boolean applies() {
        return status != null;
    }

    public boolean met() {
        return status == Outcome.Status.MET;
    }

    public boolean notYetDue() {
        return status == Outcome.Status.NOT_YET_DUE;
    }

    /** The outcome a rule inserts for this result. */
    public Outcome outcome(String criterion, Child child) {
        if (status == null) {
            throw new IllegalStateException(criterion + ": no outcome for a record outside the population");
        }
        return notYetDue() ? Outcome.notYetDue(criterion, child, where, record, message)
                : Outcome.of(criterion, met(), child, where, record, message);
    }
}

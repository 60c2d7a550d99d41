package org.childcare.compliance.checks;

import org.childcare.compliance.engine.Outcome;
import org.childcare.compliance.model.Located;

/**
 * What a check decided for one authority-level member (a worker, an allegation, a complaint, the
 * LSCB), in plain English; the rule turns it into the {@link Outcome} it inserts under the
 * member's own subject id.
 */
public record SubjectResult(boolean met, boolean notYetDue, String message) {
    static SubjectResult of(boolean met, String message) {
        return new SubjectResult(met, false, message);
    }

    static SubjectResult met(String message) {
        return of(true, message);
    }

    static SubjectResult notMet(String message) {
        return of(false, message);
    }

    static SubjectResult notYetDue(String message) {
        return new SubjectResult(false, true, message);
    }

    /** The outcome of the member {@code subject} for {@code criterion}. */
    public Outcome outcome(String criterion, String subject, Located where, String record) {
        return notYetDue ? Outcome.notYetDueOfSubject(criterion, subject, where, record, message)
                : Outcome.ofSubject(criterion, met, subject, where, record, message);
    }
}

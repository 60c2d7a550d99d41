package org.childcare.compliance.checks;

import org.childcare.compliance.engine.Outcome;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.Located;

/** What a check decided about one member, in plain English; turned into an {@link Outcome} by the rule. */
public record Verdict(Outcome.Status status, boolean critical, String message) {
    public static Verdict met(String message) {
        return new Verdict(Outcome.Status.MET, false, message);
    }

    public static Verdict notMet(String message) {
        return new Verdict(Outcome.Status.NOT_MET, false, message);
    }

    public static Verdict notYetDue(String message) {
        return new Verdict(Outcome.Status.NOT_YET_DUE, false, message);
    }

    public static Verdict of(boolean met, String message) {
        return met ? met(message) : notMet(message);
    }

    public boolean isMet() {
        return status == Outcome.Status.MET;
    }

    /** The outcome a rule inserts for this verdict. */
    public Outcome outcome(String criterion, Child child, Located where, String record) {
        Outcome o = status == Outcome.Status.NOT_YET_DUE ? Outcome.notYetDue(criterion, child, where, record, message)
                : Outcome.of(criterion, status == Outcome.Status.MET, child, where, record, message);
        return critical ? o.critical() : o;
    }
}

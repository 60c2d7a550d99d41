package org.childcare.compliance.engine;

import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.Located;

/**
 * The result fact rules insert: one member of a criterion's population (a plan, a visit, a worker),
 * whether it met the standard, and in plain English the dates or values that decided it.
 *
 * <p>"Met" always means the good thing happened. For criteria measured as a share of bad events
 * (bands written {@code ≤}, e.g. re-referrals) the measure is the share NOT met. Every outcome that
 * did not meet the standard is a finding of the criterion.
 *
 * <p>Use the factories in the rule's consequence: {@code insert(Outcome.met("CP-01", $child, $plan,
 * $plan.getId(), "initial conference 12 working days after the strategy discussion"));}
 */
public final class Outcome {
    /** Whether the member met the standard, or was not yet due and is left out. */
    public enum Status { MET, NOT_MET, NOT_YET_DUE }

    private final String criterion;
    private final Status status;
    private final String subject;
    private final String record;
    private final String file;
    private final int line;
    private final String message;
    private final Child child;
    private boolean critical;
    private String part;
    private Double value;

    private Outcome(String criterion, Status status, String subject, String record, Located where, String message, Child child) {
        this.criterion = criterion;
        this.status = status;
        this.subject = subject;
        this.record = record;
        this.file = where == null ? null : where.sourceFile();
        this.line = where == null ? 0 : where.sourceLine();
        this.message = message;
        this.child = child;
    }

    /** A child's record met the standard. */
    public static Outcome met(String criterion, Child child, Located where, String record, String message) {
        return new Outcome(criterion, Status.MET, child.getId(), record, where, message, child);
    }

    /** A child's record did not meet the standard: a finding. */
    public static Outcome notMet(String criterion, Child child, Located where, String record, String message) {
        return new Outcome(criterion, Status.NOT_MET, child.getId(), record, where, message, child);
    }

    /** Met or not, as {@code met} says. */
    public static Outcome of(String criterion, boolean met, Child child, Located where, String record, String message) {
        return met ? met(criterion, child, where, record, message) : notMet(criterion, child, where, record, message);
    }

    /** Work whose first deadline has not passed by asAt: neither met nor breached, counted apart. */
    public static Outcome notYetDue(String criterion, Child child, Located where, String record, String message) {
        return new Outcome(criterion, Status.NOT_YET_DUE, child.getId(), record, where, message, child);
    }

    /** An authority-level member (a worker, an allegation, an agency), met or not. */
    public static Outcome ofSubject(String criterion, boolean met, String subject, Located where, String record, String message) {
        return new Outcome(criterion, met ? Status.MET : Status.NOT_MET, subject, record, where, message, null);
    }

    /** An authority-level member (a worker, an allegation) whose first deadline has not passed by asAt. */
    public static Outcome notYetDueOfSubject(String criterion, String subject, Located where, String record, String message) {
        return new Outcome(criterion, Status.NOT_YET_DUE, subject, record, where, message, null);
    }

    /** Marks a finding as critical: a possible risk to the child now (grading.md). */
    public Outcome critical() {
        this.critical = true;
        return this;
    }

    /** Files the outcome under a part of the measure (an agency, a quality element). */
    public Outcome part(String name) {
        this.part = name;
        return this;
    }

    /**
     * Gives the member a value, for criteria measured as a mean (e.g. a worker's caseload); on a
     * {@link #part} outcome, the part's figure is the mean of its values instead of the share met
     * (an agency's training compliance percentage, for a lowest-part criterion).
     */
    public Outcome value(double v) {
        this.value = v;
        return this;
    }

    public String getCriterion() {
        return criterion;
    }

    public Status getStatus() {
        return status;
    }

    public boolean isMet() {
        return status == Status.MET;
    }

    public String getSubject() {
        return subject;
    }

    public String getRecord() {
        return record;
    }

    public String getFile() {
        return file;
    }

    public int getLine() {
        return line;
    }

    public String getMessage() {
        return message;
    }

    public boolean isCritical() {
        return critical;
    }

    public String getPart() {
        return part;
    }

    public Double getValue() {
        return value;
    }

    /** The child the outcome is about, for equality-group rates; null for authority-level outcomes. */
    public Child getChild() {
        return child;
    }

    @Override
    public String toString() {
        return criterion + " " + status + " " + subject + "/" + record + (part == null ? "" : " [" + part + "]") + ": " + message;
    }
}

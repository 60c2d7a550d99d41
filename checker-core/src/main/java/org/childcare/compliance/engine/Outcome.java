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
    /**
     * What the rule decided about the member: it met the standard, breached it (a finding), was
     * not yet due (its first deadline had not passed by asAt), or could not be judged because the
     * data the criterion needs is absent or its known history does not reach the requirement
     * (counted under the criterion's missing data with the reason, never a breach).
     */
    public enum Status { MET, NOT_MET, NOT_YET_DUE, MISSING }

    private final String criterion;
    private final Status status;
    private final String subject;
    private final String record;
    private final String file;
    private final int line;
    /** For a record read from a workbook, its sheet and cell ({@code List 7!G14}); null otherwise. */
    private final String place;
    private final String message;
    private final Child child;
    private boolean critical;
    private String part;
    private Double value;
    private boolean partialHistory;

    private Outcome(String criterion, Status status, String subject, String record, Located where, String message, Child child) {
        this.criterion = criterion;
        this.status = status;
        this.subject = subject;
        this.record = record;
        this.file = where == null ? null : where.sourceFile();
        this.line = where == null ? 0 : where.sourceLine();
        this.place = where != null && isWorkbook(where.sourceFile()) ? where.sourcePath() : null;
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

    /** A child's record breached the standard: a finding (the same as {@link #notMet}, the word rules use). */
    public static Outcome breach(String criterion, Child child, Located where, String record, String message) {
        return notMet(criterion, child, where, record, message);
    }

    /**
     * A child's record the criterion cannot judge for want of data: counted under the criterion's
     * missing data by {@code reason} ("no visits recorded", "history known from 2024-09-12"), neither
     * met nor a breach. Keep the reason general, without ids or per-record dates where the count by
     * reason should add up across records; the record id is kept beside it.
     */
    public static Outcome missing(String criterion, Child child, Located where, String record, String reason) {
        return new Outcome(criterion, Status.MISSING, child.getId(), record, where, reason, child);
    }

    /** An authority-level member met the standard. */
    public static Outcome metFor(String criterion, String subject, Located where, String record, String message) {
        return new Outcome(criterion, Status.MET, subject, record, where, message, null);
    }

    /** An authority-level member breached the standard: a finding. */
    public static Outcome breachFor(String criterion, String subject, Located where, String record, String message) {
        return new Outcome(criterion, Status.NOT_MET, subject, record, where, message, null);
    }

    /** An authority-level member whose first deadline has not passed by asAt (see {@link #notYetDue}). */
    public static Outcome notYetDueFor(String criterion, String subject, Located where, String record, String message) {
        return new Outcome(criterion, Status.NOT_YET_DUE, subject, record, where, message, null);
    }

    /** An authority-level member the criterion cannot judge for want of data (see {@link #missing}). */
    public static Outcome missingFor(String criterion, String subject, Located where, String record, String reason) {
        return new Outcome(criterion, Status.MISSING, subject, record, where, reason, null);
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

    /**
     * Marks a judged outcome as judged on a partial history: its list was known only from a date
     * after the start of what it judges ({@code knownFrom}), so earlier gaps could not be seen.
     * {@code partial} false leaves it as it is, so rules can pass a derived fact's flag straight on.
     */
    public Outcome partialHistory(boolean partial) {
        this.partialHistory |= partial;
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

    /** Whether a file is a workbook, without a lower-cased copy of its name for every outcome. */
    private static boolean isWorkbook(String file) {
        return file != null && file.regionMatches(true, file.length() - 5, ".xlsx", 0, 5);
    }

    /** @return the sheet and cell of a record read from a workbook ({@code List 7!G14}), or null */
    public String getPlace() {
        return place;
    }

    public int getLine() {
        return line;
    }

    public String getMessage() {
        return message;
    }

    /** @return true when the member was judged on a history known only from a date (see {@link #partialHistory}) */
    public boolean isPartialHistory() {
        return partialHistory;
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

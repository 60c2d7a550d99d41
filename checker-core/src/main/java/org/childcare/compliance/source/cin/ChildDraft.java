package org.childcare.compliance.source.cin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.childcare.compliance.load.InputProblem;
import org.childcare.compliance.model.Assessment;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.Located;
import org.childcare.compliance.model.ProtectionPlan;
import org.childcare.compliance.model.Referral;
import org.childcare.compliance.model.S47Enquiry;

/**
 * One child as read from one {@code Child} element (and later as merged from several census
 * years): the model child with its records keyed by the date that identifies them, so that the same
 * referral, assessment, enquiry or plan met again (in a later year, or twice in one file) becomes one
 * record. Ids, list order and re-referrals are settled only when every file is read.
 */
final class ChildDraft {
    final Child child = new Child();
    final String file;
    final int line;
    final String path;
    /** The first day the file's census year covers, or the caller's {@code historyFrom}. */
    final LocalDate historyFrom;

    final TreeMap<LocalDate, Referral> referrals = new TreeMap<>();
    final TreeMap<LocalDate, Assessment> assessments = new TreeMap<>();
    final TreeMap<LocalDate, S47Enquiry> s47Enquiries = new TreeMap<>();
    final TreeMap<LocalDate, PlanDraft> plans = new TreeMap<>();

    /** Problems with this child's elements: errors, or its quarantine in lenient mode. */
    final List<InputProblem> problems = new ArrayList<>();

    ChildDraft(String file, int line, int column, String path, LocalDate historyFrom) {
        this.file = file;
        this.line = line;
        this.path = path;
        this.historyFrom = historyFrom;
        child.locate(file, line, column, path);
    }

    String id() {
        return child.getId();
    }

    /** A plan with the dates of its review conferences, each where it was read, and from when they are known. */
    static final class PlanDraft {
        final ProtectionPlan plan = new ProtectionPlan();
        final TreeMap<LocalDate, Located.Place> reviews = new TreeMap<>();
        LocalDate reviewsKnownFrom;
    }
}

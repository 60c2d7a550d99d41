package org.childcare.compliance.source.cin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.childcare.compliance.load.InputProblem;
import org.childcare.compliance.source.ReturnRead;

/**
 * One reading of an authority's census files: the input errors so far, the children left out, and
 * the children read, merged by id as each file adds to them.
 */
final class CinRun {
    /** A quarantined child lists this many of its problems, then how many more (as the YAML loader does). */
    static final int MAX_REASONS = 10;

    /** What became of a child offered to the run. */
    enum Fate { KEPT, INVALID, ALREADY_LEFT_OUT }

    /** Thrown when the errors reach the limit: the run stops, reporting what it has. */
    static final class TooManyErrors extends RuntimeException {
        TooManyErrors() {
            super(null, null, false, false);
        }
    }

    private final CinOptions options;
    private final List<InputProblem> errors = new ArrayList<>();
    private final List<ReturnRead.Quarantined> quarantined = new ArrayList<>();
    /** Ids of children with errors in some file: their other years are left out too, so no child is judged on part of its records. */
    private final Set<String> leftOut = new HashSet<>();
    private final Map<String, ChildDraft> children = new HashMap<>();

    CinRun(CinOptions options) {
        this.options = options;
    }

    CinOptions options() {
        return options;
    }

    /** A problem of a whole file (not a census, not XML, refused, no year): an error in every mode. */
    void fileError(InputProblem problem) {
        if (errors.size() >= options.maxErrors()) {
            errors.add(new InputProblem(problem.file(), problem.line(), problem.column(), null, "too many errors, stopping"));
            throw new TooManyErrors();
        }
        errors.add(problem);
    }

    /** Takes a child as read from one file: merges it, or reports or quarantines it when it has problems. */
    Fate offer(ChildDraft draft) {
        String id = draft.id();
        if (!draft.problems.isEmpty()) {
            if (id != null) {
                leftOut.add(id);
                children.remove(id);
            }
            if (options.lenient()) {
                quarantined.add(new ReturnRead.Quarantined(id != null ? id : draft.path, draft.file, draft.line,
                        reasons(draft.problems)));
            } else {
                for (InputProblem problem : draft.problems) {
                    fileError(problem);
                }
            }
            return Fate.INVALID;
        }
        if (leftOut.contains(id)) {
            return Fate.ALREADY_LEFT_OUT;
        }
        // files are read oldest census first, so the draft offered now is the newer reading
        children.merge(id, draft, CinMerge::child);
        return Fate.KEPT;
    }

    private static String reasons(List<InputProblem> problems) {
        StringBuilder reason = new StringBuilder();
        int shown = 0;
        for (InputProblem problem : problems) {
            if (shown == MAX_REASONS) {
                break;
            }
            if (shown++ > 0) {
                reason.append("; ");
            }
            reason.append(problem.line()).append(':').append(problem.column()).append(": ").append(problem.message());
        }
        if (problems.size() > shown) {
            reason.append("; and ").append(problems.size() - shown).append(" more");
        }
        return reason.toString();
    }

    List<InputProblem> errors() {
        return errors;
    }

    List<ReturnRead.Quarantined> quarantined() {
        return quarantined;
    }

    Map<String, ChildDraft> children() {
        return children;
    }
}

package org.childcare.compliance.source.annexa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.childcare.compliance.load.InputProblem;
import org.childcare.compliance.source.ReturnRead.Quarantined;

/**
 * The problems found while reading, kept as the mode asks. Strict: every problem is an input error
 * (up to the cap, the rest counted). Lenient: a problem in a child's row quarantines the child, with
 * its cells and reasons; problems of a workbook or sheet, and of a row that names no child, are input
 * errors in both modes.
 *
 * <p>No message here holds a cell's text when the cell holds a person's name: the row readers word
 * those messages by the cell alone.
 */
final class Problems {
    /** A quarantined child lists this many of its problems, then how many more. */
    static final int MAX_REASONS = 10;

    private final boolean lenient;
    private final int maxErrors;
    private final List<InputProblem> errors = new ArrayList<>();
    private final Map<String, Reasons> quarantined = new LinkedHashMap<>();
    private int unlisted;
    private String firstUnlistedFile;

    private static final class Reasons {
        final String file;
        final int line;
        final List<String> shown = new ArrayList<>();
        int more;

        Reasons(String file, int line) {
            this.file = file;
            this.line = line;
        }
    }

    Problems(boolean lenient, int maxErrors) {
        this.lenient = lenient;
        this.maxErrors = maxErrors;
    }

    /** A problem of a workbook, a sheet, or a row that names no child: an input error in every mode. */
    void file(InputProblem problem) {
        add(problem);
    }

    /** A problem in a row of {@code child}: quarantines the child when lenient. */
    void child(String child, InputProblem problem) {
        if (!lenient) {
            add(problem);
            return;
        }
        Reasons r = quarantined.computeIfAbsent(child, c -> new Reasons(problem.file(), problem.line()));
        if (r.shown.size() < MAX_REASONS) {
            r.shown.add(problem.path() + ": " + problem.message());
        } else {
            r.more++;
        }
    }

    boolean isQuarantined(String child) {
        return quarantined.containsKey(child);
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    List<InputProblem> errors() {
        List<InputProblem> all = new ArrayList<>(errors);
        if (unlisted > 0) {
            all.add(new InputProblem(firstUnlistedFile, 0, 0, null, unlisted + " more problem"
                    + (unlisted == 1 ? "" : "s") + " not listed (at most " + maxErrors + " are)"));
        }
        return all;
    }

    List<Quarantined> quarantined() {
        List<Quarantined> out = new ArrayList<>();
        quarantined.forEach((child, r) -> {
            String reason = String.join("; ", r.shown) + (r.more > 0 ? "; and " + r.more + " more" : "");
            out.add(new Quarantined(child, r.file, r.line, reason));
        });
        return out;
    }

    private void add(InputProblem problem) {
        if (errors.size() < maxErrors) {
            errors.add(problem);
        } else if (unlisted++ == 0) {
            firstUnlistedFile = problem.file();
        }
    }
}

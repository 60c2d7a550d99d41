package org.childcare.compliance.source.ssda903;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.childcare.compliance.load.InputProblem;
import org.childcare.compliance.source.ReturnRead.Quarantined;

/**
 * The problems found while reading, kept as the mode asks: strict, every problem is an input error
 * (up to the cap, the rest counted); lenient, a problem in a child's row quarantines that child (its
 * first problem is the reason) and only problems that belong to no child are input errors.
 */
final class Problems {
    private final boolean lenient;
    private final int maxErrors;
    private final List<InputProblem> errors = new ArrayList<>();
    private final Map<String, Quarantined> quarantined = new LinkedHashMap<>();
    private int unlisted;
    private String firstUnlistedFile;

    Problems(boolean lenient, int maxErrors) {
        this.lenient = lenient;
        this.maxErrors = maxErrors;
    }

    /** A problem of a whole file or of a row that names no child: an input error in every mode. */
    void file(String file, int line, int column, String message) {
        add(new InputProblem(file, line, column, null, message));
    }

    /** A problem in a row of {@code child}: quarantines the child when lenient. */
    void child(String child, String file, int line, int column, String message) {
        if (lenient) {
            quarantined.putIfAbsent(child, new Quarantined(child, file, line, message));
            return;
        }
        add(new InputProblem(file, line, column, null, message));
    }

    boolean lenient() {
        return lenient;
    }

    boolean isQuarantined(String child) {
        return quarantined.containsKey(child);
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
        return List.copyOf(quarantined.values());
    }

    private void add(InputProblem problem) {
        if (errors.size() < maxErrors) {
            errors.add(problem);
        } else {
            if (unlisted++ == 0) {
                firstUnlistedFile = problem.file();
            }
        }
    }
}

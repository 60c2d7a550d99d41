package org.childcare.compliance.check;

import java.util.List;
import java.util.stream.Collectors;
import org.childcare.compliance.load.InputProblem;

/** The self-assessment could not be read or has errors: nothing was judged (exit status 2). */
public final class InputException extends Exception {
    private final List<InputProblem> problems;

    public InputException(List<InputProblem> problems) {
        super(problems.stream().map(InputProblem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    public List<InputProblem> problems() {
        return problems;
    }
}

package org.childcare.compliance.engine;

import java.util.List;
import java.util.stream.Collectors;

/** The rules or the catalogue could not be read or compiled; nothing was judged. */
public final class RuleException extends Exception {
    private final List<RuleProblem> problems;

    public RuleException(List<RuleProblem> problems) {
        super(problems.stream().map(RuleProblem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}

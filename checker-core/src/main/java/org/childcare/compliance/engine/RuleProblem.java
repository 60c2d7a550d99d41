package org.childcare.compliance.engine;

/**
 * A problem with a rule or catalogue file, named by file and line (Drools never reports a useful
 * column, so none is given). Printed as {@code file:line: message}.
 */
public record RuleProblem(String file, int line, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}

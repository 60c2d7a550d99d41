package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** {@code true}, {@code false} or {@code not-applicable}: an audit element that may not apply. */
public enum TriState implements Coded {
    TRUE("true"), FALSE("false"), NOT_APPLICABLE("not-applicable");

    private final String code;

    TriState(String code) {
        this.code = code;
    }

    /** Accepts YAML booleans as well as the strings, so {@code true} and {@code "true"} agree. */
    @JsonCreator
    public static TriState of(Object value) {
        String text = String.valueOf(value);
        for (TriState t : values()) {
            if (t.code.equals(text)) {
                return t;
            }
        }
        throw new IllegalArgumentException("expected true, false or not-applicable, found '" + text + "'");
    }

    @JsonValue
    @Override
    public String code() {
        return code;
    }

    /** @return false only when the element applies and was not met */
    public boolean metOrNotApplicable() {
        return this != FALSE;
    }
}

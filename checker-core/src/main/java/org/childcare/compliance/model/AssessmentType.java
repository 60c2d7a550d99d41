package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Allowed values of the format's assessmentType field. */
public enum AssessmentType implements Coded {
    @JsonProperty("initial") INITIAL("initial"),
    @JsonProperty("core") CORE("core"),
    @JsonProperty("single") SINGLE("single");

    private final String code;

    AssessmentType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}

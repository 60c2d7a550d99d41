package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Allowed values of the format's healthAssessmentType field. */
public enum HealthAssessmentType implements Coded {
    @JsonProperty("initial") INITIAL("initial"),
    @JsonProperty("review") REVIEW("review");

    private final String code;

    HealthAssessmentType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}

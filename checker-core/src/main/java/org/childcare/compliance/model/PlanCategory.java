package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Allowed values of the format's planCategory field. */
public enum PlanCategory implements Coded {
    @JsonProperty("neglect") NEGLECT("neglect"),
    @JsonProperty("physical") PHYSICAL("physical"),
    @JsonProperty("emotional") EMOTIONAL("emotional"),
    @JsonProperty("sexual") SEXUAL("sexual"),
    @JsonProperty("multiple") MULTIPLE("multiple");

    private final String code;

    PlanCategory(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}

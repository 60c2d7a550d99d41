package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Allowed values of the format's gender field. */
public enum Gender implements Coded {
    @JsonProperty("female") FEMALE("female"),
    @JsonProperty("male") MALE("male"),
    @JsonProperty("other") OTHER("other"),
    @JsonProperty("unknown") UNKNOWN("unknown");

    private final String code;

    Gender(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}

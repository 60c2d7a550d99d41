package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Allowed values of the format's sector field. */
public enum Sector implements Coded {
    @JsonProperty("health") HEALTH("health"),
    @JsonProperty("police") POLICE("police"),
    @JsonProperty("education") EDUCATION("education"),
    @JsonProperty("la") LA("la"),
    @JsonProperty("probation") PROBATION("probation"),
    @JsonProperty("voluntary") VOLUNTARY("voluntary");

    private final String code;

    Sector(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}

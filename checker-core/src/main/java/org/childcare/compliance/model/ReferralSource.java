package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Allowed values of the format's referralSource field. */
public enum ReferralSource implements Coded {
    @JsonProperty("police") POLICE("police"),
    @JsonProperty("health") HEALTH("health"),
    @JsonProperty("school") SCHOOL("school"),
    @JsonProperty("la") LA("la"),
    @JsonProperty("self") SELF("self"),
    @JsonProperty("other") OTHER("other");

    private final String code;

    ReferralSource(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}

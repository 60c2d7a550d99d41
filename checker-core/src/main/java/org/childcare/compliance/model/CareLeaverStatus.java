package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Allowed values of the format's careLeaverStatus field. */
public enum CareLeaverStatus implements Coded {
    @JsonProperty("eligible") ELIGIBLE("eligible"),
    @JsonProperty("relevant") RELEVANT("relevant"),
    @JsonProperty("former-relevant") FORMER_RELEVANT("former-relevant");

    private final String code;

    CareLeaverStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}

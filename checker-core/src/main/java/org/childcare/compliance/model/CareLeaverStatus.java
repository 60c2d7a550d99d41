package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Allowed values of the format's careLeaverStatus field. */
public enum CareLeaverStatus implements Coded {
    @JsonProperty("eligible") ELIGIBLE("eligible"),
    @JsonProperty("relevant") RELEVANT("relevant"),
    @JsonProperty("former-relevant") FORMER_RELEVANT("former-relevant"),
    /** Looked after for a while after 14 but not long enough to be eligible (SSDA903 OC3 may report them). */
    @JsonProperty("qualifying") QUALIFYING("qualifying");

    private final String code;

    CareLeaverStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}

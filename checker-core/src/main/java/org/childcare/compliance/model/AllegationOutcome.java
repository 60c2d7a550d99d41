package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Allowed values of the format's allegationOutcome field. */
public enum AllegationOutcome implements Coded {
    @JsonProperty("substantiated") SUBSTANTIATED("substantiated"),
    @JsonProperty("unsubstantiated") UNSUBSTANTIATED("unsubstantiated"),
    @JsonProperty("unfounded") UNFOUNDED("unfounded"),
    @JsonProperty("false") FALSE("false"),
    @JsonProperty("malicious") MALICIOUS("malicious");

    private final String code;

    AllegationOutcome(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}

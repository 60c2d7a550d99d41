package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Allowed values of the format's recordQuality field. */
public enum RecordQuality implements Coded {
    @JsonProperty("good") GOOD("good"),
    @JsonProperty("adequate") ADEQUATE("adequate"),
    @JsonProperty("poor") POOR("poor");

    private final String code;

    RecordQuality(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}

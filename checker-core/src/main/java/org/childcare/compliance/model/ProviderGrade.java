package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Allowed values of the format's providerGrade field. */
public enum ProviderGrade implements Coded {
    @JsonProperty("outstanding") OUTSTANDING("outstanding"),
    @JsonProperty("good") GOOD("good"),
    @JsonProperty("requires-improvement") REQUIRES_IMPROVEMENT("requires-improvement"),
    @JsonProperty("adequate") ADEQUATE("adequate"),
    @JsonProperty("inadequate") INADEQUATE("inadequate");

    private final String code;

    ProviderGrade(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}

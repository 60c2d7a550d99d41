package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Allowed values of the format's providerKind field. */
public enum ProviderKind implements Coded {
    @JsonProperty("in-house") IN_HOUSE("in-house"),
    @JsonProperty("independent") INDEPENDENT("independent");

    private final String code;

    ProviderKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}

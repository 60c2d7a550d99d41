package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Allowed values of the format's region field. */
public enum Region implements Coded {
    @JsonProperty("england-and-wales") ENGLAND_AND_WALES("england-and-wales"),
    @JsonProperty("scotland") SCOTLAND("scotland"),
    @JsonProperty("northern-ireland") NORTHERN_IRELAND("northern-ireland");

    private final String code;

    Region(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}

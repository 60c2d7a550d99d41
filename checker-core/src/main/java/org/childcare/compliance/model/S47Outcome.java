package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Allowed values of the format's s47Outcome field. */
public enum S47Outcome implements Coded {
    @JsonProperty("icpc") ICPC("icpc"),
    @JsonProperty("cin") CIN("cin"),
    @JsonProperty("nfa") NFA("nfa");

    private final String code;

    S47Outcome(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}

package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Allowed values of the format's referralOutcome field. */
public enum ReferralOutcome implements Coded {
    @JsonProperty("nfa") NFA("nfa"),
    @JsonProperty("advice") ADVICE("advice"),
    @JsonProperty("early-help") EARLY_HELP("early-help"),
    @JsonProperty("assessment") ASSESSMENT("assessment"),
    @JsonProperty("s47") S47("s47");

    private final String code;

    ReferralOutcome(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}

package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Allowed values of the format's workerRole field. */
public enum WorkerRole implements Coded {
    @JsonProperty("social-worker") SOCIAL_WORKER("social-worker"),
    @JsonProperty("advanced-practitioner") ADVANCED_PRACTITIONER("advanced-practitioner"),
    @JsonProperty("team-manager") TEAM_MANAGER("team-manager"),
    @JsonProperty("conference-chair") CONFERENCE_CHAIR("conference-chair"),
    @JsonProperty("iro") IRO("iro"),
    @JsonProperty("unqualified") UNQUALIFIED("unqualified");

    private final String code;

    WorkerRole(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}

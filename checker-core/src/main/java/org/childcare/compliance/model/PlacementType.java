package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Allowed values of the format's placementType field. */
public enum PlacementType implements Coded {
    @JsonProperty("foster") FOSTER("foster"),
    @JsonProperty("kinship") KINSHIP("kinship"),
    @JsonProperty("residential") RESIDENTIAL("residential"),
    @JsonProperty("secure") SECURE("secure"),
    @JsonProperty("adoption") ADOPTION("adoption"),
    @JsonProperty("independent") INDEPENDENT("independent"),
    @JsonProperty("parents") PARENTS("parents"),
    @JsonProperty("other") OTHER("other");

    private final String code;

    PlacementType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}

package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The local authority. */
@JsonPropertyOrder({"name", "code"})
public final class Authority extends Located {
    private String name;
    private String code;

    public Authority() {
        // for the loader
    }

    /** @return required */
    public String getName() {
        return name;
    }

    /** @return DfE local authority code */
    public String getCode() {
        return code;
    }
}

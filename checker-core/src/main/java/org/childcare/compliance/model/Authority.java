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

    /** Sets {@code name}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setName(String name) {
        this.name = name;
    }

    /** Sets {@code code}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setCode(String code) {
        this.code = code;
    }
}

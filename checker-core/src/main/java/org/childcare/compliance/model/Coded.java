package org.childcare.compliance.model;

/** An enumerated value of the format, with the spelling users write in YAML. */
public interface Coded {
    /** @return the value as written in the self-assessment, e.g. {@code early-help} */
    String code();
}

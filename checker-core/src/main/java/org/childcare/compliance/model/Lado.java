package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The local authority designated officer's caseload. */
@JsonPropertyOrder({"allegations"})
public final class Lado extends Located {
    private List<Allegation> allegations;

    public Lado() {
        // for the loader
    }

    public List<Allegation> getAllegations() {
        return allegations == null ? List.of() : allegations;
    }

    /** Sets {@code allegations}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setAllegations(List<Allegation> allegations) {
        this.allegations = allegations;
    }
}

package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/** An allegation against a person who works with children. */
@JsonPropertyOrder({"id", "received", "initialConsideration", "concluded", "outcome"})
public final class Allegation extends Located {
    private String id;
    private LocalDate received;
    private LocalDate initialConsideration;
    private LocalDate concluded;
    private AllegationOutcome outcome;

    public Allegation() {
        // for the loader
    }

    public String getId() {
        return id;
    }

    /** @return required */
    public LocalDate getReceived() {
        return received;
    }

    public LocalDate getInitialConsideration() {
        return initialConsideration;
    }

    public LocalDate getConcluded() {
        return concluded;
    }

    public AllegationOutcome getOutcome() {
        return outcome;
    }

    /** Sets {@code id}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setId(String id) {
        this.id = id;
    }

    /** Sets {@code received}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setReceived(LocalDate received) {
        this.received = received;
    }

    /** Sets {@code initialConsideration}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setInitialConsideration(LocalDate initialConsideration) {
        this.initialConsideration = initialConsideration;
    }

    /** Sets {@code concluded}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setConcluded(LocalDate concluded) {
        this.concluded = concluded;
    }

    /** Sets {@code outcome}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setOutcome(AllegationOutcome outcome) {
        this.outcome = outcome;
    }
}

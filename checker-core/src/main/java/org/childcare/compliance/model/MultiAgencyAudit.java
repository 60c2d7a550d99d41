package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/** A multi-agency case audit. */
@JsonPropertyOrder({"date", "topic"})
public final class MultiAgencyAudit extends Located {
    private LocalDate date;
    private String topic;

    public MultiAgencyAudit() {
        // for the loader
    }

    /** @return required */
    public LocalDate getDate() {
        return date;
    }

    public String getTopic() {
        return topic;
    }

    /** Sets {@code date}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setDate(LocalDate date) {
        this.date = date;
    }

    /** Sets {@code topic}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setTopic(String topic) {
        this.topic = topic;
    }
}

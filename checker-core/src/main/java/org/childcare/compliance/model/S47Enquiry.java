package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/** A section 47 enquiry. */
@JsonPropertyOrder({"id", "strategyDiscussion", "jointWithPolice", "jointRequired", "centralRecordShared", "childSeenAlone", "outcome"})
public final class S47Enquiry extends Located {
    private String id;
    private LocalDate strategyDiscussion;
    private Boolean jointWithPolice;
    private Boolean jointRequired;
    private Boolean centralRecordShared;
    private Boolean childSeenAlone;
    private S47Outcome outcome;

    public S47Enquiry() {
        // for the loader
    }

    public String getId() {
        return id;
    }

    /** @return required */
    public LocalDate getStrategyDiscussion() {
        return strategyDiscussion;
    }

    /** @return a joint visit was made */
    public Boolean getJointWithPolice() {
        return jointWithPolice;
    }

    /** @return the protocol required one */
    public Boolean getJointRequired() {
        return jointRequired;
    }

    public Boolean getCentralRecordShared() {
        return centralRecordShared;
    }

    public Boolean getChildSeenAlone() {
        return childSeenAlone;
    }

    public S47Outcome getOutcome() {
        return outcome;
    }

    /** Sets {@code id}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setId(String id) {
        this.id = id;
    }

    /** Sets {@code strategyDiscussion}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setStrategyDiscussion(LocalDate strategyDiscussion) {
        this.strategyDiscussion = strategyDiscussion;
    }

    /** Sets {@code jointWithPolice}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setJointWithPolice(Boolean jointWithPolice) {
        this.jointWithPolice = jointWithPolice;
    }

    /** Sets {@code jointRequired}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setJointRequired(Boolean jointRequired) {
        this.jointRequired = jointRequired;
    }

    /** Sets {@code centralRecordShared}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setCentralRecordShared(Boolean centralRecordShared) {
        this.centralRecordShared = centralRecordShared;
    }

    /** Sets {@code childSeenAlone}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setChildSeenAlone(Boolean childSeenAlone) {
        this.childSeenAlone = childSeenAlone;
    }

    /** Sets {@code outcome}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setOutcome(S47Outcome outcome) {
        this.outcome = outcome;
    }
}

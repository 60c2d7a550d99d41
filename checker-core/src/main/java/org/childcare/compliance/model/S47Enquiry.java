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
}

package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/** An initial child protection conference. */
@JsonPropertyOrder({"date", "strategyDiscussion", "cancellations", "attendance", "childInvited", "reportsSharedWithFamily", "agencyReportsOnTime"})
public final class Icpc extends Located {
    private LocalDate date;
    private LocalDate strategyDiscussion;
    private Integer cancellations;
    private ConferenceAttendance attendance;
    private Boolean childInvited;
    private Boolean reportsSharedWithFamily;
    private Boolean agencyReportsOnTime;

    public Icpc() {
        // for the loader
    }

    /** @return required */
    public LocalDate getDate() {
        return date;
    }

    public LocalDate getStrategyDiscussion() {
        return strategyDiscussion;
    }

    public Integer getCancellations() {
        return cancellations;
    }

    public ConferenceAttendance getAttendance() {
        return attendance;
    }

    public Boolean getChildInvited() {
        return childInvited;
    }

    public Boolean getReportsSharedWithFamily() {
        return reportsSharedWithFamily;
    }

    public Boolean getAgencyReportsOnTime() {
        return agencyReportsOnTime;
    }
}

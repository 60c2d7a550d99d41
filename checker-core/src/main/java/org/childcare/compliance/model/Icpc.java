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

    /** Sets {@code date}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setDate(LocalDate date) {
        this.date = date;
    }

    /** Sets {@code strategyDiscussion}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setStrategyDiscussion(LocalDate strategyDiscussion) {
        this.strategyDiscussion = strategyDiscussion;
    }

    /** Sets {@code cancellations}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setCancellations(Integer cancellations) {
        this.cancellations = cancellations;
    }

    /** Sets {@code attendance}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setAttendance(ConferenceAttendance attendance) {
        this.attendance = attendance;
    }

    /** Sets {@code childInvited}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setChildInvited(Boolean childInvited) {
        this.childInvited = childInvited;
    }

    /** Sets {@code reportsSharedWithFamily}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setReportsSharedWithFamily(Boolean reportsSharedWithFamily) {
        this.reportsSharedWithFamily = reportsSharedWithFamily;
    }

    /** Sets {@code agencyReportsOnTime}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setAgencyReportsOnTime(Boolean agencyReportsOnTime) {
        this.agencyReportsOnTime = agencyReportsOnTime;
    }
}

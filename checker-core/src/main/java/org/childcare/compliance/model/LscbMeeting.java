package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/** An LSCB meeting. */
@JsonPropertyOrder({"date", "attendance"})
public final class LscbMeeting extends Located {
    private LocalDate date;
    private BoardAttendance attendance;

    public LscbMeeting() {
        // for the loader
    }

    /** @return required */
    public LocalDate getDate() {
        return date;
    }

    public BoardAttendance getAttendance() {
        return attendance;
    }
}

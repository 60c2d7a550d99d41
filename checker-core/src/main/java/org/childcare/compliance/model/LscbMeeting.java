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

    /** Sets {@code date}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setDate(LocalDate date) {
        this.date = date;
    }

    /** Sets {@code attendance}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setAttendance(BoardAttendance attendance) {
        this.attendance = attendance;
    }
}

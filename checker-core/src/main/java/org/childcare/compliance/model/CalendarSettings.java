package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/** Working-day calendar settings. */
@JsonPropertyOrder({"region", "extraNonWorkingDays"})
public final class CalendarSettings extends Located {
    private Region region;
    private List<LocalDate> extraNonWorkingDays;

    public CalendarSettings() {
        // for the loader
    }

    /** @return bank holiday region */
    public Region getRegion() {
        return region;
    }

    /** @return one-off closures */
    public List<LocalDate> getExtraNonWorkingDays() {
        return extraNonWorkingDays == null ? List.of() : extraNonWorkingDays;
    }

    /** Sets {@code region}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setRegion(Region region) {
        this.region = region;
    }

    /** Sets {@code extraNonWorkingDays}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setExtraNonWorkingDays(List<LocalDate> extraNonWorkingDays) {
        this.extraNonWorkingDays = extraNonWorkingDays;
    }
}

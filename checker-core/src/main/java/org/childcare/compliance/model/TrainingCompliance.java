package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** An agency's safeguarding training compliance. */
@JsonPropertyOrder({"agency", "sector", "level", "percent"})
public final class TrainingCompliance extends Located {
    private String agency;
    private Sector sector;
    private Integer level;
    private Double percent;

    public TrainingCompliance() {
        // for the loader
    }

    public String getAgency() {
        return agency;
    }

    public Sector getSector() {
        return sector;
    }

    public Integer getLevel() {
        return level;
    }

    /** @return 0-100 */
    public Double getPercent() {
        return percent;
    }

    /** Sets {@code agency}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setAgency(String agency) {
        this.agency = agency;
    }

    /** Sets {@code sector}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setSector(Sector sector) {
        this.sector = sector;
    }

    /** Sets {@code level}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setLevel(Integer level) {
        this.level = level;
    }

    /** Sets {@code percent}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setPercent(Double percent) {
        this.percent = percent;
    }
}

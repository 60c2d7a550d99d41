package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/** A member of staff. */
@JsonPropertyOrder({"id", "role", "qualified", "qualifiedOn", "agency", "started", "left", "caseload", "supervision", "appraisal"})
public final class Worker extends Located {
    private String id;
    private WorkerRole role;
    private Boolean qualified;
    private LocalDate qualifiedOn;
    private Boolean agency;
    private LocalDate started;
    private LocalDate left;
    private Integer caseload;
    private List<Supervision> supervision;
    private LocalDate appraisal;

    public Worker() {
        // for the loader
    }

    /** @return required */
    public String getId() {
        return id;
    }

    public WorkerRole getRole() {
        return role;
    }

    public Boolean getQualified() {
        return qualified;
    }

    public LocalDate getQualifiedOn() {
        return qualifiedOn;
    }

    public Boolean getAgency() {
        return agency;
    }

    public LocalDate getStarted() {
        return started;
    }

    public LocalDate getLeft() {
        return left;
    }

    /** @return at asAt */
    public Integer getCaseload() {
        return caseload;
    }

    public List<Supervision> getSupervision() {
        return supervision == null ? List.of() : supervision;
    }

    public LocalDate getAppraisal() {
        return appraisal;
    }

    /**
     * @return true when the record says what its {@code supervision} were, even none ({@code supervision: []});
     *     false when the key is absent: unknown, so criteria that need them count the record as missing data
     */
    public boolean isSupervisionRecorded() {
        return supervision != null;
    }
}

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

    /** Sets {@code id}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setId(String id) {
        this.id = id;
    }

    /** Sets {@code role}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setRole(WorkerRole role) {
        this.role = role;
    }

    /** Sets {@code qualified}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setQualified(Boolean qualified) {
        this.qualified = qualified;
    }

    /** Sets {@code qualifiedOn}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setQualifiedOn(LocalDate qualifiedOn) {
        this.qualifiedOn = qualifiedOn;
    }

    /** Sets {@code agency}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setAgency(Boolean agency) {
        this.agency = agency;
    }

    /** Sets {@code started}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setStarted(LocalDate started) {
        this.started = started;
    }

    /** Sets {@code left}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setLeft(LocalDate left) {
        this.left = left;
    }

    /** Sets {@code caseload}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setCaseload(Integer caseload) {
        this.caseload = caseload;
    }

    /** Sets {@code supervision}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setSupervision(List<Supervision> supervision) {
        this.supervision = supervision;
    }

    /** Sets {@code appraisal}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setAppraisal(LocalDate appraisal) {
        this.appraisal = appraisal;
    }
}

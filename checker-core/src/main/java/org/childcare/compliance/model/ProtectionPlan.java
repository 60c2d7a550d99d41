package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/** A child protection plan and its conferences, core groups and visits. */
@JsonPropertyOrder({"id", "category", "icpc", "start", "end", "content", "coreGroups", "reviewConferences", "visits"})
public final class ProtectionPlan extends Located {
    private String id;
    private PlanCategory category;
    private Icpc icpc;
    private LocalDate start;
    private LocalDate end;
    private PlanContent content;
    private List<LocalDate> coreGroups;
    private List<LocalDate> reviewConferences;
    private List<Visit> visits;

    public ProtectionPlan() {
        // for the loader
    }

    public String getId() {
        return id;
    }

    public PlanCategory getCategory() {
        return category;
    }

    /** @return the initial child protection conference */
    public Icpc getIcpc() {
        return icpc;
    }

    public LocalDate getStart() {
        return start;
    }

    /** @return null while open */
    public LocalDate getEnd() {
        return end;
    }

    /** @return audit of the written plan */
    public PlanContent getContent() {
        return content;
    }

    public List<LocalDate> getCoreGroups() {
        return coreGroups == null ? List.of() : coreGroups;
    }

    public List<LocalDate> getReviewConferences() {
        return reviewConferences == null ? List.of() : reviewConferences;
    }

    public List<Visit> getVisits() {
        return visits == null ? List.of() : visits;
    }
}

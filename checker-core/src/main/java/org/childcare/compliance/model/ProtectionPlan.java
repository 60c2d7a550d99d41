package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/** A child protection plan and its conferences, core groups and visits. */
@JsonPropertyOrder({"id", "category", "icpc", "start", "end", "content", "coreGroups", "reviewConferences", "visits", "previousPlans", "knownFrom"})
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
    private Integer previousPlans;
    private PlanKnownFrom knownFrom;

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

    /** @return earlier child protection plans the child had (CIN NumberOfPreviousCPP), where the dated history does not show them */
    public Integer getPreviousPlans() {
        return previousPlans;
    }

    /** @return from which date each of the plan's lists is complete; null when every list is complete */
    public PlanKnownFrom getKnownFrom() {
        return knownFrom;
    }

    /**
     * @return true when the record says what its {@code coreGroups} were, even none ({@code coreGroups: []});
     *     false when the key is absent: unknown, so criteria that need them count the record as missing data
     */
    public boolean isCoreGroupsRecorded() {
        return coreGroups != null;
    }

    /**
     * @return true when the record says what its {@code reviewConferences} were, even none ({@code reviewConferences: []});
     *     false when the key is absent: unknown, so criteria that need them count the record as missing data
     */
    public boolean isReviewConferencesRecorded() {
        return reviewConferences != null;
    }

    /**
     * @return true when the record says what its {@code visits} were, even none ({@code visits: []});
     *     false when the key is absent: unknown, so criteria that need them count the record as missing data
     */
    public boolean isVisitsRecorded() {
        return visits != null;
    }

    /** @return the date from which the plan's {@code list} is complete, or null when it is complete */
    public LocalDate knownFrom(String list) {
        return knownFrom == null ? null : knownFrom.of(list);
    }

    /** @return the plan's start, else the date of its initial conference; null when neither is recorded */
    public LocalDate getEffectiveStart() {
        if (start != null) {
            return start;
        }
        return icpc == null ? null : icpc.getDate();
    }

    /** @return the date of the initial conference, else the plan's start: where core groups and reviews count from */
    public LocalDate getConferenceDate() {
        if (icpc != null && icpc.getDate() != null) {
            return icpc.getDate();
        }
        return start;
    }

    /** Sets {@code id}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setId(String id) {
        this.id = id;
    }

    /** Sets {@code category}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setCategory(PlanCategory category) {
        this.category = category;
    }

    /** Sets {@code icpc}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setIcpc(Icpc icpc) {
        this.icpc = icpc;
    }

    /** Sets {@code start}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setStart(LocalDate start) {
        this.start = start;
    }

    /** Sets {@code end}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setEnd(LocalDate end) {
        this.end = end;
    }

    /** Sets {@code content}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setContent(PlanContent content) {
        this.content = content;
    }

    /** Sets {@code coreGroups}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setCoreGroups(List<LocalDate> coreGroups) {
        this.coreGroups = coreGroups;
    }

    /** Sets {@code reviewConferences}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setReviewConferences(List<LocalDate> reviewConferences) {
        this.reviewConferences = reviewConferences;
    }

    /** Sets {@code visits}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setVisits(List<Visit> visits) {
        this.visits = visits;
    }

    /** Sets {@code previousPlans}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setPreviousPlans(Integer previousPlans) {
        this.previousPlans = previousPlans;
    }

    /** Sets {@code knownFrom}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setKnownFrom(PlanKnownFrom knownFrom) {
        this.knownFrom = knownFrom;
    }
}

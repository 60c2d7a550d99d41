package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/** The Local Safeguarding Children Board. */
@JsonPropertyOrder({"independentChair", "annualReport", "performanceDashboard", "meetings", "multiAgencyAudits", "seriousCaseReviews"})
public final class Lscb extends Located {
    private Boolean independentChair;
    private LocalDate annualReport;
    private Boolean performanceDashboard;
    private List<LscbMeeting> meetings;
    private List<MultiAgencyAudit> multiAgencyAudits;
    private List<SeriousCaseReview> seriousCaseReviews;

    public Lscb() {
        // for the loader
    }

    public Boolean getIndependentChair() {
        return independentChair;
    }

    /** @return publication date of the latest annual report */
    public LocalDate getAnnualReport() {
        return annualReport;
    }

    public Boolean getPerformanceDashboard() {
        return performanceDashboard;
    }

    public List<LscbMeeting> getMeetings() {
        return meetings == null ? List.of() : meetings;
    }

    public List<MultiAgencyAudit> getMultiAgencyAudits() {
        return multiAgencyAudits == null ? List.of() : multiAgencyAudits;
    }

    public List<SeriousCaseReview> getSeriousCaseReviews() {
        return seriousCaseReviews == null ? List.of() : seriousCaseReviews;
    }

    /** Sets {@code independentChair}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setIndependentChair(Boolean independentChair) {
        this.independentChair = independentChair;
    }

    /** Sets {@code annualReport}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setAnnualReport(LocalDate annualReport) {
        this.annualReport = annualReport;
    }

    /** Sets {@code performanceDashboard}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setPerformanceDashboard(Boolean performanceDashboard) {
        this.performanceDashboard = performanceDashboard;
    }

    /** Sets {@code meetings}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setMeetings(List<LscbMeeting> meetings) {
        this.meetings = meetings;
    }

    /** Sets {@code multiAgencyAudits}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setMultiAgencyAudits(List<MultiAgencyAudit> multiAgencyAudits) {
        this.multiAgencyAudits = multiAgencyAudits;
    }

    /** Sets {@code seriousCaseReviews}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setSeriousCaseReviews(List<SeriousCaseReview> seriousCaseReviews) {
        this.seriousCaseReviews = seriousCaseReviews;
    }

    /**
     * @return true when the record says what its {@code meetings} were, even none ({@code meetings: []});
     *     false when the key is absent: unknown, so criteria that need them count the record as missing data
     */
    public boolean isMeetingsRecorded() {
        return meetings != null;
    }

    /**
     * @return true when the record says what its {@code multiAgencyAudits} were, even none ({@code multiAgencyAudits: []});
     *     false when the key is absent: unknown, so criteria that need them count the record as missing data
     */
    public boolean isMultiAgencyAuditsRecorded() {
        return multiAgencyAudits != null;
    }

    /**
     * @return true when the record says what its {@code seriousCaseReviews} were, even none ({@code seriousCaseReviews: []});
     *     false when the key is absent: unknown, so criteria that need them count the record as missing data
     */
    public boolean isSeriousCaseReviewsRecorded() {
        return seriousCaseReviews != null;
    }
}

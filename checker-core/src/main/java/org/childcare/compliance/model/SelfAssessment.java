package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A local authority's self-assessment, format v1 (all sections except children, which stream). */
@JsonPropertyOrder({"schemaVersion", "authority", "period", "asAt", "framework", "profile", "calendar", "standards", "benchmarks", "previous", "sources", "children", "workforce", "lado", "complaints", "partnership", "indicators", "evidence"})
public final class SelfAssessment extends Located {
    private Integer schemaVersion;
    private Authority authority;
    private Period period;
    private LocalDate asAt;
    private String framework;
    private String profile;
    private CalendarSettings calendar;
    private Map<String, Object> standards;
    private Map<String, Benchmark> benchmarks;
    private String previous;
    private Sources sources;
    private List<Child> children;
    private Workforce workforce;
    private Lado lado;
    private List<Complaint> complaints;
    private Partnership partnership;
    private Map<String, Double> indicators;
    private List<Evidence> evidence;

    public SelfAssessment() {
        // for the loader
    }

    /** @return format version; required, 1 */
    public Integer getSchemaVersion() {
        return schemaVersion;
    }

    /** @return the authority; required */
    public Authority getAuthority() {
        return authority;
    }

    /** @return the period under review; required */
    public Period getPeriod() {
        return period;
    }

    /** @return snapshot date: open work is measured up to here (default: period end) */
    public LocalDate getAsAt() {
        return asAt;
    }

    /** @return slac-2009 or ilacs-2023 */
    public String getFramework() {
        return framework;
    }

    /** @return full, unannounced-cra or focused-visit-children-in-care */
    public String getProfile() {
        return profile;
    }

    /** @return bank holiday region and extra non-working days */
    public CalendarSettings getCalendar() {
        return calendar;
    }

    /** @return local parameter overrides, CRITERION-ID.parameter */
    public Map<String, Object> getStandards() {
        return standards == null ? Map.of() : standards;
    }

    /** @return comparator figures per criterion */
    public Map<String, Benchmark> getBenchmarks() {
        return benchmarks == null ? Map.of() : benchmarks;
    }

    /** @return path of an earlier self-assessment, relative to this file */
    public String getPrevious() {
        return previous;
    }

    /** @return children; read as a stream by the loader */
    public List<Child> getChildren() {
        return children == null ? List.of() : children;
    }

    /** @return social work staff */
    public Workforce getWorkforce() {
        return workforce;
    }

    /** @return allegations against people who work with children */
    public Lado getLado() {
        return lado;
    }

    /** @return complaints */
    public List<Complaint> getComplaints() {
        return complaints == null ? List.of() : complaints;
    }

    /** @return LSCB and partners */
    public Partnership getPartnership() {
        return partnership;
    }

    /** @return declared aggregate figures per criterion */
    public Map<String, Double> getIndicators() {
        return indicators == null ? Map.of() : indicators;
    }

    /** @return attestations for criteria data cannot prove */
    public List<Evidence> getEvidence() {
        return evidence == null ? List.of() : evidence;
    }

    /** @return how far back the returns read from files reach; null for their defaults */
    public Sources getSources() {
        return sources;
    }
}

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

    /** Sets {@code schemaVersion}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setSchemaVersion(Integer schemaVersion) {
        this.schemaVersion = schemaVersion;
    }

    /** Sets {@code authority}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setAuthority(Authority authority) {
        this.authority = authority;
    }

    /** Sets {@code period}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setPeriod(Period period) {
        this.period = period;
    }

    /** Sets {@code asAt}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setAsAt(LocalDate asAt) {
        this.asAt = asAt;
    }

    /** Sets {@code framework}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setFramework(String framework) {
        this.framework = framework;
    }

    /** Sets {@code profile}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setProfile(String profile) {
        this.profile = profile;
    }

    /** Sets {@code calendar}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setCalendar(CalendarSettings calendar) {
        this.calendar = calendar;
    }

    /** Sets {@code standards}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setStandards(Map<String, Object> standards) {
        this.standards = standards;
    }

    /** Sets {@code benchmarks}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setBenchmarks(Map<String, Benchmark> benchmarks) {
        this.benchmarks = benchmarks;
    }

    /** Sets {@code previous}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setPrevious(String previous) {
        this.previous = previous;
    }

    /** Sets {@code sources}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setSources(Sources sources) {
        this.sources = sources;
    }

    /** Sets {@code children}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setChildren(List<Child> children) {
        this.children = children;
    }

    /** Sets {@code workforce}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setWorkforce(Workforce workforce) {
        this.workforce = workforce;
    }

    /** Sets {@code lado}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setLado(Lado lado) {
        this.lado = lado;
    }

    /** Sets {@code complaints}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setComplaints(List<Complaint> complaints) {
        this.complaints = complaints;
    }

    /** Sets {@code partnership}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setPartnership(Partnership partnership) {
        this.partnership = partnership;
    }

    /** Sets {@code indicators}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setIndicators(Map<String, Double> indicators) {
        this.indicators = indicators;
    }

    /** Sets {@code evidence}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setEvidence(List<Evidence> evidence) {
        this.evidence = evidence;
    }
}

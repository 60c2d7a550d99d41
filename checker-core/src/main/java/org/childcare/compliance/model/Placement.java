package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/** Where a looked after child lives. */
@JsonPropertyOrder({"start", "end", "type", "longTerm", "provider", "providerGrade", "distanceFromHomeMiles", "code", "providerUrn"})
public final class Placement extends Located {
    private LocalDate start;
    private LocalDate end;
    private PlacementType type;
    private Boolean longTerm;
    private ProviderKind provider;
    private ProviderGrade providerGrade;
    private Double distanceFromHomeMiles;
    private String code;
    private String providerUrn;

    public Placement() {
        // for the loader
    }

    /** @return required */
    public LocalDate getStart() {
        return start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public PlacementType getType() {
        return type;
    }

    /** @return intended to last until 18 */
    public Boolean getLongTerm() {
        return longTerm;
    }

    public ProviderKind getProvider() {
        return provider;
    }

    public ProviderGrade getProviderGrade() {
        return providerGrade;
    }

    public Double getDistanceFromHomeMiles() {
        return distanceFromHomeMiles;
    }

    /** @return the SSDA903 placement code (e.g. U6), when known */
    public String getCode() {
        return code;
    }

    /** @return the provider's Ofsted unique reference number, when known */
    public String getProviderUrn() {
        return providerUrn;
    }

    /** Sets {@code start}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setStart(LocalDate start) {
        this.start = start;
    }

    /** Sets {@code end}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setEnd(LocalDate end) {
        this.end = end;
    }

    /** Sets {@code type}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setType(PlacementType type) {
        this.type = type;
    }

    /** Sets {@code longTerm}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setLongTerm(Boolean longTerm) {
        this.longTerm = longTerm;
    }

    /** Sets {@code provider}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setProvider(ProviderKind provider) {
        this.provider = provider;
    }

    /** Sets {@code providerGrade}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setProviderGrade(ProviderGrade providerGrade) {
        this.providerGrade = providerGrade;
    }

    /** Sets {@code distanceFromHomeMiles}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setDistanceFromHomeMiles(Double distanceFromHomeMiles) {
        this.distanceFromHomeMiles = distanceFromHomeMiles;
    }

    /** Sets {@code code}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setCode(String code) {
        this.code = code;
    }

    /** Sets {@code providerUrn}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setProviderUrn(String providerUrn) {
        this.providerUrn = providerUrn;
    }
}

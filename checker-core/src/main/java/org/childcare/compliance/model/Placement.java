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
}

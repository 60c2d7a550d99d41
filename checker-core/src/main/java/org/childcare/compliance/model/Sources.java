package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The {@code sources:} section: how far back each kind of file the checker reads beside the YAML
 * reaches (the SSDA903 return, the CIN census, the Annex A workbook). It overrides the default
 * {@code knownFrom} those sources give the lists they supply.
 */
@JsonPropertyOrder({"ssda903", "cin", "annexA"})
public final class Sources extends Located {
    private SourceReach ssda903;
    private SourceReach cin;
    private SourceReach annexA;

    public Sources() {
        // for the loader
    }

    public SourceReach getSsda903() {
        return ssda903;
    }

    public SourceReach getCin() {
        return cin;
    }

    public SourceReach getAnnexA() {
        return annexA;
    }

    /** Sets {@code ssda903}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setSsda903(SourceReach ssda903) {
        this.ssda903 = ssda903;
    }

    /** Sets {@code cin}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setCin(SourceReach cin) {
        this.cin = cin;
    }

    /** Sets {@code annexA}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setAnnexA(SourceReach annexA) {
        this.annexA = annexA;
    }
}

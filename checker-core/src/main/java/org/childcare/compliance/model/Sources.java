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
}

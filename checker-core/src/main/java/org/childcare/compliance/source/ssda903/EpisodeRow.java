package org.childcare.compliance.source.ssda903;

import java.time.LocalDate;
import java.util.Set;

/** One row of the Episodes table, its values checked. */
record EpisodeRow(RowCells cells, LocalDate decom, String rne, String ls, String place, String provider,
        LocalDate dec, String rec, String urn) {

    /** Reasons for a new episode that start a new placement; L (legal status only) continues the last. */
    static final Set<String> NEW_PLACEMENT = Set.of("S", "P", "B", "T", "U");

    static EpisodeRow read(RowCells cells) {
        LocalDate decom = cells.date("DECOM", true);
        String rne = cells.code(Ssda903Codes.RNE, true);
        String ls = cells.code(Ssda903Codes.LS, true);
        String place = cells.code(Ssda903Codes.PLACE, true);
        String provider = cells.code(Ssda903Codes.PLACE_PROVIDER, false);
        LocalDate dec = cells.date("DEC", false);
        String rec = cells.code(Ssda903Codes.REC, false);
        String urn = cells.text("URN");
        if (decom != null && dec != null && dec.isBefore(decom)) {
            cells.problem("DEC", "DEC " + Ssda903Reader.format(dec) + " is before DECOM " + Ssda903Reader.format(decom)
                    + "; an episode cannot end before it starts");
        }
        if (dec != null && rec == null && cells.text("REC").isEmpty()) {
            cells.problem("REC", "REC is empty, but DEC is given; an episode that ended needs the reason it ended");
        }
        if (dec == null && rec != null && cells.text("DEC").isEmpty()) {
            cells.problem("DEC", "DEC is empty, but REC " + rec + " is given; an episode that ended needs the date");
        }
        return new EpisodeRow(cells, decom, rne, ls, place, provider, dec, rec, urn.isEmpty() ? null : urn);
    }

    boolean continuesPeriod() {
        return "X1".equals(rec);
    }
}

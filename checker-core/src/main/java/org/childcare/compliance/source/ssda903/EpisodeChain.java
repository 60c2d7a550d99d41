package org.childcare.compliance.source.ssda903;

import org.childcare.compliance.source.PlacementCodes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.childcare.compliance.model.CareEpisode;
import org.childcare.compliance.model.Placement;
import org.childcare.compliance.model.ProviderKind;

/**
 * Turns a child's Episodes rows into periods of care and placements. In the 903 an episode is a
 * stretch with one legal status and one placement; a period of care is the chain of episodes from
 * one that starts it ({@code RNE} S) through those whose predecessor ended with {@code REC} X1
 * ("continues") to the first that ends with another reason.
 */
final class EpisodeChain {
    /** A period of care with the rows it was built from. */
    record Period(CareEpisode episode, List<EpisodeRow> rows, boolean beganBeforeFiles) {}

    private EpisodeChain() {}

    /**
     * @param rows the child's rows in {@code DECOM} order, each one well formed
     * @return the periods in date order, or null when the rows do not chain (each break reported)
     */
    static List<Period> chain(String child, List<EpisodeRow> rows) {
        List<List<EpisodeRow>> groups = new ArrayList<>();
        List<EpisodeRow> current = null;
        EpisodeRow previous = null;
        boolean ok = true;
        for (EpisodeRow row : rows) {
            if (previous != null && previous.dec() == null) {
                previous.cells().problem("DEC", "DEC is empty, so the episode is open, but the child has a later"
                        + " episode starting " + Ssda903Reader.format(row.decom()) + " at " + row.cells().where());
                return null;
            }
            boolean continues = previous != null && previous.continuesPeriod();
            if (row.rne().equals("S")) {
                if (continues) {
                    row.cells().problem("RNE", "RNE S starts a new period of care, but the episode before it ("
                            + previous.cells().where() + ") ended with REC X1, which says the period continues");
                    ok = false;
                }
                current = new ArrayList<>();
                groups.add(current);
            } else if (previous == null) {
                current = new ArrayList<>(); // the period began before the earliest row in the files
                groups.add(current);
            } else if (!continues) {
                row.cells().problem("RNE", "RNE " + row.rne() + " continues a period of care, but the episode before"
                        + " it (" + previous.cells().where() + ") ended the period with REC " + previous.rec()
                        + "; a new period starts with RNE S");
                ok = false;
                current = new ArrayList<>();
                groups.add(current);
            } else if (!previous.dec().equals(row.decom())) {
                row.cells().problem("DECOM", "DECOM " + Ssda903Reader.format(row.decom()) + " should be "
                        + Ssda903Reader.format(previous.dec()) + ", the day the episode before it ("
                        + previous.cells().where() + ") ended with REC X1 (the period continues)");
                ok = false;
            }
            current.add(row);
            previous = row;
        }
        if (previous != null && previous.continuesPeriod()) {
            previous.cells().problem("REC", "REC X1 says the period of care continues, but no later episode of "
                    + child + " follows");
            ok = false;
        }
        if (!ok) {
            return null;
        }
        List<Period> periods = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            List<EpisodeRow> group = groups.get(i);
            boolean beganBefore = i == 0 && !group.get(0).rne().equals("S");
            periods.add(new Period(period(child, group), List.copyOf(group), beganBefore));
        }
        return periods;
    }

    private static CareEpisode period(String child, List<EpisodeRow> rows) {
        EpisodeRow first = rows.get(0);
        EpisodeRow last = rows.get(rows.size() - 1);
        CareEpisode episode = new CareEpisode();
        episode.locate(first.cells().file.name, first.cells().line(), 1, first.cells().path());
        episode.setId(child + "/episode/" + first.decom());
        episode.setStart(first.decom());
        locateDate(episode, "start", first, "DECOM");
        episode.setEnd(last.dec());
        if (last.dec() != null) {
            locateDate(episode, "end", last, "DEC");
        }
        episode.setLegalStatus(last.ls());
        List<Placement> placements = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            EpisodeRow row = rows.get(i);
            if (i > 0 && !EpisodeRow.NEW_PLACEMENT.contains(row.rne())) {
                continue; // L: a change of legal status only, the placement goes on
            }
            int j = i;
            while (j + 1 < rows.size() && !EpisodeRow.NEW_PLACEMENT.contains(rows.get(j + 1).rne())) {
                j++;
            }
            placements.add(placement(row, rows.get(j)));
        }
        episode.setPlacements(placements);
        return episode;
    }

    private static Placement placement(EpisodeRow first, EpisodeRow last) {
        Placement placement = new Placement();
        placement.locate(first.cells().file.name, first.cells().line(), 1, first.cells().path());
        placement.setStart(first.decom());
        locateDate(placement, "start", first, "DECOM");
        placement.setEnd(last.dec());
        if (last.dec() != null) {
            locateDate(placement, "end", last, "DEC");
        }
        placement.setCode(first.place());
        placement.setType(PlacementCodes.type(first.place()));
        placement.setLongTerm(PlacementCodes.longTerm(first.place()));
        placement.setProvider(provider(first.provider()));
        placement.setProviderUrn(first.urn());
        return placement;
    }

    static void locateDate(org.childcare.compliance.model.Located record, String field, EpisodeRow row,
            String column) {
        record.locateKey(field, row.cells().file.name, row.cells().line(), row.cells().file.columnNumber(column));
    }

    /** PR1 the authority's own provision; PR2-PR5 another authority, public, private or voluntary; PR0 none. */
    static ProviderKind provider(String code) {
        if (code == null || code.equals("PR0")) {
            return null;
        }
        return code.equals("PR1") ? ProviderKind.IN_HOUSE : ProviderKind.INDEPENDENT;
    }

    /** @return the later of two dates, either of which may be null */
    static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}

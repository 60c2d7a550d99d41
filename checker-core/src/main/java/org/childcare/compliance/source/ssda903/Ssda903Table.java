package org.childcare.compliance.source.ssda903;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The tables of the SSDA903 return, each known by its column set (the same in every collection
 * year from 2017-18 on; SWEpisodes joined in 2023-24, DoLo in 2026-27). A CSV file is one table
 * whatever its name: the table whose columns its header row holds.
 */
public enum Ssda903Table {
    HEADER("Header", true, List.of("CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"),
            List.of("CHILD", "SEX", "DOB", "ETHNIC")),
    EPISODES("Episodes", true, List.of("CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC",
            "REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"),
            List.of("CHILD", "DECOM", "RNE", "LS", "PLACE", "PLACE_PROVIDER", "DEC", "REC", "URN")),
    REVIEWS("Reviews", true, List.of("CHILD", "DOB", "REVIEW", "REVIEW_CODE"),
            List.of("CHILD", "REVIEW", "REVIEW_CODE")),
    UASC("UASC", true, List.of("CHILD", "SEX", "DOB", "DUC"), List.of("CHILD", "DUC")),
    OC2("OC2", true, List.of("CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK",
            "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED",
            "INTERVENTION_OFFERED"),
            List.of("CHILD", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT")),
    OC3("OC3", true, List.of("CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"), List.of("CHILD", "IN_TOUCH", "ACTIV", "ACCOM")),
    MISSING("Missing", true, List.of("CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"),
            List.of("CHILD", "MISSING", "MIS_START", "MIS_END")),
    AD1("AD1", false, List.of("CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR",
            "LS_ADOPTR"), List.of("CHILD")),
    PLACED_ADOPTION("PlacedAdoption", false, List.of("CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED",
            "REASON_PLACED_CEASED"), List.of("CHILD")),
    PREV_PERM("PrevPerm", false, List.of("CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM"), List.of("CHILD")),
    SW_EPISODES("SWEpisodes", false, List.of("CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"),
            List.of("CHILD")),
    DOLO("DoLo", false, List.of("CHILD", "DOB", "DOLO_START", "DOLO_END"), List.of("CHILD"));

    private final String title;
    private final boolean used;
    private final List<String> columns;
    private final List<String> readColumns;

    Ssda903Table(String title, boolean used, List<String> columns, List<String> readColumns) {
        this.title = title;
        this.used = used;
        this.columns = columns;
        this.readColumns = readColumns;
    }

    /** @return the table's name as the DfE guidance writes it, e.g. {@code Episodes}, {@code PlacedAdoption} */
    public String title() {
        return title;
    }

    /** @return false for tables recognised but read by no criterion (AD1, PlacedAdoption, PrevPerm, SWEpisodes, DoLo) */
    public boolean used() {
        return used;
    }

    /** @return every column of the table, in the guidance's order */
    public List<String> columns() {
        return columns;
    }

    /** @return the columns this reader takes values from */
    public List<String> readColumns() {
        return readColumns;
    }

    /** @return the file kind the report shows, e.g. {@code ssda903-episodes} */
    public String kind() {
        return "ssda903-" + title.toLowerCase(Locale.ROOT);
    }

    /**
     * What a header row is: the table whose every column it holds (the largest such table, so that a
     * Header file is not taken for UASC), else the nearest table and the columns it lacks.
     *
     * @param header the header's column names, already trimmed and upper-cased
     */
    static Recognition recognise(List<String> header) {
        Set<String> present = new TreeSet<>(header);
        Ssda903Table best = null;
        for (Ssda903Table table : values()) {
            if (present.containsAll(table.columns) && (best == null || table.columns.size() > best.columns.size())) {
                best = table;
            }
        }
        if (best != null) {
            return new Recognition(best, true, List.of());
        }
        // nearest: most of its columns present, then fewest missing, then declaration order
        Ssda903Table nearest = List.of(values()).stream()
                .max(Comparator.<Ssda903Table>comparingLong(t -> t.columns.stream().filter(present::contains).count())
                        .thenComparingLong(t -> -t.columns.stream().filter(c -> !present.contains(c)).count())
                        .thenComparing(t -> -t.ordinal()))
                .orElseThrow();
        List<String> lacking = new ArrayList<>();
        for (String column : nearest.columns) {
            if (!present.contains(column)) {
                lacking.add(column);
            }
        }
        return new Recognition(nearest, false, lacking);
    }

    /** A header row's table, or when it matches none the nearest table and the columns that table also needs. */
    record Recognition(Ssda903Table table, boolean matched, List<String> lacking) {
        String explanation() {
            return "header matches no SSDA903 table; nearest is " + table.title() + ", which also needs "
                    + String.join(", ", lacking);
        }
    }
}

package org.childcare.compliance.source.ssda903;

import java.util.ArrayList;
import java.util.List;

/**
 * The codes the SSDA903 guidance allows in the columns this reader takes values from: the union of
 * every collection year from 2017-18 on, so that a return of any of those years reads. Where a
 * year added or dropped a code it is said beside it.
 */
final class Ssda903Codes {
    private Ssda903Codes() {}

    /** A coded column: the codes allowed, in the order error messages list them, and what a code of it is. */
    record Coded(String column, String what, List<String> codes) {
        boolean allows(String code) {
            return codes.contains(code);
        }

        String rejection(String value) {
            return column + " '" + value + "' is not " + what + "; expected one of " + String.join(", ", codes);
        }
    }

    /** 1/2 until 2022-23; M/F/U (U: not known or not stated) from 2023-24. */
    static final Coded SEX = new Coded("SEX", "a sex code", List.of("1", "2", "M", "F", "U"));

    static final Coded ETHNIC = new Coded("ETHNIC", "an ethnicity code", List.of("WBRI", "WIRI", "WOTH", "WIRT",
            "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE",
            "OOTH", "REFU", "NOBT"));

    static final Coded RNE = new Coded("RNE", "a reason for new episode", List.of("S", "P", "L", "T", "U", "B"));

    static final Coded LS = new Coded("LS", "a legal status", List.of("C1", "C2", "D1", "E1", "V2", "V3", "V4",
            "L1", "L2", "L3", "J1", "J2", "J3"));

    /** H5 and P2 were dropped in 2024-25, when K3 came in; Z11-Z14 came in 2025-26. */
    static final Coded PLACE = new Coded("PLACE", "a placement type", List.of("A3", "A4", "A5", "A6", "H5", "K1",
            "K2", "K3", "P1", "P2", "P3", "R1", "R2", "R3", "R5", "S1", "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3",
            "U4", "U5", "U6", "Z1", "Z11", "Z12", "Z13", "Z14"));

    static final Coded PLACE_PROVIDER = new Coded("PLACE_PROVIDER", "a placement provider",
            List.of("PR0", "PR1", "PR2", "PR3", "PR4", "PR5"));

    /** E43/E44 until 2018-19, E45-E48 from 2019-20 (the split of special guardianship and residence orders). */
    static final Coded REC = new Coded("REC", "a reason episode ceased", List.of("X1", "E11", "E12", "E2", "E3",
            "E4A", "E4B", "E13", "E41", "E43", "E44", "E45", "E46", "E47", "E48", "E5", "E6", "E7", "E9", "E14", "E15",
            "E16", "E17", "E8"));

    static final Coded REVIEW_CODE = new Coded("REVIEW_CODE", "a participation code",
            List.of("PN0", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7"));

    static final Coded MISSING = new Coded("MISSING", "a missing or away code", List.of("M", "A"));

    static Coded flag(String column) {
        return new Coded(column, "a yes/no flag", List.of("1", "0"));
    }

    static final Coded IN_TOUCH = new Coded("IN_TOUCH", "an in-touch code",
            List.of("YES", "NO", "DIED", "REFU", "NREQ", "RHOM"));

    /** F3/P3 until 2021-22, F4/P4/F5/P5 from 2022-23. */
    static final Coded ACTIV = new Coded("ACTIV", "an activity code", List.of("F1", "P1", "F2", "P2", "F3", "P3",
            "F4", "P4", "F5", "P5", "G4", "G5", "G6", "0"));

    /** A letter for the kind of accommodation and a digit: 1 suitable, 2 not suitable; 0 not known. */
    static final Coded ACCOM = new Coded("ACCOM", "an accommodation code", accommodation());

    private static List<String> accommodation() {
        List<String> codes = new ArrayList<>();
        for (char kind : "BCDEGHKRSTUVWXYZ".toCharArray()) {
            codes.add(kind + "1");
            codes.add(kind + "2");
        }
        codes.add("0");
        return List.copyOf(codes);
    }
}

package org.childcare.compliance.source;

import org.childcare.compliance.model.PlacementType;

/**
 * What an SSDA903 placement code (PLACE, also Annex A list 8's placement type) means in format v1
 * (sources.md §3): one table for every reader of returns.
 */
public final class PlacementCodes {
    private PlacementCodes() {}

    /** @return the kind of placement a PLACE code is */
    public static PlacementType type(String place) {
        return switch (place) {
            case "U1", "U2", "U3" -> PlacementType.KINSHIP;
            case "U4", "U5", "U6" -> PlacementType.FOSTER;
            case "A3", "A4", "A5", "A6" -> PlacementType.ADOPTION;
            case "K1" -> PlacementType.SECURE;
            case "K2", "R1", "S1", "H5" -> PlacementType.RESIDENTIAL;
            case "K3", "P2" -> PlacementType.INDEPENDENT;
            case "P1" -> PlacementType.PARENTS;
            default -> PlacementType.OTHER;
        };
    }

    /** @return true for the codes of long-term placements (U1 kinship, U4 foster): intended to last until 18 */
    public static boolean longTerm(String place) {
        return "U1".equals(place) || "U4".equals(place);
    }
}

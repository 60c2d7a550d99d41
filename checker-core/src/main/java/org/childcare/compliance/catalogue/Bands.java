package org.childcare.compliance.catalogue;

/**
 * The lowest (or, for ≤ bands, the highest) measure for Outstanding, Good and Adequate; anything
 * beyond the last is Inadequate. Evidence bands grade an attestation: met is Good, not met
 * Inadequate (an attestation alone never earns Outstanding).
 */
public record Bands(Direction direction, double outstanding, double good, double adequate, boolean evidence) {

    public static final Bands DEFAULT = higher(95, 85, 70);

    public static Bands higher(double outstanding, double good, double adequate) {
        return new Bands(Direction.HIGHER_IS_BETTER, outstanding, good, adequate, false);
    }

    public static Bands lower(double outstanding, double good, double adequate) {
        return new Bands(Direction.LOWER_IS_BETTER, outstanding, good, adequate, false);
    }

    public static Bands evidenceOnly() {
        return new Bands(Direction.HIGHER_IS_BETTER, 100, 100, 100, true);
    }

    /** @return 1 Outstanding, 2 Good, 3 Adequate or 4 Inadequate */
    public int grade(double measure) {
        if (evidence) {
            return measure >= 100 ? 2 : 4;
        }
        if (direction == Direction.HIGHER_IS_BETTER) {
            return measure >= outstanding ? 1 : measure >= good ? 2 : measure >= adequate ? 3 : 4;
        }
        return measure <= outstanding ? 1 : measure <= good ? 2 : measure <= adequate ? 3 : 4;
    }

    /** @return as criteria.md writes them, e.g. {@code 95 / 85 / 70} or {@code ≤ 15 / 20 / 25} */
    public String describe() {
        if (evidence) {
            return "evidence";
        }
        String text = format(outstanding) + " / " + format(good) + " / " + format(adequate);
        return direction == Direction.LOWER_IS_BETTER ? "≤ " + text : text;
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}

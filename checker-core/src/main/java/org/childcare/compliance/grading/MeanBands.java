package org.childcare.compliance.grading;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The one place where a mean grade becomes a grade (grading.md "Area grade" 3): Outstanding when
 * the mean is below 2, Good from 2 to below 2.5, Adequate from 2.5 to 3, Inadequate above 3. Areas,
 * overall effectiveness and capacity for improvement all go through {@link #grade}, and the reasons
 * and the report's method section print the limits from here, so the rule cannot drift between them.
 *
 * <p><b>Why bands rather than rounding.</b> A mean of many grades regresses to the middle: plain
 * rounding at the half-points almost never gives Outstanding or Inadequate, which inspections give
 * to about a quarter of authorities. The bands make "better than Good on average" Outstanding and
 * "worse than Adequate on average" Inadequate.
 *
 * <p><b>Floating point.</b> Means are sums of products of decimal weights (1.7, 0.1…) that binary
 * floating point cannot hold exactly, so a mean that is exactly on a limit on paper can come out as
 * 2.4999999999999996 or 3.0000000000000004. A mean within {@link #TOLERANCE} of a limit counts as on
 * it, as the auditor's hand calculation would.
 */
public final class MeanBands {
    /** A mean below this is Outstanding. */
    public static final double OUTSTANDING_BELOW = 2.0;
    /** A mean from {@link #OUTSTANDING_BELOW} up to, not including, this is Good. */
    public static final double GOOD_BELOW = 2.5;
    /** A mean from {@link #GOOD_BELOW} up to and including this is Adequate; above it, Inadequate. */
    public static final double ADEQUATE_AT_MOST = 3.0;

    /** How close to a limit a mean must be to count as on it. */
    static final double TOLERANCE = 1e-9;

    private static final double[] LIMITS = {OUTSTANDING_BELOW, GOOD_BELOW, ADEQUATE_AT_MOST};

    private MeanBands() {
    }

    /** @return the grade, 1 (Outstanding) to 4 (Inadequate), of a mean of grades */
    public static int grade(double mean) {
        if (Double.isNaN(mean)) {
            throw new IllegalArgumentException("a mean of no grades has no grade");
        }
        if (mean < OUTSTANDING_BELOW - TOLERANCE) {
            return 1;
        }
        if (mean < GOOD_BELOW - TOLERANCE) {
            return 2;
        }
        if (mean <= ADEQUATE_AT_MOST + TOLERANCE) {
            return 3;
        }
        return 4;
    }

    /** @return the range of means that gives {@code grade}, as the reasons print it: "below 2", "2.5 to 3" */
    public static String range(int grade) {
        return switch (grade) {
            case 1 -> "below " + plain(OUTSTANDING_BELOW);
            case 2 -> plain(OUTSTANDING_BELOW) + " to below " + plain(GOOD_BELOW);
            case 3 -> plain(GOOD_BELOW) + " to " + plain(ADEQUATE_AT_MOST);
            case 4 -> "above " + plain(ADEQUATE_AT_MOST);
            default -> throw new IllegalArgumentException("grade must be 1 to 4, was " + grade);
        };
    }

    /** @return the grade's word followed by its range: "Outstanding (below 2)" */
    public static String describe(Framework framework, int grade) {
        return framework.word(grade) + " (" + range(grade) + ")";
    }

    /** @return whether the mean lies on one of the limits, within {@link #TOLERANCE} */
    static boolean onLimit(double mean) {
        for (double limit : LIMITS) {
            if (Math.abs(mean - limit) <= TOLERANCE) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two decimals, or more when two would print a mean that is not on a limit as one (1.996 as
     * "2.00"): the text must never show a mean on a limit beside the grade of the band next to it.
     */
    public static String format(double mean) {
        String text = String.format(Locale.ROOT, "%.2f", mean);
        for (int decimals = 3; !onLimit(mean) && onLimit(Double.parseDouble(text)) && decimals <= 12; decimals++) {
            text = String.format(Locale.ROOT, "%." + decimals + "f", mean);
        }
        return text;
    }

    /** "2", "2.5": a limit without trailing zeros. */
    private static String plain(double limit) {
        return BigDecimal.valueOf(limit).stripTrailingZeros().toPlainString();
    }
}

package org.childcare.compliance.generate;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Decides met or not met for a stream of elements so that the share met follows the rate closely
 * (systematic sampling, one accumulator per key): after n elements of a key the count met is within
 * one of {@code n * rate}. Independent draws would leave a 200-plan authority's CP-03 anywhere from
 * 86% to 94% at a rate of 0.9, across three grade bands; this keeps it at 90%, so tests and the
 * example grade as intended. Rate 0 never meets, rate 1 always does.
 */
final class Quota {
    private final long seed;
    private final Map<String, double[]> accumulators = new HashMap<>();

    Quota(long seed) {
        this.seed = seed;
    }

    /** Starting at a random point of the cycle. */
    boolean next(String key, double rate) {
        return step(key, rate, -1);
    }

    /**
     * Failures first: the first element fails unless the rate is 1, and after n elements exactly
     * {@code floor(n * rate)} have met, so even a small authority shows its failures.
     */
    boolean failuresFirst(String key, double rate) {
        return step(key, rate, 0);
    }

    /** Presence first, for features: the first element has it unless the share is 0. */
    boolean presentFirst(String key, double share) {
        return step(key, share, 1 - share);
    }

    private boolean step(String key, double rate, double start) {
        if (rate <= 0) {
            return false;
        }
        if (rate >= 1) {
            return true;
        }
        double[] acc = accumulators.computeIfAbsent(key, k -> new double[] {
            start >= 0 ? start : new SplittableRandom(seed * 31 + k.hashCode()).nextDouble()});
        acc[0] += rate;
        if (acc[0] >= 1 - 1e-12) {
            acc[0] = Math.max(0, acc[0] - 1);
            return true;
        }
        return false;
    }
}

package org.childcare.compliance.load;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean …": the closest known word by edit distance, if it is close enough. */
public final class Suggest {
    private Suggest() {}

    /** @return the candidate closest to {@code word}, or null when none is plausibly meant */
    public static String closest(String word, Collection<String> candidates) {
        String lower = word.toLowerCase(Locale.ROOT);
        String squashed = squash(lower);
        int limit = lower.length() <= 4 ? 1 : lower.length() <= 8 ? 2 : 3;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String c = candidate.toLowerCase(Locale.ROOT);
            int d = squash(c).equals(squashed) ? 0 : distance(lower, c);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return bestDistance <= limit && !word.equals(best) ? best : null;
    }

    /** date_of_birth, date-of-birth and DateOfBirth all squash to dateofbirth. */
    private static String squash(String lower) {
        return lower.replace("_", "").replace("-", "").replace(" ", "");
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
    public static int distance(String a, String b) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > 3) {
            return Math.abs(n - m);
        }
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[n][m];
    }
}

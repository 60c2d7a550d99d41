package org.childcare.compliance.source.cin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.childcare.compliance.model.Gender;
import org.childcare.compliance.model.PlanCategory;
import org.childcare.compliance.model.ReferralSource;

/**
 * The census's coded values and what they mean in format v1. Every year's codes from 2017 on are
 * accepted, whatever the year of the file: an authority's software does not always move with the
 * specification, and the meaning of a code has never changed, only which element carries it.
 */
final class CinCodes {
    private CinCodes() {}

    // first: REFERRAL_SOURCE below is built from them as the class initialises
    private static final Set<String> HEALTH = Set.of("3A", "3B", "3C", "3D", "3E", "3F");
    private static final Set<String> LA = Set.of("5A", "5B", "5C", "5D");

    /** {@code GenderCurrent}, the element until the 2023-24 census. */
    static final Map<String, Gender> GENDER_CURRENT = ordered(
            "0", Gender.UNKNOWN, "1", Gender.MALE, "2", Gender.FEMALE, "9", Gender.OTHER);

    /** {@code Sex}, the element that replaced {@code GenderCurrent}. */
    static final Map<String, Gender> SEX = ordered("M", Gender.MALE, "F", Gender.FEMALE, "U", Gender.UNKNOWN);

    /** {@code ReferralSource}: police, health services, schools, LA services and self as the format names them; every other source is other. */
    static final Map<String, ReferralSource> REFERRAL_SOURCE = referralSources();

    /** {@code LatestCategoryOfAbuse}. */
    static final Map<String, PlanCategory> CATEGORY = ordered(
            "NEG", PlanCategory.NEGLECT, "PHY", PlanCategory.PHYSICAL, "EMO", PlanCategory.EMOTIONAL,
            "SAB", PlanCategory.SEXUAL, "MUL", PlanCategory.MULTIPLE);

    /** {@code Disability}; {@code NONE} says the child has none. */
    static final List<String> DISABILITY = List.of(
            "NONE", "MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS", "BEH", "CON", "AUT", "DDA");

    /** {@code Ethnicity}: the DfE's ethnicity codes, with refused and not yet obtained. */
    static final List<String> ETHNICITY = List.of(
            "WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN",
            "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT");

    /** Yes/no elements ({@code ReferralNFA}): the schema says 0 and 1; some software writes true and false. */
    static final Map<String, Boolean> YES_NO = ordered("0", false, "1", true, "TRUE", true, "FALSE", false);

    private static Map<String, ReferralSource> referralSources() {
        Map<String, ReferralSource> sources = new LinkedHashMap<>();
        for (String code : List.of("1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F", "4",
                "5A", "5B", "5C", "5D", "6", "7", "8", "9", "10")) {
            ReferralSource source;
            if (code.equals("6")) {
                source = ReferralSource.POLICE;
            } else if (HEALTH.contains(code)) {
                source = ReferralSource.HEALTH;
            } else if (code.equals("2A")) {
                source = ReferralSource.SCHOOL;
            } else if (LA.contains(code)) {
                source = ReferralSource.LA;
            } else if (code.equals("1C")) {
                source = ReferralSource.SELF;
            } else {
                source = ReferralSource.OTHER;
            }
            sources.put(code, source);
        }
        return java.util.Collections.unmodifiableMap(sources);
    }

    /** @return the code as the tables spell it: trimmed, upper case (the census's codes are case-insensitive) */
    static String normalise(String text) {
        return text.trim().toUpperCase(Locale.ROOT);
    }

    /** @return the allowed codes for an error message: {@code 0, 1, 2, 9} */
    static String allowed(Iterable<String> codes) {
        return String.join(", ", codes);
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> ordered(Object... pairs) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (V) pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}

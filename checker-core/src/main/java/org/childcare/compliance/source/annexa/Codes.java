package org.childcare.compliance.source.annexa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.childcare.compliance.model.CareLeaverStatus;
import org.childcare.compliance.model.Gender;
import org.childcare.compliance.model.PlanCategory;
import org.childcare.compliance.model.ProviderKind;
import org.childcare.compliance.model.ReferralSource;

/**
 * The coded values of Annex A and how its labels are read: {@code a) WBRI}, {@code f) U6: Foster
 * placement - not FFA}, {@code C2: FCO}, {@code e) PR4 - Private provision} and bare codes all give
 * their code, the part before {@code :} or {@code  - } after an optional {@code x) } letter.
 */
final class Codes {
    private Codes() {}

    /** The {@code a) } or {@code aa. } that Annex A's drop-down lists put before each choice. */
    private static final Pattern LETTER = Pattern.compile("^\\(?[A-Za-z]{1,2}[).]\\s+");

    static String stripLetter(String text) {
        return LETTER.matcher(text).replaceFirst("").strip();
    }

    /**
     * The readings of a label to try against a code table, most specific first: the code before
     * {@code :}, the code before {@code  - }, the whole label, its first word.
     */
    static List<String> candidates(String text) {
        String t = stripLetter(text);
        List<String> out = new ArrayList<>(4);
        int colon = t.indexOf(':');
        if (colon > 0) {
            out.add(t.substring(0, colon).strip());
        }
        int dash = t.indexOf(" - ");
        if (dash > 0) {
            out.add(t.substring(0, dash).strip());
        }
        out.add(t);
        int space = t.indexOf(' ');
        if (space > 0) {
            out.add(t.substring(0, space).replaceAll("[\\[\\]()]", ""));
        }
        return out;
    }

    /**
     * One coded column's values.
     *
     * @param what what a value is, for messages: "a category of abuse"
     * @param shown the values to list in a message, as a user would type them
     * @param values every accepted spelling, lower-cased, to its value; a null value means "absent"
     */
    record Table<T>(String what, List<String> shown, Map<String, T> values) {

        /** The outcome of reading a label: a value, absent, or not a code of this table. */
        record Reading<T>(boolean known, T value, String suggestion) {}

        Reading<T> read(String text) {
            for (String candidate : candidates(text)) {
                String key = candidate.toLowerCase(Locale.ROOT);
                if (values.containsKey(key)) {
                    return new Reading<>(true, values.get(key), null);
                }
            }
            return new Reading<>(false, null, closest(stripLetter(text), shown));
        }

        String allowed() {
            return String.join(", ", shown);
        }
    }

    static final class Builder<T> {
        private final String what;
        private final List<String> shown = new ArrayList<>();
        private final Map<String, T> values = new LinkedHashMap<>();

        Builder(String what) {
            this.what = what;
        }

        /** Spellings of one value; the first is shown in messages. */
        Builder<T> add(T value, String... spellings) {
            shown.add(spellings[0]);
            return alias(value, spellings);
        }

        /** Spellings accepted but not shown in messages (old codes, synonyms). */
        Builder<T> alias(T value, String... spellings) {
            for (String s : spellings) {
                values.put(s.toLowerCase(Locale.ROOT), value);
            }
            return this;
        }

        Table<T> build() {
            // not Map.copyOf: a null value ("absent", e.g. PR0 or Not recorded) must be kept
            return new Table<>(what, List.copyOf(shown), java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values)));
        }
    }

    static final Table<Boolean> YES_NO = new Builder<Boolean>("yes or no")
            .add(true, "Yes", "Y", "1", "true").add(false, "No", "N", "0", "false").build();

    static final Table<PlanCategory> ABUSE = new Builder<PlanCategory>("a category of abuse")
            .add(PlanCategory.NEGLECT, "Neglect", "NEG")
            .add(PlanCategory.PHYSICAL, "Physical abuse", "Physical", "PHY")
            .add(PlanCategory.EMOTIONAL, "Emotional abuse", "Emotional", "EMO")
            .add(PlanCategory.SEXUAL, "Sexual abuse", "Sexual", "SAB")
            .add(PlanCategory.MULTIPLE, "Multiple", "MUL", "Multiple/not recommended")
            .build();

    static final Table<Gender> GENDER = new Builder<Gender>("a gender")
            .add(Gender.MALE, "Male", "M", "1")
            .add(Gender.FEMALE, "Female", "F", "2")
            .add(Gender.UNKNOWN, "Not stated/recorded", "U", "0", "Not stated", "Not recorded", "Not known")
            .add(Gender.OTHER, "Neither", "9", "Other", "Indeterminate")
            .build();

    /** CIN referral source codes (which Annex A list 3 labels carry: {@code q) 6: Police}), and the group names. */
    static final Table<ReferralSource> REFERRAL_SOURCE = referralSources();

    private static Table<ReferralSource> referralSources() {
        Builder<ReferralSource> b = new Builder<>("a referral source");
        b.add(ReferralSource.SELF, "1C", "Self");
        b.add(ReferralSource.SCHOOL, "2A", "Schools", "School");
        b.add(ReferralSource.HEALTH, "3A", "3B", "3C", "3D", "3E", "3F", "Health services", "Health");
        b.add(ReferralSource.LA, "5A", "5B", "5C", "5D", "LA services", "Local authority services");
        b.add(ReferralSource.POLICE, "6", "Police");
        b.add(ReferralSource.OTHER, "1A", "1B", "1D", "2B", "4", "7", "8", "9", "10", "Individual", "Education services",
                "Housing", "Other legal agency", "Other", "Anonymous");
        return b.build();
    }

    /** DfE ethnicity codes. */
    static final Table<String> ETHNICITY = codes("an ethnicity code",
            "WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN", "AOTH",
            "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT");

    /** SSDA903 legal status codes, every year from 2017. */
    static final Table<String> LEGAL_STATUS = codes("a legal status",
            "C1", "C2", "D1", "E1", "J1", "J2", "J3", "L1", "L2", "L3", "V2", "V3", "V4");

    /** SSDA903 placement codes, every year from 2017 (K3 from 2024-25, Z11 to Z14 from 2025-26). */
    static final Table<String> PLACEMENT_CODE = codes("a placement type",
            "A3", "A4", "A5", "A6", "H5", "K1", "K2", "K3", "P1", "P2", "P3", "R1", "R2", "R3", "R5", "S1",
            "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z1", "Z11", "Z12", "Z13", "Z14");

    static final Table<ProviderKind> PROVIDER = new Builder<ProviderKind>("a placement provider")
            .add(ProviderKind.IN_HOUSE, "PR1", "Own provision")
            .add(ProviderKind.INDEPENDENT, "PR2", "Other LA provision")
            .alias(ProviderKind.INDEPENDENT, "PR3", "Other public provision", "PR4", "Private provision", "PR5", "Voluntary/third sector provision")
            .add(null, "PR0", "Parents or other person with parental responsibility")
            .build();

    static final Table<CareLeaverStatus> ELIGIBILITY = new Builder<CareLeaverStatus>("an eligibility category")
            .add(CareLeaverStatus.RELEVANT, "Relevant", "Relevant child")
            .add(CareLeaverStatus.FORMER_RELEVANT, "Former relevant", "Former relevant child", "Former relevant young person")
            .add(CareLeaverStatus.QUALIFYING, "Qualifying", "Qualifying care leaver", "Qualifying young person")
            .add(CareLeaverStatus.ELIGIBLE, "Eligible", "Eligible child")
            .add(null, "Other")
            .build();

    /** LA in touch: yes or no, or the SSDA903 OC3 IN_TOUCH codes. */
    static final Table<Boolean> IN_TOUCH = new Builder<Boolean>("an in-touch value")
            .add(true, "Yes", "Y", "1", "In touch", "YES", "true")
            .add(false, "No", "N", "0", "Not in touch", "NO", "REFU", "false")
            .add(null, "Not recorded", "DIED", "NREQ", "RHOM", "Exclude")
            .build();

    static final Table<Boolean> SUITABILITY = new Builder<Boolean>("a suitability of accommodation")
            .add(true, "Suitable", "1", "Yes", "Y")
            .add(false, "Not suitable", "2", "No", "N")
            .add(null, "Not in touch or not recorded", "0", "Exclude")
            .build();

    /** SSDA903 OC3 activity codes: F* and P* in education, employment or training; G* not; 0 not known. */
    static final Table<Boolean> ACTIVITY = new Builder<Boolean>("an activity status")
            .add(true, "F1", "F2", "F3", "F4", "F5", "P1", "P2", "P3", "P4", "P5")
            .add(false, "G1", "G2", "G3", "G4", "G5", "G6")
            .add(null, "0")
            .build();

    private static Table<String> codes(String what, String... codes) {
        Builder<String> b = new Builder<>(what);
        for (String c : codes) {
            b.add(c, c);
        }
        return b.build();
    }

    /** The shown value closest to {@code word} by edit distance, when close enough to be a slip. */
    static String closest(String word, List<String> candidates) {
        String lower = word.toLowerCase(Locale.ROOT);
        int limit = lower.length() <= 4 ? 1 : lower.length() <= 8 ? 2 : 3;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return bestDistance <= limit ? best : null;
    }

    /** The loader's edit distance, so that every "did you mean" of the checker suggests alike. */
    static int distance(String a, String b) {
        return org.childcare.compliance.load.Suggest.distance(a, b);
    }
}

package org.childcare.compliance.report.format;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.childcare.compliance.catalogue.Timescale;
import org.childcare.compliance.engine.PartFigure;
import org.childcare.compliance.report.AreaForImprovement;
import org.childcare.compliance.report.AreaJudgement;
import org.childcare.compliance.report.CriterionResult;
import org.childcare.compliance.report.PreviousFigure;
import org.childcare.compliance.report.Report;

/**
 * Wording shared by the formats, so that HTML, Markdown, JUnit and SARIF say the same thing the same
 * way: numbers, dates, grade words, trends, timescales. Locale-independent and deterministic.
 */
final class ReportText {
    static final String GRADED = "graded";
    static final String INSUFFICIENT = "insufficient-evidence";

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private ReportText() {}

    /**
     * Makes data safe for any text output: null becomes empty; control characters (other than tab
     * and newline), unpaired surrogates and the non-characters U+FFFE/U+FFFF, none of which XML 1.0
     * allows, become U+FFFD; CR LF and CR become LF.
     */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String replacement = null;
            if (c == '\r') {
                replacement = (i + 1 < n && s.charAt(i + 1) == '\n') ? "" : "\n";
            } else if ((c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7f && c <= 0x9f) || c == 0xfffe || c == 0xffff) {
                replacement = "\uFFFD";
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    if (out != null) {
                        out.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
                replacement = "\uFFFD";
            } else if (Character.isLowSurrogate(c)) {
                replacement = "\uFFFD";
            }
            if (replacement != null) {
                if (out == null) {
                    out = new StringBuilder(n + 16).append(s, 0, i);
                }
                out.append(replacement);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /** {@link #clean} on one line: newlines and tabs become spaces. */
    static String oneLine(String s) {
        return clean(s).replace('\n', ' ').replace('\t', ' ');
    }

    /** 46.7, 66 (a whole number loses its ".0"), or "–" for null. */
    static String number(Double value) {
        if (value == null) {
            return "–";
        }
        if (value.isNaN() || value.isInfinite()) {
            return String.valueOf(value);
        }
        String text = String.format(Locale.ROOT, "%.1f", value);
        if (text.endsWith(".0")) {
            text = text.substring(0, text.length() - 2);
        }
        return "-0".equals(text) ? "0" : text;
    }

    /** 1,234 */
    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** Whether the criterion's measure is an average (WF-01's caseload) rather than a percentage. */
    static boolean isAverage(CriterionResult c) {
        String text = c.measureText();
        return text != null && text.strip().toLowerCase(Locale.ROOT).startsWith("average");
    }

    /** The criterion's measure with its unit: "46.7%", "21.4" for an average, "–" when none. */
    static String measure(CriterionResult c, Double value) {
        if (value == null) {
            return "–";
        }
        return number(value) + (isAverage(c) ? "" : "%");
    }

    static String measure(CriterionResult c) {
        return measure(c, c.measure());
    }

    /**
     * "56 of 120" for a rate, "over 40 workers" for an average, empty when there is no population.
     * For a criterion measured by its lowest part (CP-02's agencies) the lowest part's own counts,
     * "school: 40 of 85": the criterion has no members of its own, so "0 of 85" would mislead.
     */
    static String fraction(CriterionResult c) {
        PartFigure lowest = lowestPart(c);
        if (lowest != null) {
            return lowestPartName(c) + ": " + count(lowest.met()) + " of " + count(lowest.population());
        }
        if (c.population() <= 0) {
            return "";
        }
        if (isAverage(c)) {
            return "over " + count(c.population());
        }
        return count(c.met()) + " of " + count(c.population());
    }

    /** The part a lowest-part criterion's measure came from (the engine's explanation "lowest: school"), or null. */
    static PartFigure lowestPart(CriterionResult c) {
        String name = lowestPartName(c);
        return name == null || c.parts() == null ? null : c.parts().get(name);
    }

    private static String lowestPartName(CriterionResult c) {
        String e = c.explanation();
        return e != null && e.startsWith(LOWEST) ? e.substring(LOWEST.length()).strip() : null;
    }

    /** How the engine explains a lowest-part measure: {@code lowest: <part>}. */
    private static final String LOWEST = "lowest: ";

    /** Plain-English names of the format's sections, for {@link #needInWords}. */
    private static final Map<String, String> SECTION_WORDS = Map.ofEntries(
            Map.entry("children", "children"), Map.entry("referrals", "referrals"), Map.entry("assessments", "assessments"),
            Map.entry("s47Enquiries", "section 47 enquiries"), Map.entry("protectionPlans", "child protection plans"),
            Map.entry("icpc", "initial child protection conference"), Map.entry("careEpisodes", "care episodes"),
            Map.entry("placements", "placements"), Map.entry("reviews", "reviews"), Map.entry("visits", "visits"),
            Map.entry("careLeaver", "care leaver record"), Map.entry("pathwayPlan", "pathway plan"),
            Map.entry("workforce", "workforce"), Map.entry("workers", "workers"), Map.entry("lado", "LADO"),
            Map.entry("allegations", "allegations"), Map.entry("complaints", "complaints"),
            Map.entry("partnership", "partnership"), Map.entry("lscb", "LSCB"), Map.entry("meetings", "meetings"),
            Map.entry("healthAssessments", "health assessments"), Map.entry("personalEducationPlans", "personal education plans"),
            Map.entry("missingEpisodes", "missing episodes"), Map.entry("quality", "audit of its quality"),
            Map.entry("supervision", "supervision sessions"), Map.entry("trainingCompliance", "training compliance figures"));

    /**
     * A field the format defines, in words a reader can act on: {@code children[].protectionPlans[].visits}
     * becomes "add `visits` to the child protection plans (children[].protectionPlans[].visits)".
     */
    static String needInWords(String path) {
        if (path == null || path.isBlank() || !path.matches("[A-Za-z0-9\\[\\]._]+")) {
            return path;
        }
        String[] parts = path.replace("[]", "").split("\\.");
        String field = parts[parts.length - 1];
        if (parts.length == 1) {
            return "add `" + field + "` (" + path + ")";
        }
        String owner = SECTION_WORDS.getOrDefault(parts[parts.length - 2], parts[parts.length - 2]);
        return "add `" + field + "` to the " + owner + " (" + path + ")";
    }

    static String date(LocalDate date) {
        return date == null ? "–" : LONG_DATE.format(date);
    }

    static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    static String period(Report.Period period) {
        if (period == null) {
            return "–";
        }
        return date(period.start()) + " to " + date(period.end());
    }

    /** The grade word for {@code grade} in the framework, when the data has none. */
    static String gradeWord(Integer grade, String framework) {
        if (grade == null) {
            return "Not graded";
        }
        switch (grade) {
            case 1:
                return "Outstanding";
            case 2:
                return "Good";
            case 3:
                return "ilacs-2023".equals(framework) ? "Requires improvement to be good" : "Adequate";
            case 4:
                return "Inadequate";
            default:
                return "Grade " + grade;
        }
    }

    static String word(Integer grade, String word, String framework) {
        return word == null || word.isBlank() ? gradeWord(grade, framework) : oneLine(word);
    }

    /** "Inadequate (4)" or "Not graded: insufficient evidence". */
    static String grade(Integer grade, String word, String framework) {
        if (grade == null) {
            return "Not graded: insufficient evidence";
        }
        return word(grade, word, framework) + " (" + grade + ")";
    }

    static String grade(CriterionResult c, String framework) {
        return grade(c.grade(), c.word(), framework);
    }

    static String grade(AreaJudgement a, String framework) {
        return grade(a.grade(), a.word(), framework);
    }

    static String previousGrade(PreviousFigure p, String framework) {
        if (p == null) {
            return "–";
        }
        return p.grade() == null ? "Not graded" : word(p.grade(), p.word(), framework) + " (" + p.grade() + ")";
    }

    /** improved, declined, held, or null when there is nothing to compare. */
    static String trend(Integer now, PreviousFigure previous) {
        if (now == null || previous == null || previous.grade() == null) {
            return null;
        }
        int cmp = Integer.compare(now, previous.grade());
        return cmp < 0 ? "improved" : cmp > 0 ? "declined" : "held";
    }

    static String trend(CriterionResult c) {
        String t = c.trend();
        if (t != null && !t.isBlank()) {
            return oneLine(t);
        }
        return trend(c.grade(), c.previous());
    }

    static String trend(AreaJudgement a) {
        return trend(a.grade(), a.previous());
    }

    /** ▲ improved, ▼ declined, ► held; empty for null. */
    static String arrow(String trend) {
        if (trend == null) {
            return "";
        }
        switch (trend) {
            case "improved":
                return "▲";
            case "declined":
                return "▼";
            case "held":
                return "►";
            default:
                return "";
        }
    }

    static String trendText(String trend) {
        if (trend == null) {
            return "";
        }
        String arrow = arrow(trend);
        return arrow.isEmpty() ? trend : arrow + " " + trend;
    }

    static String frameworkName(String framework) {
        if ("slac-2009".equals(framework)) {
            return "Ofsted inspection of safeguarding and looked after children services (2009)";
        }
        if ("ilacs-2023".equals(framework)) {
            return "Ofsted inspection of local authority children's services (ILACS)";
        }
        return oneLine(framework);
    }

    static String profileName(String profile) {
        if (profile == null) {
            return "";
        }
        switch (profile) {
            case "full":
                return "Full inspection";
            case "unannounced-cra":
                return "Unannounced inspection of contact, referral and assessment";
            case "focused-visit-children-in-care":
                return "Focused visit: children in care";
            default:
                return oneLine(profile);
        }
    }

    /** The heading of a timescale code: Immediately, Within three months, Within six months. */
    static String timescaleHeading(String code) {
        try {
            return Timescale.fromCode(code).heading();
        } catch (IllegalArgumentException | NullPointerException e) {
            return code == null || code.isBlank() ? "No timescale given" : "Timescale " + oneLine(code);
        }
    }

    private static int timescaleRank(String code) {
        try {
            return Timescale.fromCode(code).ordinal();
        } catch (IllegalArgumentException | NullPointerException e) {
            return Timescale.values().length;
        }
    }

    /**
     * The areas for improvement grouped by timescale heading, soonest first, each group in the
     * report's order. Every known timescale has a group, possibly empty.
     */
    static Map<String, List<AreaForImprovement>> byTimescale(List<AreaForImprovement> items) {
        List<AreaForImprovement> sorted = new ArrayList<>(items == null ? List.of() : items);
        sorted.sort(Comparator.comparingInt(a -> timescaleRank(a.timescale())));
        Map<String, List<AreaForImprovement>> groups = new LinkedHashMap<>();
        for (Timescale t : Timescale.values()) {
            groups.put(t.heading(), new ArrayList<>());
        }
        for (AreaForImprovement a : sorted) {
            groups.computeIfAbsent(timescaleHeading(a.timescale()), k -> new ArrayList<>()).add(a);
        }
        return groups;
    }

    /** The judgements of one section, derived rows (overall effectiveness, capacity) first. */
    static Map<String, List<AreaJudgement>> bySection(List<AreaJudgement> judgements) {
        Map<String, List<AreaJudgement>> sections = new LinkedHashMap<>();
        for (AreaJudgement j : judgements == null ? List.<AreaJudgement>of() : judgements) {
            String section = j.section() == null || j.section().isBlank() ? "Judgements" : oneLine(j.section());
            sections.computeIfAbsent(section, k -> new ArrayList<>()).add(j);
        }
        for (List<AreaJudgement> rows : sections.values()) {
            rows.sort(Comparator.comparing(j -> !j.derived()));
        }
        return sections;
    }

    static boolean graded(CriterionResult c) {
        return c.grade() != null && !INSUFFICIENT.equals(c.status());
    }

    static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** "C0001 (record P1)", "C0001", "record P1" or "(no id)". */
    static String subject(String subject, String record) {
        String s = oneLine(subject);
        String r = oneLine(record);
        if (s.isEmpty() && r.isEmpty()) {
            return "(no id)";
        }
        if (r.isEmpty() || r.equals(s)) {
            return s;
        }
        return s.isEmpty() ? "record " + r : s + " (record " + r + ")";
    }

    /** "children/team-a.yaml:120", the file alone when the line is unknown, empty when no file. */
    static String location(String file, int line) {
        String f = oneLine(file);
        if (f.isEmpty()) {
            return "";
        }
        return line > 0 ? f + ":" + line : f;
    }
}

package org.childcare.compliance.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.childcare.compliance.engine.RuleSource;
import org.childcare.compliance.grading.Framework;

/**
 * The criteria reference (docs/criteria.md): one section per criterion, headed by its ID, made
 * from the catalogue and the rule files themselves so that it cannot drift from what runs. For
 * each criterion: what it measures, where it counts, its parameters, bands and flags, the action
 * an area for improvement asks for, its source, and each rule that computes it with the rule's
 * own comment, file and line.
 */
public final class CriteriaDocument {
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");

    private CriteriaDocument() {}

    /** A rule as written: its name, where it starts, and the comment just above it. */
    record WrittenRule(String name, String file, int line, List<String> comment, List<String> helpers) {}

    /** A call of a tested Java helper from a rule: {@code IntervalWalk.of(}, {@code ChildProtectionFacts.visitsMet(}. */
    private static final Pattern HELPER = Pattern.compile(
            "\\b([A-Z][A-Za-z0-9]*(?:Facts|Checks)|IntervalWalk|Span|Dates)\\.([a-z][A-Za-z0-9]*)\\s*\\(");

    /** @return the document, the same bytes for the same catalogue and rules */
    public static String render(Catalogue catalogue, List<RuleSource> sources) {
        List<WrittenRule> rules = rulesOf(sources);
        Framework slac = Framework.of(Framework.SLAC_2009);
        Framework ilacs = Framework.of(Framework.ILACS_2023);
        StringBuilder out = new StringBuilder();
        out.append("# Criteria\n\n");
        out.append("<!-- Generated from the catalogue and the rule files by CriteriaDocument; CriteriaDocumentTest\n");
        out.append("     fails when it is out of date. Rewrite it with: mvn -pl rules test -Dtest=CriteriaDocumentTest -Ddocs.update=true -->\n\n");
        out.append("Every criterion the bundled rules judge, by ID: the same ID is the prefix of its rule names,\n");
        out.append("its catalogue entry (`rules/src/main/resources/org/childcare/compliance/rules/<concern>.yaml`),\n");
        out.append("its fixture folder (`rules/src/test/resources/fixtures/<ID>/`) and its tests. Parameters are\n");
        out.append("the defaults; an authority sets its own under `standards:` (e.g. `CP-03.maxIntervalWorkingDays: 8`).\n");
        out.append("Bands give the lowest measure for Outstanding / Good / Adequate (`≤`: the highest, where lower\n");
        out.append("is better). How measures become grades and judgements is described in `grading.md`.\n\n");
        List<String> values = catalogue.all().stream().filter(c -> c.aggregation() == Aggregation.VALUE).map(Criterion::id)
                .sorted().toList();
        out.append("Rules decide, Java derives: each criterion's rules state, one rule per verdict, when a record is met,\n");
        out.append("breached, critical, not yet due or missing data (a record without the data a criterion needs is\n");
        out.append("missing, never a breach); the Java helpers each rule calls (listed under it) only derive facts such as\n");
        out.append("intervals, due dates and ages, and word the findings. `VerdictsInRulesTest` holds every criterion to\n");
        out.append("this. The exception: criteria measured as one figure for the whole authority ("
                + String.join(", ", values) + ") have no\n");
        out.append("members to find met or breached; their rules insert the figure a helper computes, and the bands grade\n");
        out.append("it like any other measure.\n\n");
        String concern = null;
        for (Criterion c : catalogue.all().stream()
                .sorted(Comparator.comparingInt((Criterion x) -> concernRank(x.concern())).thenComparing(Criterion::concern)
                        .thenComparing(Criterion::id))
                .toList()) {
            if (!c.concern().equals(concern)) {
                concern = c.concern();
                out.append("## ").append(heading(concern)).append("\n\n");
            }
            out.append("### ").append(c.id()).append(' ').append(c.title()).append("\n\n");
            out.append(c.measure() == null ? "" : "Measures: " + c.measure() + ".\n\n");
            out.append("| | |\n|---|---|\n");
            row(out, "slac-2009 areas", areas(c.areasIn(Framework.SLAC_2009), slac));
            row(out, "ilacs-2023 judgements", areas(c.areasIn(Framework.ILACS_2023), ilacs));
            row(out, "parameters", parameters(c.defaults()));
            row(out, "bands", "`" + c.bands().describe() + "`");
            row(out, "weight", number(c.weight()));
            List<String> flags = new ArrayList<>();
            if (c.limiting()) {
                flags.add("limiting (the area's grade can be no better than this criterion's)");
            }
            if (c.critical()) {
                flags.add("raises critical findings on individual children");
            }
            row(out, "flags", flags.isEmpty() ? "none" : String.join("; ", flags));
            row(out, "level", c.level() + (c.aggregation() == null ? "" : ", " + c.aggregation().name().toLowerCase(Locale.ROOT).replace('_', '-')));
            row(out, "area for improvement", c.timescale().code() + ": " + c.action());
            row(out, "data needed", c.needs().isEmpty() ? "none" : "`" + String.join("`, `", c.needs()) + "`"
                    + " (a record without it is counted as missing data, never as a breach)");
            row(out, "source", c.source());
            row(out, "catalogue", "`" + c.concern() + ".yaml`");
            out.append('\n');
            for (WrittenRule r : rules) {
                if (r.name().equals(c.id()) || r.name().startsWith(c.id() + " ")) {
                    out.append("- rule `").append(r.name()).append("` (`").append(r.file()).append("` line ").append(r.line()).append(")");
                    if (!r.helpers().isEmpty()) {
                        out.append(", helpers `").append(String.join("`, `", r.helpers())).append('`');
                    }
                    if (!r.comment().isEmpty()) {
                        out.append(": ").append(String.join(" ", r.comment()));
                    }
                    out.append('\n');
                }
            }
            out.append('\n');
        }
        return out.toString().replaceAll("\n{3,}", "\n\n");
    }

    /** The concerns in the order of the catalogue's own files; an auditor's come after, by name. */
    private static final List<String> CONCERNS = List.of("contact-referral-assessment", "child-protection", "looked-after",
            "health", "education", "care-leavers", "workforce", "supervision-and-recording", "partnership", "equality", "evidence");

    private static int concernRank(String concern) {
        int i = CONCERNS.indexOf(concern);
        return i < 0 ? CONCERNS.size() : i;
    }

    private static final Map<String, String> HEADINGS = Map.ofEntries(
            Map.entry("contact-referral-assessment", "Contact, referral and assessment"),
            Map.entry("supervision-and-recording", "Supervision and recording"),
            Map.entry("partnership", "Partnership (LSCB, LADO, complaints, training)"),
            Map.entry("evidence", "Evidence criteria"));

    /** "child-protection" → "Child protection" */
    private static String heading(String concern) {
        if (HEADINGS.containsKey(concern)) {
            return HEADINGS.get(concern);
        }
        String words = concern.replace('-', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static void row(StringBuilder out, String name, String value) {
        out.append("| ").append(name).append(" | ").append(value.replace("|", "\\|").replace("\n", " ")).append(" |\n");
    }

    private static String areas(List<String> keys, Framework framework) {
        if (keys.isEmpty()) {
            return "none";
        }
        List<String> named = new ArrayList<>();
        for (String key : keys) {
            Framework.Row row = framework.row(key);
            named.add(row == null ? key : key + " (" + row.title() + ")");
        }
        return String.join("; ", named);
    }

    private static String parameters(Map<String, Double> defaults) {
        if (defaults.isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        defaults.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> parts.add("`" + e.getKey() + "` " + number(e.getValue())));
        return String.join(", ", parts);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    /** Every rule of the DRL files, with the run of {@code //} comment lines just above it. */
    static List<WrittenRule> rulesOf(List<RuleSource> sources) {
        List<WrittenRule> rules = new ArrayList<>();
        for (RuleSource s : sources) {
            if (!s.isDrl()) {
                continue;
            }
            List<String> lines = s.text().lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = RULE.matcher(lines.get(i));
                if (!m.find()) {
                    continue;
                }
                List<String> comment = new ArrayList<>();
                for (int j = i - 1; j >= 0 && lines.get(j).strip().startsWith("//"); j--) {
                    comment.add(0, lines.get(j).strip().substring(2).strip());
                }
                java.util.Set<String> helpers = new java.util.TreeSet<>();
                for (int j = i + 1; j < lines.size() && !lines.get(j).strip().equals("end"); j++) {
                    Matcher h = HELPER.matcher(lines.get(j));
                    while (h.find()) {
                        helpers.add(h.group(1) + "." + h.group(2));
                    }
                }
                rules.add(new WrittenRule(m.group(1), s.name(), i + 1, comment, List.copyOf(helpers)));
            }
        }
        return rules;
    }
}

package org.childcare.compliance.report.format;

import static org.childcare.compliance.report.format.ReportText.list;
import static org.childcare.compliance.report.format.ReportText.oneLine;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.childcare.compliance.engine.Finding;
import org.childcare.compliance.report.AreaJudgement;
import org.childcare.compliance.report.CriterionResult;
import org.childcare.compliance.report.PreviousFigure;
import org.childcare.compliance.report.Report;

/**
 * {@code report.sarif}: findings as SARIF 2.1.0 static-analysis results, so that code-scanning
 * tools show them against the self-assessment's YAML lines. The criteria are the rules; each
 * finding is a result: {@code error} when critical or its criterion is Inadequate, {@code warning}
 * when its criterion is graded 3, {@code note} otherwise.
 */
public final class SarifReportFormat implements ReportFormat {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String TOOL = "compliance-checker";
    /** The base code scanning resolves a relative URI against: the root of the repository checked out. */
    static final String SOURCE_ROOT_BASE = "%SRCROOT%";

    private final String sourceRoot;

    /** Finding files as the report names them: relative to the self-assessment's folder. */
    public SarifReportFormat() {
        this("");
    }

    /**
     * @param sourceRoot the self-assessment's folder relative to the repository root (e.g.
     *     {@code self-assessment}), so that code scanning can open the file of each finding;
     *     empty when unknown
     */
    public SarifReportFormat(String sourceRoot) {
        String root = sourceRoot == null ? "" : sourceRoot.replace('\\', '/');
        while (root.endsWith("/")) {
            root = root.substring(0, root.length() - 1);
        }
        this.sourceRoot = root.equals(".") ? "" : root;
    }

    @Override
    public String name() {
        return "sarif";
    }

    @Override
    public String fileName() {
        return "report.sarif";
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        JsonSupport.write(withoutNulls(sarif(report, sourceRoot)), out);
    }

    static Map<String, Object> sarif(Report r) {
        return sarif(r, "");
    }

    static Map<String, Object> sarif(Report r, String sourceRoot) {
        String fw = r.framework();
        List<Object> rules = new ArrayList<>();
        List<Object> results = new ArrayList<>();
        List<CriterionResult> criteria = list(r.criteria());
        for (int index = 0; index < criteria.size(); index++) {
            CriterionResult c = criteria.get(index);
            rules.add(rule(c, fw));
            for (Finding f : list(c.findings())) {
                results.add(result(c, index, f, fw, sourceRoot));
            }
        }

        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", TOOL);
        if (r.rules() != null && r.rules().version() != null) {
            driver.put("version", oneLine(r.rules().version()));
        }
        driver.put("rules", rules);

        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("columnKind", "unicodeCodePoints");
        run.put("results", results);
        run.put("properties", runProperties(r, fw));

        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        log.put("runs", List.of(run));
        return log;
    }

    private static Map<String, Object> runProperties(Report r, String fw) {
        Map<String, Object> p = new LinkedHashMap<>();
        if (r.authority() != null) {
            p.put("authority", oneLine(r.authority().name()));
            p.put("authorityCode", oneLine(r.authority().code()));
        }
        if (r.period() != null) {
            p.put("period", Map.of("start", ReportText.iso(r.period().start()), "end", ReportText.iso(r.period().end())));
        }
        p.put("asAt", ReportText.iso(r.asAt()));
        p.put("framework", oneLine(fw));
        p.put("profile", oneLine(r.profile()));
        if (r.gate() != null) {
            p.put("gatePassed", r.gate().passed());
            p.put("gateReasons", list(r.gate().reasons()).stream().map(ReportText::oneLine).toList());
        }
        if (r.previous() != null && r.previous().period() != null) {
            p.put("previousPeriod", Map.of("start", ReportText.iso(r.previous().period().start()), "end",
                    ReportText.iso(r.previous().period().end())));
        }
        List<Object> judgements = new ArrayList<>();
        for (AreaJudgement a : list(r.judgements())) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("area", oneLine(a.area()));
            j.put("title", oneLine(a.title()));
            j.put("grade", a.grade());
            j.put("word", ReportText.word(a.grade(), a.word(), fw));
            j.put("previous", previous(a.previous(), null, fw));
            j.put("trend", ReportText.trend(a));
            judgements.add(j);
        }
        p.put("judgements", judgements);
        return p;
    }

    private static Map<String, Object> rule(CriterionResult c, String fw) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("id", oneLine(c.id()));
        rule.put("name", identifier(c.title(), c.id()));
        rule.put("shortDescription", Map.of("text", nonEmpty(oneLine(c.title()), oneLine(c.id()))));
        rule.put("fullDescription", Map.of("text", nonEmpty(oneLine(c.measureText()), oneLine(c.title()))));
        StringBuilder help = new StringBuilder();
        help.append(nonEmpty(oneLine(c.measureText()), oneLine(c.title()))).append('.');
        if (c.bands() != null) {
            help.append(" Bands (Outstanding / Good / ").append(ReportText.gradeWord(3, fw)).append("): ")
                    .append(oneLine(c.bands())).append('.');
        }
        if (c.reference() != null && !c.reference().isBlank()) {
            help.append(" Standard from: ").append(oneLine(c.reference())).append('.');
        }
        rule.put("help", Map.of("text", help.toString()));
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("areas", list(c.areas()).stream().map(ReportText::oneLine).toList());
        p.put("tags", list(c.areas()).stream().map(ReportText::oneLine).toList());
        p.put("status", oneLine(c.status()));
        p.put("measure", c.measure());
        p.put("population", c.population());
        p.put("met", c.met());
        p.put("grade", ReportText.graded(c) ? c.grade() : null);
        p.put("word", ReportText.graded(c) ? ReportText.word(c.grade(), c.word(), fw) : null);
        p.put("bands", c.bands() == null ? null : oneLine(c.bands()));
        p.put("reference", c.reference() == null ? null : oneLine(c.reference()));
        p.put("weight", c.weight());
        p.put("limiting", c.limiting());
        p.put("timescale", c.timescale() == null ? null : oneLine(c.timescale()));
        p.put("critical", c.critical());
        p.put("findingsTotal", Math.max(c.findingsTotal(), list(c.findings()).size()));
        p.put("inProfile", c.inProfile());
        if (!ReportText.graded(c)) {
            p.put("missing", c.missing().needs().stream().map(ReportText::oneLine).toList());
        }
        p.put("previous", previous(c.previous(), c, fw));
        p.put("trend", ReportText.trend(c));
        rule.put("properties", p);
        return rule;
    }

    private static Map<String, Object> previous(PreviousFigure p, CriterionResult c, String fw) {
        if (p == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        if (c != null) {
            m.put("measure", p.measure());
        }
        m.put("grade", p.grade());
        m.put("word", p.grade() == null ? null : ReportText.word(p.grade(), p.word(), fw));
        return m;
    }

    /** SARIF leaves out what has no value: a copy without null map entries, at every level. */
    static Object withoutNulls(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                if (v != null) {
                    out.put(String.valueOf(k), withoutNulls(v));
                }
            });
            return out;
        }
        if (value instanceof List<?> items) {
            List<Object> out = new ArrayList<>();
            for (Object item : items) {
                out.add(withoutNulls(item));
            }
            return out;
        }
        return value;
    }

    static String level(CriterionResult c, Finding f) {
        if (f.critical() || (ReportText.graded(c) && c.grade() == 4)) {
            return "error";
        }
        if (ReportText.graded(c) && c.grade() == 3) {
            return "warning";
        }
        return "note";
    }

    private static Map<String, Object> result(CriterionResult c, int ruleIndex, Finding f, String fw, String sourceRoot) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ruleId", oneLine(c.id()));
        result.put("ruleIndex", ruleIndex);
        result.put("level", level(c, f));
        String subject = ReportText.subject(f.subject(), f.record());
        result.put("message", Map.of("text", (f.critical() ? "Critical: " : "") + subject + ": " + oneLine(f.message())
                + " [" + oneLine(c.id()) + " " + ReportText.measure(c) + ", "
                + ReportText.grade(ReportText.graded(c) ? c.grade() : null, c.word(), fw) + "]"));
        String uri = uri(f.file());
        if (uri != null) {
            Map<String, Object> physical = new LinkedHashMap<>();
            physical.put("artifactLocation", sourceRoot.isEmpty() ? Map.of("uri", uri)
                    : Map.of("uri", uri(sourceRoot) + "/" + uri, "uriBaseId", SOURCE_ROOT_BASE));
            if (f.place() != null) {
                // a workbook has no lines to open at: the sheet and cell are its logical location
                Map<String, Object> location = new LinkedHashMap<>();
                location.put("physicalLocation", physical);
                location.put("logicalLocations", List.of(Map.of("name", oneLine(f.place()), "kind", "element")));
                result.put("locations", List.of(location));
            } else {
                if (f.line() > 0) {
                    physical.put("region", Map.of("startLine", f.line()));
                }
                result.put("locations", List.of(Map.of("physicalLocation", physical)));
            }
        }
        result.put("partialFingerprints", Map.of("complianceFinding/v1",
                fingerprint(c.id(), f.subject(), f.record(), f.message())));
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("subject", f.subject() == null ? null : oneLine(f.subject()));
        p.put("record", f.record() == null ? null : oneLine(f.record()));
        p.put("critical", f.critical());
        p.put("grade", ReportText.graded(c) ? c.grade() : null);
        p.put("measure", c.measure());
        p.put("previous", previous(c.previous(), c, fw));
        p.put("trend", ReportText.trend(c));
        result.put("properties", p);
        return result;
    }

    /**
     * The finding's file as a relative URI reference: backslashes become slashes, a leading
     * {@code ./} goes, and anything that is not a URI path character is percent-encoded.
     *
     * @return null when there is no file
     */
    static String uri(String file) {
        if (file == null || file.isBlank()) {
            return null;
        }
        String path = ReportText.clean(file).replace('\\', '/');
        while (path.startsWith("./")) {
            path = path.substring(2);
        }
        StringBuilder b = new StringBuilder();
        for (byte by : path.getBytes(StandardCharsets.UTF_8)) {
            int ch = by & 0xff;
            if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')
                    || "-._~/!$&'()*+,;=@".indexOf(ch) >= 0 || (ch == ':' && b.indexOf("/") >= 0)) {
                b.append((char) ch);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(ch >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(ch & 0xf, 16)));
            }
        }
        return b.toString();
    }

    /** A stable identity of a finding across runs, unaffected by its line moving. */
    static String fingerprint(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha.update(ReportText.clean(part).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** "Initial conferences in time" becomes "InitialConferencesInTime"; the ID when the title has no letters. */
    static String identifier(String title, String id) {
        StringBuilder b = new StringBuilder();
        boolean upper = true;
        for (char ch : ReportText.clean(title).toCharArray()) {
            if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')) {
                b.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            } else {
                upper = true;
            }
        }
        if (b.length() == 0 || !Character.isLetter(b.charAt(0))) {
            b.insert(0, oneLine(id).replaceAll("[^A-Za-z0-9]", ""));
        }
        return b.toString();
    }

    private static String nonEmpty(String s, String fallback) {
        return s == null || s.isBlank() ? (fallback == null || fallback.isBlank() ? "(untitled)" : fallback) : s;
    }
}

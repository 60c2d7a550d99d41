package org.childcare.compliance.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.childcare.compliance.engine.Finding;

/**
 * The few dozen lines a build log shows: the record of main findings, critical findings first,
 * areas for improvement by timescale (the first few and a count), the gate verdict and where the
 * reports were written. Every front end prints these same lines.
 */
public final class ConsoleSummary {
    /** How many areas for improvement and critical findings are listed before "and N more". */
    public static final int SHOWN = 5;

    private ConsoleSummary() {}

    public static List<String> lines(Report report, List<Path> written) {
        List<String> out = new ArrayList<>();
        out.add("Record of main findings: " + report.authority().name() + ", " + report.period().start() + " to "
                + report.period().end() + " (as at " + report.asAt() + "; " + report.framework() + ", profile "
                + report.profile() + ")");
        inspectionDay(report, out);
        criticalFindings(report, out);
        String section = null;
        int width = 0;
        for (AreaJudgement j : report.judgements()) {
            width = Math.max(width, j.title().length());
        }
        width = Math.min(width, 78);
        for (AreaJudgement j : report.judgements()) {
            if (!j.section().equals(section)) {
                section = j.section();
                out.add("");
                out.add("  " + section);
            }
            String title = j.title().length() > width ? j.title().substring(0, width - 1) + "…" : j.title();
            String grade = j.grade() == null ? "not graded (insufficient evidence)" : j.word();
            String notes = (j.limitedEvidence() ? " [limited evidence]" : "") + (j.critical() > 0 ? " [" + j.critical() + " critical]" : "");
            out.add("    " + pad(title, width) + "  " + grade + notes);
        }
        limitedEvidence(report, out);
        areasForImprovement(report, out);
        sources(report, out);
        out.add("");
        out.add(report.records().read() + " records read, " + report.records().evaluated() + " evaluated, "
                + report.records().quarantined() + " quarantined");
        if (report.gate() != null) {
            if (report.gate().passed()) {
                out.add("Gate: passed");
            } else {
                out.add("Gate: FAILED");
                for (String reason : report.gate().reasons()) {
                    out.add("  - " + reason);
                }
            }
        }
        for (Path p : written) {
            out.add("Report written: " + p);
        }
        return out;
    }

    /** With an Annex A workbook: the overdue lists an inspector asks for first, by team, before anything else. */
    private static void inspectionDay(Report report, List<String> out) {
        List<InspectionDay.OverdueList> lists = InspectionDay.lists(report);
        if (lists.isEmpty()) {
            return;
        }
        out.add("");
        out.add("  ON THE DAY (as at " + report.asAt() + ", from the Annex A workbook's latest events)");
        for (InspectionDay.OverdueList l : lists) {
            out.add("    " + l.title() + " (" + l.criterion() + "): " + (l.total() == 0 ? "none" : l.total()));
            l.byTeam().forEach((team, findings) -> {
                out.add("      " + team + ":");
                findings.stream().limit(SHOWN).forEach(f -> out.add("        " + f.subject() + ": " + f.message()));
                if (findings.size() > SHOWN) {
                    out.add("        … and " + (findings.size() - SHOWN) + " more in the report");
                }
            });
        }
    }

    private static void criticalFindings(Report report, List<String> out) {
        List<String> critical = new ArrayList<>();
        for (CriterionResult c : report.criteria()) {
            for (Finding f : c.findings()) {
                if (f.critical()) {
                    critical.add(c.id() + " " + f.subject() + (f.record() == null ? "" : "/" + f.record()) + ": " + f.message()
                            + (f.file() == null ? "" : " (" + f.file() + ":" + f.line() + ")"));
                }
            }
        }
        if (critical.isEmpty()) {
            return;
        }
        out.add("");
        out.add("  CRITICAL FINDINGS (" + critical.size() + "): children whose records show a possible risk now");
        critical.stream().limit(SHOWN).forEach(line -> out.add("    ! " + line));
        if (critical.size() > SHOWN) {
            out.add("    … and " + (critical.size() - SHOWN) + " more in the report");
        }
    }

    /**
     * One line per area graded on limited evidence or not graded: how many of its criteria were
     * graded, which were not, and how many records were left out for want of data, so that a reader
     * of the build log knows what the returns could not show before reading any grade.
     */
    private static void limitedEvidence(Report report, List<String> out) {
        Map<String, CriterionResult> byId = new TreeMap<>();
        for (CriterionResult c : report.criteria()) {
            byId.put(c.id(), c);
        }
        List<String> lines = new ArrayList<>();
        for (AreaJudgement j : report.judgements()) {
            if (j.derived() || (j.grade() != null && !j.limitedEvidence())) {
                continue;
            }
            List<String> notGraded = new ArrayList<>();
            long leftOut = 0;
            int graded = 0;
            for (String id : j.criteria()) {
                CriterionResult c = byId.get(id);
                if (c == null) {
                    continue;
                }
                if (c.grade() != null) {
                    graded++;
                } else {
                    notGraded.add(id);
                }
                leftOut += c.missing() == null ? 0 : c.missing().records();
            }
            lines.add("    " + j.title() + " (" + j.area() + "): " + graded + " of " + j.criteria().size() + " criteria graded"
                    + (notGraded.isEmpty() ? "" : "; not graded " + String.join(", ", notGraded))
                    + (leftOut == 0 ? "" : "; " + leftOut + (leftOut == 1 ? " record" : " records") + " without the data needed"));
        }
        if (lines.isEmpty()) {
            return;
        }
        out.add("");
        out.add("  Limited evidence (" + lines.size() + (lines.size() == 1 ? " area" : " areas")
                + "): what the data could not show; the report lists what would complete it");
        out.addAll(lines);
    }

    /** One line per statutory return read: what it was, its rows and children, and the criteria it fed. */
    private static void sources(Report report, List<String> out) {
        if (report.sources() == null || report.sources().isEmpty()) {
            return;
        }
        out.add("");
        out.add("  Statutory returns read (" + report.sources().size() + (report.sources().size() == 1 ? " file" : " files") + ")");
        for (Report.SourceSummary f : report.sources()) {
            out.add("    " + f.file() + ": " + f.kind() + (f.year() == null ? "" : " " + f.year()) + ", " + f.rows()
                    + (f.rows() == 1 ? " row, " : " rows, ") + f.children() + (f.children() == 1 ? " child" : " children")
                    + (f.ignoredRows() == 0 ? "" : ", " + f.ignoredRows() + " ignored")
                    + (!f.used() ? "; not used by any criterion"
                            : f.criteria().isEmpty() ? "; fed no criterion" : "; fed " + String.join(", ", f.criteria())));
        }
        if (report.disagreements() != null && !report.disagreements().isEmpty()) {
            out.add("    " + report.disagreements().size() + " values differ between sources (the first source's kept; listed in the report)");
        }
    }

    private static void areasForImprovement(Report report, List<String> out) {
        Map<String, List<AreaForImprovement>> byTimescale = new TreeMap<>((a, b) -> rank(a) - rank(b));
        for (AreaForImprovement a : report.areasForImprovement()) {
            byTimescale.computeIfAbsent(a.timescale(), k -> new ArrayList<>()).add(a);
        }
        if (byTimescale.isEmpty()) {
            return;
        }
        out.add("");
        out.add("  Areas for improvement (" + report.areasForImprovement().size() + ")");
        byTimescale.forEach((timescale, items) -> {
            out.add("    " + heading(timescale) + " (" + items.size() + ")");
            items.stream().limit(SHOWN).forEach(a -> out.add("      - " + a.criterion() + ": " + a.action()));
            if (items.size() > SHOWN) {
                out.add("      … and " + (items.size() - SHOWN) + " more in the report");
            }
        });
    }

    private static int rank(String timescale) {
        return switch (timescale) {
            case "immediately" -> 0;
            case "3m" -> 1;
            default -> 2;
        };
    }

    private static String heading(String timescale) {
        return switch (timescale) {
            case "immediately" -> "Immediately";
            case "3m" -> "Within three months";
            default -> "Within six months";
        };
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}

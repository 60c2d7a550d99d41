package org.childcare.compliance.report.format;

import static org.childcare.compliance.report.format.ReportText.list;
import static org.childcare.compliance.report.format.ReportText.oneLine;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.childcare.compliance.engine.Finding;
import org.childcare.compliance.report.AreaForImprovement;
import org.childcare.compliance.report.AreaJudgement;
import org.childcare.compliance.report.CriterionResult;
import org.childcare.compliance.report.GateVerdict;
import org.childcare.compliance.report.Report;

/**
 * {@code report.md}: a summary for a pull request or a CI step summary (GitHub-flavoured Markdown):
 * the gate verdict with its reasons, critical findings, the record of main findings, every area
 * for improvement by timescale, and each criterion's measure and grade with the previous period's.
 * Text from the data is escaped so that it cannot become markup, links or HTML.
 */
public final class MarkdownReportFormat implements ReportFormat {

    /** Critical findings listed before "and N more". */
    static final int CRITICAL_LIMIT = 50;

    @Override
    public String name() {
        return "markdown";
    }

    @Override
    public String fileName() {
        return "report.md";
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        out.write(render(report).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    static String render(Report r) {
        String fw = r.framework();
        StringBuilder md = new StringBuilder(1 << 14);
        String name = r.authority() == null ? "Unnamed authority" : oneLine(r.authority().name());
        md.append("# Record of main findings: ").append(esc(name)).append("\n\n");
        md.append(esc(ReportText.period(r.period()))).append(" · data as at ").append(esc(ReportText.date(r.asAt())))
                .append(" · ").append(esc(oneLine(fw))).append(" · profile ").append(esc(oneLine(r.profile())));
        if (r.previous() != null) {
            md.append(" · compared with ").append(esc(ReportText.period(r.previous().period())));
        }
        md.append("\n\n");

        GateVerdict gate = r.gate();
        if (gate == null) {
            md.append("## Gate: not evaluated\n\n");
        } else {
            md.append(gate.passed() ? "## ✅ Gate passed\n\n" : "## ❌ Gate failed\n\n");
            for (String reason : list(gate.reasons())) {
                md.append("- ").append(esc(reason)).append('\n');
            }
            if (!list(gate.reasons()).isEmpty()) {
                md.append('\n');
            }
        }

        long critical = 0;
        for (CriterionResult c : list(r.criteria())) {
            critical += c.critical();
        }
        md.append("## Critical findings: ").append(critical).append("\n\n");
        int listed = 0;
        long unlisted = 0;
        for (CriterionResult c : list(r.criteria())) {
            int shown = 0;
            for (Finding f : list(c.findings())) {
                if (!f.critical()) {
                    continue;
                }
                shown++;
                if (listed >= CRITICAL_LIMIT) {
                    unlisted++;
                    continue;
                }
                listed++;
                md.append("- **").append(esc(c.id())).append("** ").append(esc(ReportText.subject(f.subject(), f.record())))
                        .append(": ").append(esc(oneLine(f.message())));
                String where = ReportText.location(f.file(), f.line());
                if (!where.isEmpty()) {
                    md.append(" (").append(esc(where)).append(')');
                }
                md.append('\n');
            }
            unlisted += Math.max(0, c.critical() - shown);
        }
        if (unlisted > 0) {
            md.append("- and ").append(unlisted).append(" more\n");
        }
        if (critical == 0 && listed == 0) {
            md.append("None.\n");
        }
        md.append('\n');

        boolean previous = r.previous() != null;
        md.append("## Record of main findings\n\n");
        md.append(previous ? "| Judgement | Grade | Previous | Trend |\n|---|---|---|---|\n" : "| Judgement | Grade |\n|---|---|\n");
        for (Map.Entry<String, List<AreaJudgement>> section : ReportText.bySection(r.judgements()).entrySet()) {
            md.append("| **").append(esc(section.getKey())).append("** |").append(previous ? " | | |\n" : " |\n");
            for (AreaJudgement a : section.getValue()) {
                String title = esc(oneLine(a.title() == null ? a.area() : a.title()));
                md.append("| ").append(a.derived() ? "**" + title + "**" : title);
                if (a.limitedEvidence()) {
                    md.append(" (limited evidence)");
                }
                if (a.critical() > 0) {
                    md.append(" ⚠ ").append(a.critical()).append(" critical");
                }
                md.append(" | ").append(esc(ReportText.grade(a, fw)));
                if (previous) {
                    md.append(" | ").append(esc(ReportText.previousGrade(a.previous(), fw))).append(" | ")
                            .append(esc(ReportText.trendText(ReportText.trend(a))));
                }
                md.append(" |\n");
            }
        }
        md.append('\n');

        md.append("## Areas for improvement\n\n");
        for (Map.Entry<String, List<AreaForImprovement>> group : ReportText.byTimescale(r.areasForImprovement()).entrySet()) {
            md.append("### ").append(esc(group.getKey())).append("\n\n");
            if (group.getValue().isEmpty()) {
                md.append("None.\n\n");
                continue;
            }
            for (AreaForImprovement a : group.getValue()) {
                md.append("- ").append(esc(oneLine(a.action()))).append(" (").append(esc(oneLine(a.criterion())));
                if (!list(a.areas()).isEmpty()) {
                    md.append("; ").append(esc(String.join(", ", a.areas())));
                }
                md.append(')');
                if (a.critical()) {
                    md.append(" ⚠ critical");
                }
                md.append('\n');
            }
            md.append('\n');
        }

        md.append("## Criteria\n\n");
        md.append(previous ? "| Criterion | Measure | Grade | Previous | Trend |\n|---|---|---|---|---|\n"
                : "| Criterion | Measure | Grade |\n|---|---|---|\n");
        for (CriterionResult c : list(r.criteria())) {
            md.append("| ").append(esc(oneLine(c.id()))).append(' ').append(esc(oneLine(c.title())));
            if (!c.inProfile()) {
                md.append(" (outside profile)");
            }
            md.append(" | ").append(esc(ReportText.measure(c)));
            String fraction = ReportText.fraction(c);
            if (!fraction.isEmpty()) {
                md.append(" (").append(esc(fraction)).append(')');
            }
            if (c.smallNumbers()) {
                md.append(" †");
            }
            md.append(" | ").append(esc(ReportText.grade(ReportText.graded(c) ? c.grade() : null, c.word(), fw)));
            if (c.critical() > 0) {
                md.append(" ⚠ ").append(c.critical()).append(" critical");
            }
            if (!ReportText.graded(c) && !c.missing().needs().isEmpty()) {
                md.append("; needs ").append(esc(oneLine(String.join("; ", c.missing().needs()))));
            }
            if (previous) {
                md.append(" | ");
                if (c.previous() != null) {
                    if (c.previous().measure() != null) {
                        md.append(esc(ReportText.measure(c, c.previous().measure()))).append(", ");
                    }
                    md.append(esc(ReportText.previousGrade(c.previous(), fw)));
                } else {
                    md.append('–');
                }
                md.append(" | ").append(esc(ReportText.trendText(ReportText.trend(c))));
            }
            md.append(" |\n");
        }
        md.append("\n† small numbers: fewer than 10 children or records.\n");
        return md.toString();
    }

    /**
     * Escapes text for Markdown: backslash before every character that could start markup, HTML or a
     * link, and {@code |} so that a table cell stays one cell. Newlines become spaces.
     */
    static String esc(String s) {
        String text = oneLine(s);
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean listStart = (c == '.' || c == ')') && i > 0 && allDigits(text, i)
                    && (i + 1 == text.length() || text.charAt(i + 1) == ' ');
            if ("\\`*_[]<>#|~&$".indexOf(c) >= 0 || listStart || ((c == '-' || c == '+') && i == 0)) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    /** Whether {@code text} before {@code end} is only digits, as in "1." that would start a list. */
    private static boolean allDigits(String text, int end) {
        for (int i = 0; i < end; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}

package org.childcare.compliance.report.format;

import static org.childcare.compliance.report.format.ReportText.list;
import static org.childcare.compliance.report.format.ReportText.oneLine;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.childcare.compliance.engine.Finding;
import org.childcare.compliance.report.CriterionResult;
import org.childcare.compliance.report.Report;

/**
 * {@code TEST-compliance.xml}: the criteria as a JUnit test suite, for CI dashboards that read
 * Surefire reports. One {@code <testcase>} per criterion (classname its first area, name "ID
 * title"); a {@code <failure>} when it is graded Inadequate or raised critical findings, a
 * {@code <skipped>} when it could not be graded (or is outside the profile). Times are zero so that
 * the file is deterministic.
 */
public final class JUnitReportFormat implements ReportFormat {

    /** Findings named in a failure's message. */
    static final int MESSAGE_FINDINGS = 3;
    /** Findings listed in a failure's body. */
    static final int BODY_FINDINGS = 50;

    @Override
    public String name() {
        return "junit";
    }

    @Override
    public String fileName() {
        return "TEST-compliance.xml";
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        out.write(render(report).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private enum Outcome { PASSED, FAILED, SKIPPED }

    static boolean fails(CriterionResult c) {
        return c.inProfile() && ((ReportText.graded(c) && c.grade() == 4) || c.critical() > 0
                || list(c.findings()).stream().anyMatch(Finding::critical));
    }

    static boolean skipped(CriterionResult c) {
        return !fails(c) && (!c.inProfile() || !ReportText.graded(c));
    }

    static String render(Report r) {
        String fw = r.framework();
        List<CriterionResult> criteria = list(r.criteria());
        int failures = 0;
        int skipped = 0;
        for (CriterionResult c : criteria) {
            failures += fails(c) ? 1 : 0;
            skipped += skipped(c) ? 1 : 0;
        }
        StringBuilder x = new StringBuilder(1 << 14);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<testsuite name=\"compliance\" tests=\"").append(criteria.size()).append("\" failures=\"").append(failures)
                .append("\" errors=\"0\" skipped=\"").append(skipped).append("\" time=\"0\">\n");
        x.append("  <properties>\n");
        property(x, "authority", r.authority() == null ? "" : oneLine(r.authority().name()));
        property(x, "authority.code", r.authority() == null ? "" : oneLine(r.authority().code()));
        property(x, "period", r.period() == null ? "" : ReportText.iso(r.period().start()) + "/" + ReportText.iso(r.period().end()));
        property(x, "asAt", ReportText.iso(r.asAt()));
        property(x, "framework", oneLine(r.framework()));
        property(x, "profile", oneLine(r.profile()));
        if (r.rules() != null) {
            property(x, "rules.version", oneLine(r.rules().version()));
        }
        if (r.previous() != null && r.previous().period() != null) {
            property(x, "previous.period",
                    ReportText.iso(r.previous().period().start()) + "/" + ReportText.iso(r.previous().period().end()));
        }
        if (r.gate() != null) {
            property(x, "gate", r.gate().passed() ? "passed" : "failed");
        }
        x.append("  </properties>\n");

        for (CriterionResult c : criteria) {
            String classname = list(c.areas()).isEmpty() ? "compliance" : oneLine(c.areas().get(0));
            x.append("  <testcase classname=\"").append(Xml.attr(classname)).append("\" name=\"")
                    .append(Xml.attr(oneLine(c.id()) + " " + oneLine(c.title()))).append("\" time=\"0\">\n");
            String summary = summary(c, fw);
            if (fails(c)) {
                boolean critical = c.critical() > 0 || list(c.findings()).stream().anyMatch(Finding::critical);
                x.append("    <failure type=\"").append(critical ? "critical" : "inadequate").append("\" message=\"")
                        .append(Xml.attr(failureMessage(c, summary))).append("\">")
                        .append(Xml.text(failureBody(c, summary))).append("</failure>\n");
            } else if (skipped(c)) {
                x.append("    <skipped message=\"").append(Xml.attr(skipMessage(c, r.profile()))).append("\"/>\n");
            }
            x.append("    <system-out>").append(Xml.text(summary)).append("</system-out>\n");
            x.append("  </testcase>\n");
        }
        x.append("</testsuite>\n");
        return x.toString();
    }

    private static void property(StringBuilder x, String name, String value) {
        x.append("    <property name=\"").append(Xml.attr(name)).append("\" value=\"").append(Xml.attr(value)).append("\"/>\n");
    }

    /** "46.7% (56 of 120), Inadequate (4); previous 40.1%, Inadequate (4), ► held" */
    static String summary(CriterionResult c, String fw) {
        StringBuilder s = new StringBuilder();
        s.append(ReportText.measure(c));
        String fraction = ReportText.fraction(c);
        if (!fraction.isEmpty()) {
            s.append(" (").append(fraction).append(')');
        }
        if (c.smallNumbers()) {
            s.append(" small numbers");
        }
        s.append(", ").append(ReportText.grade(ReportText.graded(c) ? c.grade() : null, c.word(), fw));
        if (c.bands() != null) {
            s.append("; bands ").append(oneLine(c.bands()));
        }
        if (c.previous() != null) {
            s.append("; previous ");
            if (c.previous().measure() != null) {
                s.append(ReportText.measure(c, c.previous().measure())).append(", ");
            }
            s.append(ReportText.previousGrade(c.previous(), fw));
            String t = ReportText.trend(c);
            if (t != null) {
                s.append(", ").append(ReportText.trendText(t));
            }
        }
        return s.toString();
    }

    private static List<Finding> worst(CriterionResult c, int limit) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : list(c.findings())) {
            if (out.size() == limit) {
                break;
            }
            out.add(f);
        }
        return out;
    }

    private static String finding(Finding f) {
        String where = ReportText.location(f.file(), f.line());
        return (f.critical() ? "CRITICAL " : "") + ReportText.subject(f.subject(), f.record()) + ": " + oneLine(f.message())
                + (where.isEmpty() ? "" : " (" + where + ")");
    }

    static String failureMessage(CriterionResult c, String summary) {
        StringBuilder m = new StringBuilder(summary);
        if (c.critical() > 0) {
            m.append("; ").append(c.critical()).append(" critical finding").append(c.critical() == 1 ? "" : "s");
        }
        List<Finding> worst = worst(c, MESSAGE_FINDINGS);
        long total = Math.max(c.findingsTotal(), list(c.findings()).size());
        if (!worst.isEmpty()) {
            m.append(". Worst: ");
            for (int i = 0; i < worst.size(); i++) {
                m.append(i == 0 ? "" : "; ").append(finding(worst.get(i)));
            }
            if (total > worst.size()) {
                m.append("; and ").append(total - worst.size()).append(" more");
            }
        }
        return m.toString();
    }

    private static String failureBody(CriterionResult c, String summary) {
        StringBuilder b = new StringBuilder();
        b.append(oneLine(c.id())).append(' ').append(oneLine(c.title())).append('\n');
        if (c.measureText() != null) {
            b.append("Measures: ").append(oneLine(c.measureText())).append('\n');
        }
        b.append(summary).append('\n');
        if (c.reference() != null) {
            b.append("Standard from: ").append(oneLine(c.reference())).append('\n');
        }
        List<Finding> listed = worst(c, BODY_FINDINGS);
        long total = Math.max(c.findingsTotal(), list(c.findings()).size());
        if (!listed.isEmpty()) {
            b.append("Findings (").append(total).append("):\n");
            for (Finding f : listed) {
                b.append("- ").append(finding(f)).append('\n');
            }
            if (total > listed.size()) {
                b.append("- and ").append(total - listed.size()).append(" more\n");
            }
        }
        return b.toString();
    }

    static String skipMessage(CriterionResult c, String profile) {
        if (!c.inProfile()) {
            return "outside the " + oneLine(profile) + " profile: not counted in any judgement";
        }
        List<String> missing = c.missing().needs();
        return "not graded: insufficient evidence" + (missing.isEmpty() ? "" : "; needs " + oneLine(String.join("; ", missing)));
    }
}

package org.childcare.compliance.report.format;

import static org.childcare.compliance.report.format.ReportText.list;
import static org.childcare.compliance.report.format.ReportText.oneLine;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.childcare.compliance.engine.Finding;
import org.childcare.compliance.engine.PartFigure;
import org.childcare.compliance.grading.MeanBands;
import org.childcare.compliance.load.QuarantinedRecord;
import org.childcare.compliance.load.RecordCounts;
import org.childcare.compliance.report.AreaForImprovement;
import org.childcare.compliance.report.AreaJudgement;
import org.childcare.compliance.report.CriterionResult;
import org.childcare.compliance.report.InspectionDay;
import org.childcare.compliance.report.GateVerdict;
import org.childcare.compliance.report.PreviousFigure;
import org.childcare.compliance.report.Report;

/**
 * {@code report.html}: the report a Local Safeguarding Children Board can put in front of its
 * members. One self-contained file (inline CSS and SVG, no script, nothing fetched), print-ready on
 * A4, readable in greyscale: every grade is shown as a word and a shape, never by colour alone.
 * Every piece of text from the data goes through {@link Html}, which escapes it.
 */
public final class HtmlReportFormat implements ReportFormat {

    /** Content Security Policy of the page: nothing may load or run, whatever the data holds. */
    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

    @Override
    public String name() {
        return "html";
    }

    @Override
    public String fileName() {
        return "report.html";
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        out.write(render(report).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The page as a string. */
    static String render(Report report) {
        Objects.requireNonNull(report, "report");
        return new Page(report).render();
    }

    private static final class Page {
        private final Report r;
        private final String fw;
        private final String word3;
        private final Html h = new Html();
        private final Map<String, CriterionResult> byId = new LinkedHashMap<>();
        private final Map<String, AreaJudgement> areas = new LinkedHashMap<>();
        private final boolean hasPrevious;

        Page(Report report) {
            this.r = report;
            this.fw = report.framework();
            this.word3 = ReportText.gradeWord(3, fw);
            for (CriterionResult c : list(report.criteria())) {
                byId.putIfAbsent(c.id(), c);
            }
            for (AreaJudgement a : list(report.judgements())) {
                areas.putIfAbsent(a.area(), a);
            }
            boolean prev = report.previous() != null;
            for (CriterionResult c : list(report.criteria())) {
                prev |= c.previous() != null;
            }
            for (AreaJudgement a : list(report.judgements())) {
                prev |= a.previous() != null;
            }
            this.hasPrevious = prev;
        }

        String render() {
            h.raw("<!DOCTYPE html>\n");
            h.open("html", "lang", "en-GB");
            head();
            h.open("body");
            h.raw(HtmlStyle.PATTERNS);
            masthead();
            contents();
            h.open("main");
            inspectionDay();
            summary();
            improvement();
            judgements();
            criteria();
            dataQuality();
            methodology();
            h.close("main");
            footer();
            h.close("body");
            h.close("html");
            return h.toString();
        }

        // ---------------------------------------------------------------- inspection day

        /** With an Annex A workbook, the page opens with the overdue lists an inspector asks for first, by team. */
        private void inspectionDay() {
            List<InspectionDay.OverdueList> lists = InspectionDay.lists(r);
            if (lists.isEmpty()) {
                return;
            }
            h.open("section", "id", "inspection-day", "class", "major", "aria-labelledby", "inspection-day-heading");
            h.el("h2", "On the day: who is overdue", "id", "inspection-day-heading");
            h.el("p", "From the Annex A workbook's latest visit, review, health assessment and pathway plan review, as at "
                    + ReportText.date(r.asAt()) + ". Each child by id, with the dates that make the work overdue.");
            for (InspectionDay.OverdueList l : lists) {
                h.el("h3", l.title() + " (" + l.criterion() + "): " + (l.total() == 0 ? "none" : ReportText.count(l.total())));
                if (l.shown() < l.total()) {
                    h.el("p", "The first " + ReportText.count(l.shown()) + " are listed; report.json has the count.", "class", "small");
                }
                l.byTeam().forEach((team, findings) -> {
                    h.open("details", "open", "open");
                    h.el("summary", team + ": " + ReportText.count(findings.size()));
                    h.open("ul");
                    for (org.childcare.compliance.engine.Finding f : findings) {
                        h.open("li");
                        h.el("span", f.subject(), "class", "cid");
                        h.text(": " + oneLine(f.message()));
                        h.close("li");
                    }
                    h.close("ul");
                    h.close("details");
                });
            }
            h.close("section");
        }

        // ---------------------------------------------------------------- head and masthead

        private String authorityName() {
            return r.authority() == null || r.authority().name() == null ? "Unnamed authority" : oneLine(r.authority().name());
        }

        private void head() {
            h.open("head");
            h.empty("meta", "charset", "utf-8");
            h.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
            h.empty("meta", "http-equiv", "Content-Security-Policy", "content", CSP);
            h.empty("meta", "name", "generator", "content", "compliance-checker");
            h.empty("link", "rel", "icon", "href", "data:,");
            h.el("title", "Record of main findings: " + authorityName() + ", " + ReportText.period(r.period()));
            h.open("style").raw(HtmlStyle.CSS).close("style");
            h.close("head");
        }

        private void masthead() {
            h.open("header", "class", "masthead");
            h.el("p", "Self-assessment against the Ofsted inspection framework", "class", "eyebrow");
            h.el("h1", authorityName() + ": record of main findings");
            h.el("p", ReportText.frameworkName(fw) + ", " + ReportText.period(r.period()), "class", "subtitle");
            h.open("dl", "class", "meta");
            String code = r.authority() == null ? null : r.authority().code();
            meta("Authority", authorityName() + (code == null || code.isBlank() ? "" : " (code " + oneLine(code) + ")"));
            metaPeriod("Period", r.period());
            h.open("div").el("dt", "Data as at").open("dd");
            time(r.asAt());
            h.close("dd").close("div");
            meta("Framework", ReportText.frameworkName(fw) + " [" + oneLine(fw) + "]");
            meta("Profile", ReportText.profileName(r.profile()) + " [" + oneLine(r.profile()) + "]");
            if (r.previous() != null) {
                metaPeriod("Compared with", r.previous().period());
            }
            RecordCounts rc = r.records();
            if (rc != null) {
                meta("Records", ReportText.count(rc.read()) + " read, " + ReportText.count(rc.evaluated()) + " evaluated, "
                        + ReportText.count(rc.quarantined()) + " quarantined");
            }
            h.close("dl");
            h.close("header");
        }

        private void meta(String term, String value) {
            h.open("div").el("dt", term).el("dd", value).close("div");
        }

        private void metaPeriod(String term, Report.Period period) {
            h.open("div").el("dt", term).open("dd");
            if (period == null) {
                h.text("–");
            } else {
                time(period.start());
                h.text(" to ");
                time(period.end());
            }
            h.close("dd").close("div");
        }

        private void time(java.time.LocalDate date) {
            if (date == null) {
                h.text("–");
            } else {
                h.el("time", ReportText.date(date), "datetime", date.toString());
            }
        }

        private void contents() {
            h.open("nav", "class", "toc", "aria-labelledby", "toc-heading");
            h.el("h2", "Contents", "id", "toc-heading");
            h.open("ol");
            String[][] items = {{"summary", "Summary"}, {"improvement", "Areas for improvement"},
                {"judgements", "Judgements and why"}, {"criteria", "Criteria in detail"},
                {"data-quality", "Data quality"}, {"methodology", "Methodology"}};
            for (String[] item : items) {
                h.open("li").el("a", item[1], "href", "#" + item[0]).close("li");
            }
            h.close("ol");
            h.close("nav");
        }

        // ---------------------------------------------------------------- grade words, shapes, trends

        /** A grade as a coloured badge with its shape and word: never colour alone. */
        private void badge(Integer grade, String word) {
            int g = grade == null || grade < 1 || grade > 4 ? 0 : grade;
            String shape = switch (g) {
                case 1 -> "★";
                case 2 -> "●";
                case 3 -> "◆";
                case 4 -> "✖";
                default -> "○";
            };
            String text = grade == null ? "Not graded: insufficient evidence" : ReportText.word(grade, word, fw);
            h.open("span", "class", "grade g" + g);
            h.el("span", shape, "class", "shape", "aria-hidden", "true");
            h.text(" " + text);
            h.close("span");
        }

        /** A flag beside a title, after a space so that the text reads right without the styles too. */
        private void tag(String text, boolean critical) {
            h.text(" ");
            h.el("span", text, "class", critical ? "tag critical" : "tag");
        }

        private void trend(String trend) {
            if (trend == null) {
                return;
            }
            h.el("span", ReportText.trendText(trend), "class", "trend " + Html.id("", trend));
        }

        private void previousCell(PreviousFigure p, CriterionResult c, String trend) {
            if (p == null) {
                h.el("span", "no previous figure", "class", "small");
                return;
            }
            if (c != null && p.measure() != null) {
                h.text(ReportText.measure(c, p.measure()) + ", ");
            }
            h.text(ReportText.previousGrade(p, fw));
            if (trend != null) {
                h.text(" ");
                trend(trend);
            }
        }

        private void criterionLink(String id) {
            if (byId.containsKey(id)) {
                h.el("a", id, "href", "#" + Html.id("criterion-", id), "class", "cid");
            } else {
                h.el("span", id, "class", "cid");
            }
        }

        private void areaLink(String area) {
            AreaJudgement a = areas.get(area);
            if (a != null) {
                h.el("a", area, "href", "#" + Html.id("area-", area), "class", "cid", "title", oneLine(a.title()));
            } else {
                h.el("span", area, "class", "cid");
            }
        }

        private void areaLinks(List<String> keys) {
            boolean first = true;
            for (String key : list(keys)) {
                if (!first) {
                    h.text(", ");
                }
                first = false;
                areaLink(key);
            }
        }

        // ---------------------------------------------------------------- summary

        private void summary() {
            h.open("section", "id", "summary", "aria-labelledby", "summary-heading");
            h.el("h2", "Summary", "id", "summary-heading");
            h.el("p", "This report applies the " + ReportText.frameworkName(fw) + " to " + authorityName() + "'s own "
                    + "case records and declared figures, criterion by criterion, and grades each judgement as the "
                    + "inspection reports do: Outstanding, Good, " + word3 + " or Inadequate. It is a self-assessment, not "
                    + "an Ofsted judgement: every grade below shows how it was reached and which records produced it.",
                    "class", "lead");
            criticalBox();
            gateBox();
            keyFigures();
            recordTable();
            legend();
            h.close("section");
        }

        private List<Finding> criticalFindings(CriterionResult c) {
            List<Finding> out = new ArrayList<>();
            for (Finding f : list(c.findings())) {
                if (f.critical()) {
                    out.add(f);
                }
            }
            return out;
        }

        private void criticalBox() {
            long total = 0;
            for (CriterionResult c : list(r.criteria())) {
                total += Math.max(c.critical(), criticalFindings(c).size());
            }
            if (total == 0) {
                h.open("aside", "class", "box none", "aria-labelledby", "critical-heading");
                h.el("h2", "No critical findings", "id", "critical-heading");
                h.el("p", "No child's record shows a possible risk now of the kinds the checker looks for "
                        + "(a child on a plan without an allocated qualified social worker, a visit gap past the critical "
                        + "interval, a child at risk of sexual exploitation without screening).");
                h.close("aside");
                return;
            }
            h.open("aside", "class", "box critical", "aria-labelledby", "critical-heading");
            h.el("h2", "⚠ Critical findings: " + ReportText.count(total) + (total == 1 ? " child or record" : " children or records")
                    + " may be at risk now", "id", "critical-heading");
            h.el("p", "Each needs action immediately. A critical finding makes its judgement areas Inadequate, whatever "
                    + "their measures.");
            h.open("table", "class", "critical-table");
            h.el("caption", "Critical findings by criterion", "class", "sr-only");
            h.open("thead").open("tr");
            h.el("th", "Criterion", "scope", "col").el("th", "Child or record", "scope", "col")
                    .el("th", "What was found", "scope", "col").el("th", "Where", "scope", "col");
            h.close("tr").close("thead");
            h.open("tbody");
            for (CriterionResult c : list(r.criteria())) {
                List<Finding> crit = criticalFindings(c);
                for (Finding f : crit) {
                    h.open("tr");
                    h.open("td");
                    criterionLink(c.id());
                    h.close("td");
                    h.el("td", ReportText.subject(f.subject(), f.record()));
                    h.el("td", f.message());
                    h.el("td", ReportText.location(f.file(), f.line()), "class", "cid");
                    h.close("tr");
                }
                long more = c.critical() - crit.size();
                if (more > 0) {
                    h.open("tr").open("td");
                    criterionLink(c.id());
                    h.close("td");
                    h.el("td", "and " + ReportText.count(more) + " more", "colspan", "3");
                    h.close("tr");
                }
            }
            h.close("tbody");
            h.close("table");
            h.close("aside");
        }

        private void gateBox() {
            GateVerdict gate = r.gate();
            if (gate == null) {
                h.open("aside", "class", "box gate", "aria-labelledby", "gate-heading");
                h.el("h2", "Gate: not evaluated", "id", "gate-heading");
                h.close("aside");
                return;
            }
            h.open("aside", "class", "box gate " + (gate.passed() ? "gate-passed" : "gate-failed"), "aria-labelledby",
                    "gate-heading");
            h.el("h2", gate.passed() ? "✔ Gate passed" : "✖ Gate failed", "id", "gate-heading");
            List<String> reasons = list(gate.reasons());
            if (reasons.isEmpty()) {
                h.el("p", gate.passed() ? "None of the conditions that fail the compliance gate was met." : "No reason was recorded.");
            } else {
                h.el("p", gate.passed() ? "Noted:" : "The compliance gate fails because:");
                h.open("ul");
                for (String reason : reasons) {
                    h.el("li", reason);
                }
                h.close("ul");
            }
            h.close("aside");
        }

        private void recordTable() {
            Map<String, List<AreaJudgement>> sections = ReportText.bySection(r.judgements());
            int cols = hasPrevious ? 4 : 2;
            h.open("table", "class", "record", "id", "record-of-main-findings");
            h.el("caption", "Record of main findings");
            h.open("thead").open("tr");
            h.el("th", "Judgement", "scope", "col");
            h.el("th", "Grade", "scope", "col");
            if (hasPrevious) {
                h.el("th", "Previous period", "scope", "col");
                h.el("th", "Change", "scope", "col");
            }
            h.close("tr").close("thead");
            for (Map.Entry<String, List<AreaJudgement>> section : sections.entrySet()) {
                h.open("tbody");
                h.open("tr").el("th", section.getKey(), "scope", "rowgroup", "colspan", String.valueOf(cols), "class",
                        "section-row").close("tr");
                for (AreaJudgement a : section.getValue()) {
                    h.open("tr", "class", a.derived() ? "derived" : null);
                    h.open("th", "scope", "row");
                    h.el("a", a.title() == null ? a.area() : a.title(), "href", "#" + Html.id("area-", a.area()));
                    if (a.limitedEvidence()) {
                        tag("limited evidence", false);
                    }
                    if (a.critical() > 0) {
                        tag("⚠ " + ReportText.count(a.critical()) + " critical", true);
                    }
                    h.close("th");
                    h.open("td", "class", "grade-cell");
                    badge(a.grade(), a.word());
                    h.close("td");
                    if (hasPrevious) {
                        if (a.previous() == null) {
                            h.el("td", "–").el("td", "–");
                        } else {
                            h.el("td", ReportText.previousGrade(a.previous(), fw));
                            h.open("td", "class", "change");
                            String t = ReportText.trend(a);
                            if (t == null) {
                                h.text("–");
                            } else {
                                trend(t);
                            }
                            h.close("td");
                        }
                    }
                    h.close("tr");
                }
                h.close("tbody");
            }
            h.close("table");
        }

        private void keyFigures() {
            int graded = 0;
            int notGraded = 0;
            int strengths = 0;
            int weak = 0;
            int improved = 0;
            int declined = 0;
            for (CriterionResult c : list(r.criteria())) {
                if (!c.inProfile()) {
                    continue;
                }
                if (ReportText.graded(c)) {
                    graded++;
                    if (c.grade() <= 2) {
                        strengths++;
                    } else {
                        weak++;
                    }
                } else {
                    notGraded++;
                }
                String t = ReportText.trend(c);
                if ("improved".equals(t)) {
                    improved++;
                } else if ("declined".equals(t)) {
                    declined++;
                }
            }
            Map<String, List<AreaForImprovement>> afi = ReportText.byTimescale(r.areasForImprovement());
            h.open("p", "class", "callout");
            int soon = afi.getOrDefault("Immediately", List.of()).size();
            int actions = list(r.areasForImprovement()).size();
            h.text(plural(graded, "criterion", "criteria") + " graded and " + notGraded + " not graded for lack of evidence. "
                    + plural(strengths, "strength", "strengths") + " (Good or Outstanding) and " + weak + " graded " + word3
                    + " or Inadequate. " + plural(actions, "area for improvement", "areas for improvement") + ", "
                    + soon + " of them to be acted on immediately.");
            if (hasPrevious) {
                h.text(" Against the previous period " + plural(improved, "criterion", "criteria") + " improved "
                        + (improved == 1 ? "its" : "their") + " grade and " + declined + " declined.");
            }
            h.close("p");
        }

        private static String plural(long n, String one, String many) {
            return n + " " + (n == 1 ? one : many);
        }

        private void legend() {
            h.open("div", "class", "legend");
            h.el("h3", "How to read the grades");
            h.open("ul", "class", "key-list");
            for (int g = 1; g <= 4; g++) {
                h.open("li");
                badge(g, null);
                h.close("li");
            }
            h.open("li");
            badge(null, null);
            h.close("li");
            h.close("ul");
            h.open("ul", "class", "key-list");
            if (hasPrevious) {
                h.el("li", "▲ improved since the previous period").el("li", "▼ declined").el("li", "► held the same grade");
            }
            h.el("li", "† small numbers: fewer than 10 children or records, read with care");
            h.close("ul");
            h.close("div");
        }

        // ---------------------------------------------------------------- areas for improvement

        private void improvement() {
            h.open("section", "id", "improvement", "class", "major", "aria-labelledby", "improvement-heading");
            h.el("h2", "Areas for improvement", "id", "improvement-heading");
            h.el("p", "Every criterion graded " + word3 + " or Inadequate raises an action, with the timescale the "
                    + "inspection reports use. Critical findings are always to be acted on immediately.");
            Map<String, List<AreaForImprovement>> groups = ReportText.byTimescale(r.areasForImprovement());
            for (Map.Entry<String, List<AreaForImprovement>> group : groups.entrySet()) {
                h.el("h3", group.getKey());
                if (group.getValue().isEmpty()) {
                    h.el("p", "None.", "class", "small");
                    continue;
                }
                h.open("ol", "class", "actions");
                for (AreaForImprovement a : group.getValue()) {
                    h.open("li");
                    h.text(a.action());
                    h.text(" (");
                    criterionLink(a.criterion());
                    if (!list(a.areas()).isEmpty()) {
                        h.text("; ");
                        areaLinks(a.areas());
                    }
                    h.text(")");
                    if (a.critical()) {
                        tag("⚠ critical finding", true);
                    }
                    h.close("li");
                }
                h.close("ol");
            }
            h.close("section");
        }

        // ---------------------------------------------------------------- judgements

        private void judgements() {
            h.open("section", "id", "judgements", "class", "major", "aria-labelledby", "judgements-heading");
            h.el("h2", "Judgements and why", "id", "judgements-heading");
            h.el("p", "Each judgement with the steps that produced its grade and the criteria that inform it.");
            for (Map.Entry<String, List<AreaJudgement>> section : ReportText.bySection(r.judgements()).entrySet()) {
                h.open("section", "class", "judgement-section", "aria-labelledby", "h_" + Html.id("section-", section.getKey()));
                h.el("h3", section.getKey(), "id", "h_" + Html.id("section-", section.getKey()));
                for (AreaJudgement a : section.getValue()) {
                    area(section.getKey(), a);
                }
                h.close("section");
            }
            h.close("section");
        }

        private void area(String section, AreaJudgement a) {
            h.open("article", "class", "area", "id", Html.id("area-", a.area()), "aria-labelledby",
                    "h_" + Html.id("area-", a.area()));
            h.open("div", "class", "keep");
            h.open("h4", "id", "h_" + Html.id("area-", a.area()));
            h.text(a.title() == null ? a.area() : a.title());
            h.close("h4");
            h.open("div", "class", "verdict");
            badge(a.grade(), a.word());
            h.el("span", section + " · " + oneLine(a.area()), "class", "small");
            if (a.limitedEvidence()) {
                tag("limited evidence: fewer than half its criteria were graded", false);
            }
            if (a.critical() > 0) {
                tag("⚠ " + ReportText.count(a.critical()) + " critical finding" + (a.critical() == 1 ? "" : "s"), true);
            }
            if (a.previous() != null) {
                h.open("span");
                h.text("Previous period: ");
                previousCell(a.previous(), null, ReportText.trend(a));
                h.close("span");
            }
            h.close("div");
            List<String> reasons = list(a.reasons());
            if (!reasons.isEmpty()) {
                h.el("h5", "Why this grade");
                h.open("ol", "class", "reasons");
                for (String reason : reasons) {
                    h.el("li", reason);
                }
                h.close("ol");
            }
            h.close("div");
            List<String> ids = list(a.criteria());
            if (ids.isEmpty()) {
                h.el("p", "No criterion informs this judgement in this profile.", "class", "small");
            } else if (a.derived()) {
                h.open("p", "class", "small");
                h.text("Counted from " + ids.size() + " criteria: ");
                boolean first = true;
                for (String id : ids) {
                    if (!first) {
                        h.text(", ");
                    }
                    first = false;
                    criterionLink(id);
                }
                h.text(".");
                h.close("p");
            } else {
                criteriaTable("Criteria informing " + oneLine(a.title() == null ? a.area() : a.title()), ids);
            }
            h.close("article");
        }

        private void criteriaTable(String caption, List<String> ids) {
            h.open("table", "class", "criteria-table");
            h.el("caption", caption);
            h.open("thead").open("tr");
            h.el("th", "Criterion", "scope", "col").el("th", "Measure", "scope", "col", "class", "num")
                    .el("th", "Bands (O / G / A)", "scope", "col").el("th", "England", "scope", "col", "class", "num");
            if (hasPrevious) {
                h.el("th", "Previous period", "scope", "col");
            }
            h.el("th", "Grade", "scope", "col");
            h.close("tr").close("thead");
            h.open("tbody");
            for (String id : ids) {
                CriterionResult c = byId.get(id);
                h.open("tr");
                h.open("th", "scope", "row");
                criterionLink(id);
                if (c != null) {
                    h.text(" " + oneLine(c.title()));
                    if (c.limiting()) {
                        tag("limiting", false);
                    }
                    if (c.critical() > 0) {
                        tag("⚠ " + ReportText.count(c.critical()) + " critical", true);
                    }
                }
                h.close("th");
                if (c == null) {
                    h.el("td", "not in this report", "colspan", String.valueOf(hasPrevious ? 5 : 4), "class", "small");
                    h.close("tr");
                    continue;
                }
                h.open("td", "class", "num");
                h.text(ReportText.measure(c));
                if (c.smallNumbers()) {
                    h.el("span", " †", "class", "mark", "title", "small numbers: fewer than 10");
                }
                String fraction = ReportText.fraction(c);
                if (!fraction.isEmpty()) {
                    h.open("div", "class", "small").text(fraction).close("div");
                }
                h.close("td");
                h.el("td", c.bands() == null ? "–" : c.bands());
                h.el("td", c.benchmark() == null || c.benchmark().getNational() == null ? "–"
                        : ReportText.measure(c, c.benchmark().getNational()), "class", "num");
                if (hasPrevious) {
                    h.open("td");
                    previousCell(c.previous(), c, ReportText.trend(c));
                    h.close("td");
                }
                h.open("td");
                badge(ReportText.graded(c) ? c.grade() : null, c.word());
                h.close("td");
                h.close("tr");
            }
            h.close("tbody");
            h.close("table");
        }

        // ---------------------------------------------------------------- criteria in detail

        private void criteria() {
            h.open("section", "id", "criteria", "class", "major", "aria-labelledby", "criteria-heading");
            h.el("h2", "Criteria in detail", "id", "criteria-heading");
            h.el("p", "Each criterion's measure against its bands, the comparators, and the children or records "
                    + "that did not meet the standard, with where they are written in the self-assessment.");
            for (CriterionResult c : list(r.criteria())) {
                criterion(c);
            }
            h.close("section");
        }

        private void criterion(CriterionResult c) {
            h.open("article", "class", "criterion", "id", Html.id("criterion-", c.id()), "aria-labelledby",
                    "h_" + Html.id("criterion-", c.id()));
            h.open("div", "class", "keep");
            h.open("h3", "id", "h_" + Html.id("criterion-", c.id()));
            h.el("span", c.id(), "class", "cid");
            h.text(" " + oneLine(c.title()));
            h.close("h3");
            h.open("div", "class", "verdict");
            badge(ReportText.graded(c) ? c.grade() : null, c.word());
            if (c.previous() != null) {
                h.open("span");
                h.text("Previous period: ");
                previousCell(c.previous(), c, ReportText.trend(c));
                h.close("span");
            }
            if (c.limiting()) {
                tag("limiting: its areas can be no better than this", false);
            }
            if (c.critical() > 0) {
                tag("⚠ " + ReportText.count(c.critical()) + " critical finding" + (c.critical() == 1 ? "" : "s"), true);
            }
            if (c.smallNumbers()) {
                tag("† small numbers", false);
            }
            if (!c.inProfile()) {
                tag("outside this profile: not counted in any judgement", false);
            }
            h.close("div");
            if (c.measureText() != null && !c.measureText().isBlank()) {
                h.el("p", "Measures " + oneLine(c.measureText()) + ".", "class", "measure-text");
            }
            if (BandChart.drawable(c)) {
                h.open("figure", "class", "chart");
                BandChart.write(h, c, word3);
                BandChart.Bands b = BandChart.Bands.parse(c.bands()).orElseThrow();
                double low = BandChart.scale(b, c.measure(), c.previous() == null ? null : c.previous().measure(),
                        ReportText.isAverage(c)).low();
                h.el("figcaption", "The black marker is the measure"
                        + (c.previous() != null && c.previous().measure() != null
                                ? ", the hollow diamond the previous period's, the arrow the change" : "")
                        + ". " + (b.lowerIsBetter() ? "Lower is better." : "Higher is better.")
                        + (low > 0 ? " The scale starts at " + ReportText.number(low) + "%." : ""));
                h.close("figure");
            }
            h.close("div");
            h.open("dl", "class", "facts");
            if (c.measure() != null) {
                StringBuilder m = new StringBuilder(ReportText.measure(c));
                if (!ReportText.fraction(c).isEmpty()) {
                    m.append(" (").append(ReportText.fraction(c)).append(')');
                }
                if ("indicator".equals(c.source())) {
                    m.append(", the authority's declared indicator (no case data)");
                } else if ("cases".equals(c.source())) {
                    m.append(", computed from the case records");
                } else if (c.source() != null) {
                    m.append(", from ").append(oneLine(c.source()));
                }
                if (c.declared() != null && !"indicator".equals(c.source())) {
                    m.append("; the authority declared ").append(ReportText.measure(c, c.declared()));
                }
                if (c.smallNumbers()) {
                    m.append("; † small numbers");
                }
                fact("Measure", m.toString());
            }
            List<String> comparators = new ArrayList<>();
            if (c.benchmark() != null && c.benchmark().getNational() != null) {
                comparators.add("England " + ReportText.measure(c, c.benchmark().getNational()));
            }
            if (c.benchmark() != null && c.benchmark().getStatisticalNeighbours() != null) {
                comparators.add("statistical neighbours " + ReportText.measure(c, c.benchmark().getStatisticalNeighbours()));
            }
            if (!comparators.isEmpty()) {
                fact("Comparators", String.join(", ", comparators));
            }
            if (c.previous() != null) {
                String t = ReportText.trend(c);
                fact("Previous period", (c.previous().measure() == null ? "" : ReportText.measure(c, c.previous().measure()) + ", ")
                        + ReportText.previousGrade(c.previous(), fw) + (t == null ? "" : ", " + ReportText.trendText(t)));
            }
            fact("Bands", describeBands(c));
            if (c.notYetDue() > 0) {
                fact("Not yet due", ReportText.count(c.notYetDue()) + " left out: their first deadline had not passed on the "
                        + "as-at date");
            }
            h.open("dt").text("Informs").close("dt").open("dd");
            if (list(c.areas()).isEmpty()) {
                h.text("no judgement in this framework");
            } else {
                areaLinks(c.areas());
            }
            h.text(" (weight " + ReportText.number(c.weight()) + (c.limiting() ? ", limiting" : "") + ")");
            if (c.timescale() != null) {
                h.text("; if below Good, act " + ReportText.timescaleHeading(c.timescale()).toLowerCase(java.util.Locale.ROOT));
            }
            h.close("dd");
            if (c.reference() != null && !c.reference().isBlank()) {
                fact("Standard from", c.reference());
            }
            h.close("dl");
            if (ReportText.lowestPart(c) != null) {
                // the measure is the rate of the part that did least: name it with its own counts
                h.el("p", "The measure is the rate of its lowest part, " + ReportText.fraction(c) + ".");
            } else if (c.explanation() != null && !c.explanation().isBlank()) {
                h.el("p", c.explanation());
            }
            parts(c);
            if (!ReportText.graded(c)) {
                h.open("div", "class", "missing");
                h.el("h4", "Not graded: insufficient evidence");
                List<String> missing = c.missing().needs();
                if (missing.isEmpty()) {
                    h.el("p", "No data was available for this criterion.");
                } else {
                    h.el("p", "The data that would let it be graded:");
                    h.open("ul");
                    for (String m : missing) {
                        h.el("li", m);
                    }
                    h.close("ul");
                }
                h.close("div");
            }
            evidence(c);
            h.close("article");
        }

        private String describeBands(CriterionResult c) {
            String unit = ReportText.isAverage(c) ? "" : "%";
            return BandChart.Bands.parse(c.bands()).map(b -> b.describe(unit, word3))
                    .orElse("evidence".equals(c.bands()) ? "evidence: met is Good, not met is Inadequate"
                            : c.bands() == null ? "–" : oneLine(c.bands()));
        }

        private void fact(String term, String value) {
            h.el("dt", term).el("dd", value);
        }

        private void parts(CriterionResult c) {
            Map<String, PartFigure> parts = c.parts();
            if (parts == null || parts.isEmpty()) {
                return;
            }
            h.open("table", "class", "parts");
            h.el("caption", "By part (the measure is built from these)");
            h.open("thead").open("tr");
            h.el("th", "Part", "scope", "col").el("th", "Met", "scope", "col", "class", "num")
                    .el("th", "Of", "scope", "col", "class", "num").el("th", "Rate", "scope", "col", "class", "num");
            h.close("tr").close("thead").open("tbody");
            for (Map.Entry<String, PartFigure> e : new java.util.TreeMap<>(parts).entrySet()) {
                PartFigure p = e.getValue();
                h.open("tr");
                h.el("th", e.getKey(), "scope", "row");
                h.el("td", ReportText.count(p.met()), "class", "num");
                h.el("td", ReportText.count(p.population()), "class", "num");
                h.el("td", p.population() == 0 ? "–" : ReportText.number(Math.round(p.rate() * 10) / 10.0) + "%", "class", "num");
                h.close("tr");
            }
            h.close("tbody").close("table");
        }

        private void evidence(CriterionResult c) {
            List<Finding> findings = list(c.findings());
            long total = Math.max(c.findingsTotal(), findings.size());
            if (total == 0) {
                if (ReportText.graded(c)) {
                    h.el("p", "No child or record failed this criterion.", "class", "small");
                }
                return;
            }
            h.open("details", "class", "evidence");
            h.open("summary");
            h.text("Evidence: " + ReportText.count(total) + (total == 1 ? " record" : " records") + " did not meet the standard");
            if (findings.size() < total) {
                h.text(" (the first " + ReportText.count(findings.size()) + " listed)");
            }
            h.close("summary");
            if (!findings.isEmpty()) {
                h.open("table", "class", "findings");
                h.el("caption", "Records that did not meet " + oneLine(c.id()), "class", "sr-only");
                h.open("thead").open("tr");
                h.el("th", "Child or record", "scope", "col").el("th", "What was found", "scope", "col")
                        .el("th", "Where", "scope", "col");
                h.close("tr").close("thead").open("tbody");
                for (Finding f : findings) {
                    h.open("tr");
                    h.open("th", "scope", "row");
                    h.text(ReportText.subject(f.subject(), f.record()));
                    if (f.critical()) {
                        tag("⚠ critical", true);
                    }
                    h.close("th");
                    h.el("td", f.message());
                    h.el("td", ReportText.location(f.file(), f.line()), "class", "cid");
                    h.close("tr");
                }
                h.close("tbody").close("table");
            }
            h.close("details");
        }

        // ---------------------------------------------------------------- data quality

        /**
         * The statutory returns read beside the YAML, file by file: what each was, what became of its
         * rows, and which criteria it fed, so a reader sees at a glance what the returns could evidence.
         */
        private void sources() {
            List<Report.SourceSummary> sources = list(r.sources());
            if (sources.isEmpty()) {
                return;
            }
            h.el("h3", "Statutory returns read");
            h.open("table");
            h.el("caption", "Each file beside the YAML, what it is, and the criteria it fed");
            h.open("thead").open("tr");
            h.el("th", "File", "scope", "col").el("th", "Kind", "scope", "col").el("th", "Year", "scope", "col")
                    .el("th", "Rows", "scope", "col", "class", "num").el("th", "Children", "scope", "col", "class", "num")
                    .el("th", "Rows ignored", "scope", "col").el("th", "Criteria fed", "scope", "col");
            h.close("tr").close("thead").open("tbody");
            for (Report.SourceSummary f : sources) {
                h.open("tr");
                h.el("th", f.file(), "scope", "row", "class", "cid");
                h.el("td", f.kind());
                h.el("td", f.year() == null ? "–" : f.year());
                h.el("td", ReportText.count(f.rows()), "class", "num");
                h.el("td", ReportText.count(f.children()), "class", "num");
                h.open("td");
                if (f.ignoredRows() == 0) {
                    h.text("none");
                } else {
                    h.open("ul", "class", "small");
                    f.ignoredWhy().forEach((why, n) -> h.el("li", why + ": " + ReportText.count(n)));
                    h.close("ul");
                }
                h.close("td");
                h.el("td", !f.used() ? "not used by any criterion" : f.criteria().isEmpty() ? "none"
                        : String.join(", ", f.criteria()));
                h.close("tr");
            }
            h.close("tbody").close("table");
        }

        /** Where two sources gave different values for one field: the first source's value was kept. */
        private void disagreements() {
            List<org.childcare.compliance.source.ChildMerge.Disagreement> list = list(r.disagreements());
            if (list.isEmpty()) {
                return;
            }
            h.el("h3", "Where the sources disagree");
            h.el("p", "Not input errors: the value of the first source (YAML, then SSDA903, then the CIN census, then Annex A)"
                    + " was used. Worth correcting at the source.");
            h.open("table");
            h.el("caption", "Disagreements between sources", "class", "sr-only");
            h.open("thead").open("tr");
            h.el("th", "Child", "scope", "col").el("th", "Record", "scope", "col").el("th", "Field", "scope", "col")
                    .el("th", "Used", "scope", "col").el("th", "Other", "scope", "col");
            h.close("tr").close("thead").open("tbody");
            for (var d : list) {
                h.open("tr");
                h.el("th", d.child(), "scope", "row", "class", "cid");
                h.el("td", d.record());
                h.el("td", d.field());
                h.el("td", d.kept() + " (" + d.keptFrom() + ")");
                h.el("td", d.other() + " (" + d.otherFrom() + ")");
                h.close("tr");
            }
            h.close("tbody").close("table");
        }

        /** The records a criterion left out for want of data, by reason ("no visits recorded: 12"). */
        private void leftOut(CriterionResult c) {
            if (c.missing() == null || c.missing().records() == 0) {
                return;
            }
            h.el("p", ReportText.count(c.missing().records()) + (c.missing().records() == 1 ? " record" : " records")
                    + " left out for want of data:");
            h.open("ul", "class", "small");
            c.missing().reasons().forEach((reason, count) -> h.el("li", reason + ": " + ReportText.count(count)));
            h.close("ul");
        }

        private void dataQuality() {
            h.open("section", "id", "data-quality", "class", "major", "aria-labelledby", "data-quality-heading");
            h.el("h2", "Data quality", "id", "data-quality-heading");
            RecordCounts rc = r.records();
            if (rc != null) {
                h.el("p", ReportText.count(rc.read()) + " records were read; " + ReportText.count(rc.evaluated())
                        + " were evaluated and " + ReportText.count(rc.quarantined()) + " quarantined (left out of every "
                        + "criterion because they could not be read).");
            }

            sources();
            disagreements();

            List<QuarantinedRecord> quarantine = list(r.quarantine());
            h.el("h3", "Quarantined records");
            if (quarantine.isEmpty()) {
                h.el("p", "None.", "class", "small");
            } else {
                h.open("details", "open", "open");
                h.el("summary", ReportText.count(quarantine.size()) + " quarantined record" + (quarantine.size() == 1 ? "" : "s"));
                h.open("table");
                h.el("caption", "Quarantined records", "class", "sr-only");
                h.open("thead").open("tr");
                h.el("th", "Record", "scope", "col").el("th", "Kind", "scope", "col").el("th", "Where", "scope", "col")
                        .el("th", "Why", "scope", "col");
                h.close("tr").close("thead").open("tbody");
                for (QuarantinedRecord q : quarantine) {
                    h.open("tr");
                    h.el("th", q.subject() == null || q.subject().isBlank() ? "(no id)" : q.subject(), "scope", "row");
                    h.el("td", q.kind());
                    h.el("td", ReportText.location(q.file(), q.line()), "class", "cid");
                    h.el("td", q.reason());
                    h.close("tr");
                }
                h.close("tbody").close("table");
                h.close("details");
            }

            List<CriterionResult> insufficient = new ArrayList<>();
            List<CriterionResult> notYetDue = new ArrayList<>();
            List<CriterionResult> small = new ArrayList<>();
            List<CriterionResult> declared = new ArrayList<>();
            for (CriterionResult c : list(r.criteria())) {
                if (!ReportText.graded(c)) {
                    insufficient.add(c);
                }
                if (c.notYetDue() > 0) {
                    notYetDue.add(c);
                }
                if (c.smallNumbers()) {
                    small.add(c);
                }
                if (c.declared() != null && c.measure() != null && "cases".equals(c.source())) {
                    declared.add(c);
                }
            }

            h.el("h3", "Criteria not graded for lack of evidence");
            if (insufficient.isEmpty()) {
                h.el("p", "None: every criterion could be graded.", "class", "small");
            } else {
                h.open("table");
                h.el("caption", "The data that would let each be graded");
                h.open("thead").open("tr");
                h.el("th", "Criterion", "scope", "col").el("th", "Data needed", "scope", "col");
                h.close("tr").close("thead").open("tbody");
                for (CriterionResult c : insufficient) {
                    h.open("tr").open("th", "scope", "row");
                    criterionLink(c.id());
                    h.text(" " + oneLine(c.title()));
                    h.close("th");
                    h.open("td");
                    List<String> missing = c.missing().needs();
                    if (missing.isEmpty()) {
                        h.text("–");
                    } else {
                        h.open("ul");
                        for (String m : missing) {
                            h.el("li", ReportText.needInWords(m));
                        }
                        h.close("ul");
                    }
                    leftOut(c);
                    h.close("td").close("tr");
                }
                h.close("tbody").close("table");
            }

            List<CriterionResult> incomplete = new ArrayList<>();
            for (CriterionResult c : list(r.criteria())) {
                if (ReportText.graded(c) && (c.partialHistory() > 0 || (c.missing() != null && c.missing().records() > 0))) {
                    incomplete.add(c);
                }
            }
            h.el("h3", "Criteria graded on incomplete data");
            if (incomplete.isEmpty()) {
                h.el("p", "None: every graded criterion had the data it needs for every record, over a complete history.",
                        "class", "small");
            } else {
                h.el("p", "These were graded, but some records lacked the data the criterion needs (they count neither as"
                        + " met nor as breaches) or were judged only over the part of their history that is known"
                        + " (knownFrom). The grade stands for the records shown; the data below would complete it.");
                h.open("table");
                h.el("caption", "What would complete each criterion");
                h.open("thead").open("tr");
                h.el("th", "Criterion", "scope", "col").el("th", "Left out or partial", "scope", "col")
                        .el("th", "Data that would complete it", "scope", "col");
                h.close("tr").close("thead").open("tbody");
                for (CriterionResult c : incomplete) {
                    h.open("tr").open("th", "scope", "row");
                    criterionLink(c.id());
                    h.text(" " + oneLine(c.title()));
                    h.close("th");
                    h.open("td");
                    leftOut(c);
                    if (c.partialHistory() > 0) {
                        h.el("p", ReportText.count(c.partialHistory()) + (c.partialHistory() == 1 ? " record" : " records")
                                + " judged on a history known only from a date: earlier gaps could not be seen");
                    }
                    h.close("td");
                    h.open("td").open("ul");
                    for (String m : c.missing().needs()) {
                        h.el("li", ReportText.needInWords(m));
                    }
                    if (c.partialHistory() > 0) {
                        h.el("li", "the full history of those records, or an earlier knownFrom date");
                    }
                    h.close("ul").close("td").close("tr");
                }
                h.close("tbody").close("table");
            }

            h.el("h3", "Not yet due");
            if (notYetDue.isEmpty()) {
                h.el("p", "No work was left out as not yet due.", "class", "small");
            } else {
                h.el("p", "Work whose first deadline had not passed on the as-at date is neither met nor breached: it is "
                        + "left out of the population and counted here.");
                countTable("Work not yet due, by criterion", "Not yet due", notYetDue, CriterionResult::notYetDue);
            }

            h.el("h3", "Small numbers");
            if (small.isEmpty()) {
                h.el("p", "No graded criterion rests on fewer than 10 children or records.", "class", "small");
            } else {
                h.el("p", "These grades rest on fewer than 10 children or records (†): one case moves the measure a lot.");
                countTable("Criteria graded on small numbers", "Population", small, CriterionResult::population);
            }

            if (!declared.isEmpty()) {
                h.el("h3", "Declared indicators against the case data");
                h.open("table");
                h.el("caption", "What the authority declared and what its case records show");
                h.open("thead").open("tr");
                h.el("th", "Criterion", "scope", "col").el("th", "Declared", "scope", "col", "class", "num")
                        .el("th", "Computed", "scope", "col", "class", "num").el("th", "Difference", "scope", "col", "class", "num");
                h.close("tr").close("thead").open("tbody");
                for (CriterionResult c : declared) {
                    h.open("tr").open("th", "scope", "row");
                    criterionLink(c.id());
                    h.text(" " + oneLine(c.title()));
                    h.close("th");
                    h.el("td", ReportText.measure(c, c.declared()), "class", "num");
                    h.el("td", ReportText.measure(c), "class", "num");
                    double diff = Math.round((c.declared() - c.measure()) * 10) / 10.0;
                    h.el("td", (diff > 0 ? "+" : "") + ReportText.number(diff), "class", "num");
                    h.close("tr");
                }
                h.close("tbody").close("table");
            }
            h.close("section");
        }

        private void countTable(String caption, String heading, List<CriterionResult> rows,
                java.util.function.ToLongFunction<CriterionResult> value) {
            h.open("table");
            h.el("caption", caption);
            h.open("thead").open("tr");
            h.el("th", "Criterion", "scope", "col").el("th", heading, "scope", "col", "class", "num");
            h.close("tr").close("thead").open("tbody");
            for (CriterionResult c : rows) {
                h.open("tr").open("th", "scope", "row");
                criterionLink(c.id());
                h.text(" " + oneLine(c.title()));
                h.close("th");
                h.el("td", ReportText.count(value.applyAsLong(c)), "class", "num");
                h.close("tr");
            }
            h.close("tbody").close("table");
        }

        // ---------------------------------------------------------------- methodology

        private void methodology() {
            h.open("section", "id", "methodology", "class", "major", "aria-labelledby", "methodology-heading");
            h.el("h2", "Methodology", "id", "methodology-heading");
            h.open("dl", "class", "facts");
            Report.RulesInfo rules = r.rules();
            fact("Rules version", rules == null || rules.version() == null ? "–" : rules.version());
            fact("Rules", rules == null || rules.directory() == null ? "the bundled rules"
                    : "the bundled rules with the auditor's directory " + oneLine(rules.directory()));
            fact("Framework", ReportText.frameworkName(fw) + " [" + oneLine(fw) + "]");
            fact("Profile", ReportText.profileName(r.profile()) + " [" + oneLine(r.profile()) + "]");
            fact("Period", ReportText.period(r.period()) + ", data as at " + ReportText.date(r.asAt()));
            if (r.previous() != null) {
                fact("Previous period", ReportText.period(r.previous().period()) + ", data as at "
                        + ReportText.date(r.previous().asAt()));
            }
            h.close("dl");

            h.el("h3", "Local parameter overrides");
            Map<String, Double> overrides = rules == null || rules.overrides() == null ? Map.of() : rules.overrides();
            if (overrides.isEmpty()) {
                h.el("p", "None: every criterion uses the catalogue's parameters.", "class", "small");
            } else {
                h.open("table");
                h.el("caption", "Parameters the authority set under standards:");
                h.open("thead").open("tr");
                h.el("th", "Parameter", "scope", "col").el("th", "Value", "scope", "col", "class", "num");
                h.close("tr").close("thead").open("tbody");
                for (Map.Entry<String, Double> e : new java.util.TreeMap<>(overrides).entrySet()) {
                    h.open("tr");
                    h.el("th", e.getKey(), "scope", "row", "class", "cid");
                    h.el("td", ReportText.number(e.getValue()), "class", "num");
                    h.close("tr");
                }
                h.close("tbody").close("table");
            }

            h.el("h3", "How grades are computed");
            h.open("ol");
            h.el("li", "Each criterion's measure is the share of its population (children, plans, visits, workers) that "
                    + "met the standard, computed from the case records, or the authority's declared indicator when there "
                    + "is no case data. Work not yet due on the as-at date is left out.");
            h.el("li", "The measure is placed in the criterion's bands: 1 Outstanding, 2 Good, 3 " + word3
                    + ", 4 Inadequate. With no population and no indicator the criterion is not graded: the checker never "
                    + "invents a grade from missing data.");
            // the limits come from MeanBands, the grader's own, so this text cannot drift from the grading
            String bands = "Outstanding (" + MeanBands.range(1) + "), Good (" + MeanBands.range(2) + "), " + word3 + " ("
                    + MeanBands.range(3) + "), Inadequate (" + MeanBands.range(4) + ")";
            h.el("li", "An area's grade comes from the weighted mean of its graded criteria by bands: " + bands
                    + ". It is then capped: no better than its worst limiting criterion, no better than Good when a limiting "
                    + "criterion could not be graded (Outstanding needs evidence on what limits), and Inadequate if it has a "
                    + "critical finding. With fewer than half its criteria graded, or a limiting criterion not graded, it is "
                    + "marked limited evidence.");
            if ("ilacs-2023".equals(fw)) {
                h.el("li", "Overall effectiveness comes from the weighted mean of every graded criterion, each counted once, "
                        + "by the same bands, and is Inadequate when any judgement has a critical finding or a limiting "
                        + "criterion graded Inadequate.");
            } else {
                h.el("li", "Overall effectiveness comes from the weighted mean of every graded criterion of its areas, each "
                        + "counted once, by the same bands, and is no better than the judgement on children's safety. Capacity "
                        + "for improvement comes from the mean of leadership and management and of performance management by "
                        + "the same bands; against a previous period it moves one grade better when the criteria graded in both "
                        + "that improved outnumber those that declined by at least a quarter of them, one grade worse the other "
                        + "way round, and otherwise stays.");
            }
            h.el("li", "Each criterion graded " + word3 + " or Inadequate raises an area for improvement with its "
                    + "timescale; a critical finding raises one to be acted on immediately.");
            h.close("ol");

            h.el("h3", "Criteria and where their standards come from");
            h.open("table", "class", "sources");
            h.el("caption", "The criteria of this report");
            h.open("thead").open("tr");
            h.el("th", "Criterion", "scope", "col").el("th", "Standard from", "scope", "col")
                    .el("th", "Weight", "scope", "col", "class", "num").el("th", "If below Good", "scope", "col");
            h.close("tr").close("thead").open("tbody");
            for (CriterionResult c : list(r.criteria())) {
                h.open("tr").open("th", "scope", "row");
                criterionLink(c.id());
                h.text(" " + oneLine(c.title()));
                if (!c.inProfile()) {
                    tag("outside profile", false);
                }
                h.close("th");
                h.el("td", c.reference() == null ? "–" : c.reference());
                h.el("td", ReportText.number(c.weight()) + (c.limiting() ? " L" : ""), "class", "num");
                h.el("td", c.timescale() == null ? "–" : ReportText.timescaleHeading(c.timescale()));
                h.close("tr");
            }
            h.close("tbody").close("table");
            h.el("p", "L: limiting criterion. Weights of national-indicator criteria are fitted to real Ofsted judgements; "
                    + "all others weigh 1.", "class", "small");
            h.close("section");
        }

        private void footer() {
            h.open("footer");
            h.el("p", "Produced by compliance-checker from " + authorityName() + "'s self-assessment"
                    + (r.rules() == null || r.rules().version() == null ? "" : ", rules version " + oneLine(r.rules().version()))
                    + ". This is a self-assessment, not an Ofsted judgement.");
            h.el("p", "The evidence lists name children and workers by their case-record identifiers: share this report "
                    + "only as the authority's information-sharing arrangements allow.");
            h.close("footer");
        }
    }
}

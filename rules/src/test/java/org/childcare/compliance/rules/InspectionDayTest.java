package org.childcare.compliance.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.childcare.compliance.calendar.WorkingCalendar;
import org.childcare.compliance.check.CheckRequest;
import org.childcare.compliance.check.CheckResult;
import org.childcare.compliance.check.Checker;
import org.childcare.compliance.grading.GateOptions;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.ProtectionPlan;
import org.childcare.compliance.report.ConsoleSummary;
import org.childcare.compliance.report.CriterionResult;
import org.childcare.compliance.report.InspectionDay;
import org.childcare.compliance.report.format.HtmlReportFormat;
import org.childcare.compliance.source.ReturnRead;
import org.childcare.compliance.source.annexa.AnnexAOptions;
import org.childcare.compliance.source.annexa.AnnexAReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With an Annex A workbook, CP-03 is the inspector's question on the day, and the console and the HTML
 * open with the overdue lists by team.
 */
class InspectionDayTest {
    private static final Path DIR = Path.of("src/test/resources/returns/annex-a");
    private static final Path WORKBOOK = DIR.resolve("Northfield Annex A 2024-11.xlsx");
    private static final LocalDate AS_AT = LocalDate.of(2024, 11, 30);

    @TempDir
    Path tmp;

    private CheckResult check() throws Exception {
        return new Checker().check(CheckRequest.of(DIR).withPseudonymKey(tmp.resolve("pseudonym.key")), GateOptions.defaults());
    }

    @Test
    void cp03FromAWorkbookIsTheCountOfPlansVisitedWithinTenWorkingDaysOfAsAt() throws Exception {
        // an independent count, straight from the workbook: plans in the window whose latest visit is
        // within 10 working days of asAt (or of the plan's end)
        ReturnRead read = AnnexAReader.read(List.of(WORKBOOK), DIR,
                AnnexAOptions.defaults().withPseudonymKey(tmp.resolve("pseudonym.key")), w -> { });
        WorkingCalendar calendar = WorkingCalendar.englandAndWales();
        int plans = 0;
        int visitedInTime = 0;
        for (Child child : read.children().values()) {
            for (ProtectionPlan p : child.getProtectionPlans()) {
                plans++;
                LocalDate stop = p.getEnd() == null || p.getEnd().isAfter(AS_AT) ? AS_AT : p.getEnd();
                LocalDate latest = p.getVisits().get(0).getDate();
                if (calendar.workingDaysBetween(latest, stop) <= 10) {
                    visitedInTime++;
                }
            }
        }
        CriterionResult cp03 = check().report().criteria().stream().filter(c -> c.id().equals("CP-03")).findFirst()
                .orElseThrow();
        assertEquals(plans, cp03.population() + cp03.notYetDue());
        assertEquals(visitedInTime, cp03.met());
        assertEquals(cp03.population(), cp03.partialHistory(), "every plan judged on its latest visit only");
    }

    @Test
    void theConsoleAndTheHtmlOpenWithTheOverdueListsByTeam() throws Exception {
        CheckResult result = check();
        List<InspectionDay.OverdueList> lists = InspectionDay.lists(result.report());
        assertEquals(List.of("CP-03", "LAC-01", "LAC-03", "HLT-02", "CL-01"),
                lists.stream().map(InspectionDay.OverdueList::criterion).toList());
        List<String> console = ConsoleSummary.lines(result.report(), List.of());
        int onTheDay = console.indexOf("  ON THE DAY (as at 2024-11-30, from the Annex A workbook's latest events)");
        assertTrue(onTheDay > 0 && onTheDay < 3, () -> String.join("\n", console));
        ByteArrayOutputStream html = new ByteArrayOutputStream();
        new HtmlReportFormat().write(result.report(), html);
        String page = html.toString(StandardCharsets.UTF_8);
        int day = page.indexOf("On the day: who is overdue");
        assertTrue(day > 0 && day < page.indexOf("id=\"summary\"") || day > 0 && page.indexOf("id=\"summary\"") < 0, "first on the page");
    }
}

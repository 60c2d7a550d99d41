package org.childcare.compliance.report.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReportFormatTest {

    @Test
    void summarisesForAPullRequest() {
        String md = Outputs.text(new MarkdownReportFormat(), ReportFixtures.northfield());
        for (String expected : List.of("# Record of main findings: Northfield City Council\n", "## ❌ Gate failed\n",
                "- area SAFE graded Inadequate\n", "## Critical findings: 3\n",
                "- **CP-13** C0874 (record P1): on a plan since 2011-07-04 and unallocated on 2011-09-12 (children/team-c.yaml:1210)\n",
                "| **Overall effectiveness** | Inadequate (4) | Adequate (3) | ▼ declined |\n",
                "### Immediately\n", "### Within three months\n", "### Within six months\n",
                "- improve the timeliness of initial child protection conferences (CP-01; QOP)\n",
                "| CP-01 Initial child protection conferences in time | 46.7% (56 of 120) | Inadequate (4) | 40.1%, Inadequate (4) | ► held |\n",
                "| WF-01 Average caseload of qualified social workers | 21.4 (over 146) | Adequate (3) | 23, Inadequate (4) | ▲ improved |\n")) {
            assertTrue(md.contains(expected), "the summary shows: " + expected);
        }
    }

    @Test
    void hostileTextCannotBecomeMarkupOrBreakATable() {
        String md = Outputs.text(new MarkdownReportFormat(), ReportFixtures.hostile());
        assertFalse(java.util.regex.Pattern.compile("(?<!\\\\)<").matcher(md).find(), "every < is escaped: no raw HTML");
        assertFalse(java.util.regex.Pattern.compile("(?<!\\\\)\\]\\(").matcher(md).find(), "no link");
        for (String line : md.split("\n")) {
            if (line.startsWith("| ") && !line.startsWith("|---")) {
                long cells = line.replace("\\\\", "").replace("\\|", "").chars().filter(ch -> ch == '|').count();
                assertTrue(cells == 5 || cells == 6, "a table row keeps its cells: " + line);
            }
        }
        assertEquals("a \\| b \\*\\*c\\*\\* \\[x\\](javascript:alert(5)) \\`d\\` \\$e\\$ \\&amp; \\<b\\>f\\</b\\>",
                MarkdownReportFormat.esc(ReportFixtures.HOSTILE.get(5)));
        assertEquals("1\\. not a list", MarkdownReportFormat.esc("1. not a list"));
        assertEquals("\\- not a list either", MarkdownReportFormat.esc("- not a list either"));
        assertEquals("line break and tab \\# heading", MarkdownReportFormat.esc("line\r\nbreak\tand tab\n# heading"));
    }
}

package org.childcare.compliance.report.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.childcare.compliance.report.Report;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JUnitReportFormatTest {

    private static Document xml(Report report) throws Exception {
        return XmlParse.parse(Outputs.bytes(new JUnitReportFormat(), report));
    }

    /** name → "passed", "failure:type", or "skipped" */
    private static Map<String, String> outcomes(Document doc) {
        Map<String, String> out = new LinkedHashMap<>();
        NodeList cases = doc.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            String outcome = "passed";
            if (c.getElementsByTagName("failure").getLength() > 0) {
                outcome = "failure:" + ((Element) c.getElementsByTagName("failure").item(0)).getAttribute("type");
            } else if (c.getElementsByTagName("skipped").getLength() > 0) {
                outcome = "skipped";
            }
            out.put(c.getAttribute("classname") + " | " + c.getAttribute("name"), outcome);
        }
        return out;
    }

    @Test
    void oneTestcasePerCriterionWithFailuresAndSkipsCounted() throws Exception {
        Document doc = xml(ReportFixtures.northfield());
        Element suite = doc.getDocumentElement();
        assertEquals("testsuite", suite.getTagName());
        assertEquals("compliance", suite.getAttribute("name"));
        Map<String, String> outcomes = outcomes(doc);
        assertEquals("failure:inadequate", outcomes.get("QOP | CP-01 Initial child protection conferences in time"));
        assertEquals("failure:critical", outcomes.get("SAFE | CP-03 Child protection visits in time"),
                "graded Adequate but with critical findings");
        assertEquals("failure:critical", outcomes.get("SAFE | CP-13 Children on a plan allocated to a qualified social worker"));
        assertEquals("failure:inadequate", outcomes.get("PMQA | SUP-01 Supervision at the required frequency"));
        assertEquals("skipped", outcomes.get("EQD | EQD-01 Assessments that consider equality and diversity"));
        assertEquals("skipped", outcomes.get("LAC-HEALTHY | HLT-01 Initial health assessments in time"));
        assertEquals("passed", outcomes.get("QOP | ASM-01 Assessments completed in time"));
        assertEquals(17, outcomes.size());
        assertEquals("17", suite.getAttribute("tests"));
        assertEquals(String.valueOf(outcomes.values().stream().filter(o -> o.startsWith("failure")).count()),
                suite.getAttribute("failures"));
        assertEquals("4", suite.getAttribute("failures"));
        assertEquals("2", suite.getAttribute("skipped"));
        assertEquals("0", suite.getAttribute("errors"));
    }

    @Test
    void messagesCarryMeasureGradeWorstFindingsMissingDataAndThePreviousPeriod() throws Exception {
        Document doc = xml(ReportFixtures.northfield());
        NodeList failures = doc.getElementsByTagName("failure");
        String cp01 = ((Element) failures.item(0)).getAttribute("message");
        assertTrue(cp01.startsWith("46.7% (56 of 120), Inadequate (4); bands 90 / 75 / 60; previous 40.1%, Inadequate (4), ► held. "
                + "Worst: C0001 (record P1): initial conference 19 working days after the strategy discussion (limit 15) "
                + "(children/team-a.yaml:120); "), cp01);
        assertTrue(cp01.endsWith("; and 61 more"), cp01);
        String cp03 = ((Element) failures.item(1)).getAttribute("message");
        assertTrue(cp03.contains("2 critical findings. Worst: CRITICAL C0058 (record P1)"), cp03);
        String skipped = ((Element) doc.getElementsByTagName("skipped").item(0)).getAttribute("message");
        assertEquals("not graded: insufficient evidence; needs audited assessments with quality.equalityAndDiversity recorded "
                + "(assessments[].quality); or indicators: EQD-01 with its population", skipped);
    }

    @Test
    void criteriaOutsideTheProfileAreSkipped() throws Exception {
        Map<String, String> outcomes = outcomes(xml(ReportFixtures.ilacsFocusedVisit()));
        assertEquals("skipped", outcomes.get("HELP | CP-01 Initial child protection conferences in time"));
        assertEquals("failure:inadequate", outcomes.get("CARE | LAC-10 Placements near home"));
        assertEquals("passed", outcomes.get("LEADERS | WF-04 Agency social workers"));
    }

    @Test
    void hostileTextIsWellFormedAndKeptAsText() throws Exception {
        Document doc = xml(ReportFixtures.hostile());
        String all = doc.getDocumentElement().getTextContent();
        NodeList cases = doc.getElementsByTagName("testcase");
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < cases.getLength(); i++) {
            names.append(((Element) cases.item(i)).getAttribute("name")).append('\n');
        }
        assertTrue(names.toString().contains("<script>alert(1)</script>"));
        assertTrue(all.contains("]]><!-- --><![CDATA["));
        assertEquals(17, cases.getLength());
    }
}

package org.childcare.compliance.report.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.childcare.compliance.report.Report;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * report.html is also well-formed XML, so the JDK can parse it and every element and attribute
 * can be checked: only the markup the formatter writes, no handler, nothing fetched, every table
 * captioned, every header cell scoped, and hostile text kept as text.
 */
class HtmlReportFormatTest {
    private static final Set<String> ELEMENTS = Set.of("html", "head", "meta", "link", "title", "style", "body", "header",
            "nav", "main", "section", "article", "aside", "footer", "div", "p", "span", "a", "h1", "h2", "h3", "h4", "h5",
            "ul", "ol", "li", "dl", "dt", "dd", "table", "caption", "thead", "tbody", "tr", "th", "td", "details", "summary",
            "figure", "figcaption", "time", "svg", "defs", "pattern", "rect", "line", "circle", "path", "text", "g");
    private static final Set<String> ATTRIBUTES = Set.of("lang", "charset", "name", "content", "http-equiv", "rel", "href",
            "class", "id", "aria-labelledby", "aria-label", "aria-hidden", "role", "scope", "colspan", "title", "datetime",
            "open", "focusable", "xmlns", "viewBox", "width", "height", "x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "d",
            "fill", "fill-opacity", "stroke", "stroke-opacity", "stroke-width", "text-anchor", "patternUnits",
            "patternTransform");

    private static String html(Report report) {
        return Outputs.text(new HtmlReportFormat(), report);
    }

    private static Document dom(Report report) throws Exception {
        return XmlParse.parse(Outputs.bytes(new HtmlReportFormat(), report));
    }

    private static List<Element> elements(Document doc) {
        List<Element> all = new ArrayList<>();
        NodeList list = doc.getElementsByTagName("*");
        for (int i = 0; i < list.getLength(); i++) {
            all.add((Element) list.item(i));
        }
        return all;
    }

    @Test
    void hostileStringsInEveryFieldComeOutInert() throws Exception {
        Report report = ReportFixtures.hostile();
        String page = html(report);
        Document doc = dom(report);
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Element e : elements(doc)) {
            if (!ELEMENTS.contains(e.getLocalName())) {
                problems.add("element <" + e.getLocalName() + ">");
            }
            NamedNodeMap attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr a = (Attr) attributes.item(i);
                String name = a.getName();
                if (!ATTRIBUTES.contains(name) || name.toLowerCase(Locale.ROOT).startsWith("on")) {
                    problems.add("attribute " + name + " on <" + e.getLocalName() + ">");
                }
                if (name.equals("href") && !a.getValue().startsWith("#") && !a.getValue().equals("data:,")) {
                    problems.add("link to " + a.getValue());
                }
                if (name.equals("id") && !ids.add(a.getValue())) {
                    problems.add("duplicate id " + a.getValue());
                }
            }
        }
        assertEquals(List.of(), problems);
        assertFalse(page.toLowerCase(Locale.ROOT).contains("<script"), "no script element");
        assertFalse(page.toLowerCase(Locale.ROOT).contains("<img"), "no image element");

        String text = doc.getDocumentElement().getTextContent();
        for (String hostile : List.of("<script>alert(1)</script>", "\"onmouseover=\"alert(2)\"", "'><img src=x onerror=alert(3)>",
                "</title><svg onload=alert(4)>", "]]><!-- --><![CDATA[", "[x](javascript:alert(5))", "café")) {
            assertTrue(text.contains(hostile), "shown as text: " + hostile);
        }
        assertTrue(text.contains("ctl\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD end"), "control characters become U+FFFD");
        assertTrue(text.contains("lone \uFFFD surrogate \uFFFD \uFFFD"), "unpaired surrogates become U+FFFD");
    }

    @Test
    void isSelfContainedAndRunsNothing() {
        String page = html(ReportFixtures.northfield());
        assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">\n"));
        assertTrue(page.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;;"));
        Matcher urls = Pattern.compile("(https?:)?//[\\w.-]+").matcher(page);
        while (urls.find()) {
            assertEquals("http://www.w3.org", urls.group(), "only the SVG namespace, which is never fetched");
        }
        assertFalse(page.contains("@import"));
        assertFalse(page.contains(" src="));
        Matcher cssUrls = Pattern.compile("url\\(([^)]*)\\)").matcher(page);
        while (cssUrls.find()) {
            assertTrue(cssUrls.group(1).startsWith("#"), "CSS refers only to patterns in the page: " + cssUrls.group());
        }
        assertFalse(page.contains("<script"));
    }

    @Test
    void isAccessible() throws Exception {
        Document doc = dom(ReportFixtures.northfield());
        assertEquals("en-GB", doc.getDocumentElement().getAttribute("lang"));
        List<String> problems = new ArrayList<>();
        int h1 = 0;
        int last = 1;
        for (Element e : elements(doc)) {
            String name = e.getLocalName();
            if (name.equals("table") && (e.getElementsByTagName("caption").getLength() == 0
                    || !"caption".equals(firstElement(e).getLocalName()))) {
                problems.add("table without a caption: " + e.getAttribute("class"));
            }
            if (name.equals("th") && e.getAttribute("scope").isEmpty()) {
                problems.add("th without scope: " + e.getTextContent());
            }
            if (name.equals("svg") && !"true".equals(e.getAttribute("aria-hidden"))
                    && (!"img".equals(e.getAttribute("role")) || e.getAttribute("aria-label").isEmpty())) {
                problems.add("chart without role and label");
            }
            if (name.matches("h[1-6]")) {
                int level = name.charAt(1) - '0';
                h1 += level == 1 ? 1 : 0;
                if (level > last + 1) {
                    problems.add("heading level skipped before " + e.getTextContent());
                }
                last = level;
            }
            if (e.getAttribute("class").contains("grade g") && e.getTextContent().isBlank()) {
                problems.add("grade without a word");
            }
        }
        assertEquals(1, h1);
        assertEquals(List.of(), problems);
    }

    private static Element firstElement(Element e) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                return child;
            }
        }
        return null;
    }

    @Test
    void showsTheRecordOfMainFindingsLikeTheInspectionReports() throws Exception {
        Document doc = dom(ReportFixtures.northfield());
        Element table = elements(doc).stream().filter(e -> e.getAttribute("id").equals("record-of-main-findings"))
                .findFirst().orElseThrow();
        NodeList rows = table.getElementsByTagName("tr");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < rows.getLength(); i++) {
            List<String> cells = new ArrayList<>();
            for (Node n = rows.item(i).getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element cell) {
                    cells.add(cell.getTextContent().replaceAll("\\s+", " ").strip());
                }
            }
            lines.add(String.join(" ", cells).strip());
        }
        assertEquals("Judgement Grade Previous period Change", lines.get(0));
        assertEquals("Safeguarding services", lines.get(1));
        assertEquals("Overall effectiveness ✖ Inadequate Adequate (3) ▼ declined", lines.get(2));
        assertEquals("Capacity for improvement ◆ Adequate Adequate (3) ► held", lines.get(3));
        assertEquals("Children and young people are safe and feel safe ⚠ 3 critical ✖ Inadequate Adequate (3) ▼ declined",
                lines.get(4));
        assertEquals("Quality of provision ◆ Adequate Inadequate (4) ▲ improved", lines.get(5));
        assertEquals("Services for looked after children", lines.get(12));
        assertEquals("Being healthy ○ Not graded: insufficient evidence Adequate (3) –", lines.get(15));
        assertEquals(25, lines.size());
    }

    @Test
    void carriesEverySectionTheBoardNeeds() {
        String page = html(ReportFixtures.northfield());
        for (String expected : List.of("Critical findings: 3 children or records may be at risk now", "✖ Gate failed",
                "area SAFE graded Inadequate", ">Immediately<", ">Within three months<", ">Within six months<",
                "improve the timeliness of initial child protection conferences", "Judgements and why", "Why this grade",
                "Criteria in detail", "Evidence: 64 records did not meet the standard (the first 3 listed)",
                "children/team-a.yaml:120", "Data quality", "Quarantined records", "dateOfBirth &#39;2031-02-30&#39; is not a date",
                "audited assessments with quality.equalityAndDiversity recorded", "Not yet due", "Small numbers",
                "Declared indicators against the case data", "Methodology", "sha256:3f6c1a9e0b7d44e2",
                "CP-03.maxIntervalWorkingDays", "Working Together 2010 5.81", "How grades are computed",
                "40.1%, Inadequate (4), ► held", "▲ improved", "▼ declined", "England 66%", "rate of its lowest part, gp: 70 of 120",
                "1 April 2009 to 31 March 2010", "<time datetime=\"2011-09-12\">12 September 2011</time>",
                // data quality: records left out for want of data, and criteria judged on a partial history
                "Criteria graded on incomplete data", "12 records left out for want of data:", "no visits recorded: 9",
                "12 records judged on a history known only from a date",
                "assessment not audited for equality and diversity: 38")) {
            assertTrue(page.contains(expected), "the report shows: " + expected);
        }
        assertEquals(14, count(page, "<svg class=\"chart\""), "a chart per criterion with a measure and numeric bands");
    }

    @Test
    void followsTheFrameworkAndProfile() {
        String page = html(ReportFixtures.ilacsFocusedVisit());
        assertTrue(page.contains("<th scope=\"rowgroup\" colspan=\"2\" class=\"section-row\">Judgements</th>"));
        assertTrue(page.contains("Requires improvement to be good"));
        assertFalse(page.contains(">Adequate<"), "ILACS has no Adequate");
        assertTrue(page.contains("outside this profile: not counted in any judgement"));
        assertTrue(page.contains("Focused visit: children in care"));
        assertFalse(page.contains("Previous period"), "no previous column without a previous period");
        assertTrue(page.contains("✔ Gate passed"));
        assertTrue(page.contains("No critical findings"));
        assertTrue(page.contains("the bundled rules with the auditor&#39;s directory rules-local"));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}

package org.childcare.compliance.report.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.childcare.compliance.report.Report;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Opens report.html in a real browser (headless Chromium over the DevTools protocol): no console
 * errors, no request but the file itself, the record of main findings and the grade words on
 * screen, and hostile text inert. Leaves a screenshot and a PDF print under the build directory
 * ({@code report-review/browser/}) for a person to look at.
 *
 * <p>Needs {@code /usr/bin/chromium} (Debian packages {@code chromium} and {@code chromium-driver}):
 * without it the test is skipped, except on CI ({@code CI=true}) where it fails.
 */
class HtmlReportBrowserTest {

    /** Called first by every test, so that each is reported skipped (or failed on CI) on its own. */
    private static void needsChromium() {
        if (!HeadlessChromium.available()) {
            String message = HeadlessChromium.CHROMIUM + " not found: install the Debian packages chromium and chromium-driver";
            if ("true".equals(System.getenv("CI"))) {
                fail(message + " (required on CI)");
            }
            Assumptions.assumeTrue(false, message + "; browser test skipped");
        }
    }

    private static Path write(Report report, String name) throws IOException {
        needsChromium();
        Path dir = Outputs.reviewDir("browser");
        Path file = dir.resolve(name);
        Files.write(file, Outputs.bytes(new HtmlReportFormat(), report));
        return file;
    }

    /** Navigates and waits for the load event, with console, log and network events recorded. */
    private static void open(HeadlessChromium browser, Path file) throws Exception {
        browser.clearEvents();
        browser.page("Runtime.enable");
        browser.page("Log.enable");
        browser.page("Page.enable");
        browser.page("Network.enable");
        browser.page("Page.navigate", Map.of("url", file.toUri().toString()));
        browser.await("Page.loadEventFired", p -> true);
    }

    /** Console errors, uncaught exceptions, error log entries and any request but the page itself. */
    private static List<String> problems(HeadlessChromium browser, Path file) {
        List<String> problems = new ArrayList<>();
        for (JsonNode call : browser.events("Runtime.consoleAPICalled")) {
            String type = call.path("type").asText();
            if (type.equals("error") || type.equals("assert") || type.equals("warning")) {
                problems.add("console." + type + ": " + call.path("args"));
            }
        }
        for (JsonNode e : browser.events("Runtime.exceptionThrown")) {
            problems.add("exception: " + e.path("exceptionDetails"));
        }
        for (JsonNode e : browser.events("Log.entryAdded")) {
            String level = e.path("entry").path("level").asText();
            if (level.equals("error") || level.equals("warning")) {
                problems.add("log " + level + ": " + e.path("entry").path("text").asText() + " " + e.path("entry").path("url").asText());
            }
        }
        String self = file.toUri().toString();
        for (JsonNode e : browser.events("Network.requestWillBeSent")) {
            String url = e.path("request").path("url").asText();
            if (!url.equals(self) && !url.startsWith("data:")) {
                problems.add("request to " + url + " (the report must be self-contained)");
            }
        }
        for (JsonNode e : browser.events("Network.loadingFailed")) {
            problems.add("failed request: " + e);
        }
        for (JsonNode e : browser.events("Page.javascriptDialogOpening")) {
            problems.add("a dialog opened: " + e.path("message").asText());
        }
        return problems;
    }

    @Test
    void showsTheRecordOfMainFindingsWithoutErrorsAndLeavesAScreenshot() throws Exception {
        Path file = write(ReportFixtures.northfield(), "report.html");
        Path dir = file.getParent();
        try (HeadlessChromium browser = new HeadlessChromium(1100, 1500)) {
            open(browser, file);

            assertEquals("en-GB", browser.evaluate("document.documentElement.lang").asText());
            assertEquals("Record of main findings",
                    browser.evaluate("document.querySelector('table#record-of-main-findings > caption').textContent").asText());
            String record = browser.evaluate("document.querySelector('table#record-of-main-findings').innerText").asText();
            for (String expected : List.of("Safeguarding services", "Services for looked after children",
                    "Overall effectiveness", "Capacity for improvement", "Children and young people are safe and feel safe",
                    "Inadequate", "Adequate", "Good", "Not graded")) {
                assertTrue(record.contains(expected), "record of main findings shows '" + expected + "':\n" + record);
            }
            assertEquals(22, browser.evaluate("document.querySelectorAll('#record-of-main-findings th[scope=row]').length").asInt());
            assertTrue(browser.evaluate("document.querySelector('.box.critical').innerText").asText().contains("C0058"),
                    "the critical findings box names the child");
            assertEquals(1, browser.evaluate("document.querySelectorAll('h1').length").asInt());
            assertEquals(0, browser.evaluate("document.scripts.length").asInt());
            assertEquals("", browser.evaluate("""
                    (() => { let last = 1, bad = [];
                      for (const h of document.querySelectorAll('h1,h2,h3,h4,h5,h6')) {
                        const level = +h.tagName[1]; if (level > last + 1) bad.push(h.tagName + ' ' + h.textContent); last = level; }
                      return bad.join('; '); })()""").asText(), "headings skip no level");
            JsonNode charts = browser.evaluate(
                    "[...document.querySelectorAll('svg.chart')].map(s => Math.round(s.getBoundingClientRect().width))");
            assertTrue(charts.size() >= 10, "a chart per criterion with a measure: " + charts);
            charts.forEach(w -> assertTrue(w.asInt() > 300, "charts are drawn at a readable width: " + charts));
            assertEquals(0, browser.evaluate("""
                    [...document.querySelectorAll('body *')].filter(e => { const s = getComputedStyle(e);
                      return e.closest('svg.defs') == null && e.getBoundingClientRect().right > document.documentElement.clientWidth + 1
                        && s.position !== 'absolute'; }).length""").asInt(), "nothing overflows the page width");

            List<String> problems = problems(browser, file);
            assertTrue(problems.isEmpty(), "no console errors and no requests: " + problems);

            HeadlessChromium.save(browser.page("Page.captureScreenshot", Map.of("format", "png")),
                    dir.resolve("report-screenshot.png"));
            JsonNode size = browser.page("Page.getLayoutMetrics").path("cssContentSize");
            HeadlessChromium.save(browser.page("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", size.path("width").asDouble(), "height",
                            Math.min(size.path("height").asDouble(), 16000), "scale", 1))), dir.resolve("report-full.png"));
            HeadlessChromium.save(browser.page("Page.printToPDF", Map.of("preferCSSPageSize", true, "printBackground", true)),
                    dir.resolve("report.pdf"));
            assertTrue(Files.size(dir.resolve("report-screenshot.png")) > 10_000, "a screenshot was taken");
            assertTrue(problems(browser, file).isEmpty(), "no errors while printing: " + problems(browser, file));
        }
    }

    @Test
    void showsAnIlacsReportWithItsOwnWords() throws Exception {
        Path file = write(ReportFixtures.ilacsFocusedVisit(), "report-ilacs.html");
        try (HeadlessChromium browser = new HeadlessChromium(1100, 1500)) {
            open(browser, file);
            String record = browser.evaluate("document.querySelector('table#record-of-main-findings').innerText").asText();
            assertTrue(record.contains("Judgements"), record);
            assertTrue(record.contains("Requires improvement to be good"), record);
            List<String> problems = problems(browser, file);
            assertTrue(problems.isEmpty(), "no console errors and no requests: " + problems);
            HeadlessChromium.save(browser.page("Page.captureScreenshot", Map.of("format", "png")),
                    file.resolveSibling("report-ilacs-screenshot.png"));
        }
    }

    @Test
    void hostileTextStaysText() throws Exception {
        Path file = write(ReportFixtures.hostile(), "report-hostile.html");
        try (HeadlessChromium browser = new HeadlessChromium(1100, 1500)) {
            open(browser, file);
            assertEquals(0, browser.evaluate("document.querySelectorAll('script, img, iframe, object, embed, form').length")
                    .asInt(), "no element made from data");
            assertEquals("", browser.evaluate("""
                    [...document.querySelectorAll('*')].flatMap(e => [...e.attributes]
                      .filter(a => a.name.startsWith('on') || /^\\s*javascript:/i.test(a.value))
                      .map(a => e.tagName + ' ' + a.name)).join(', ')""").asText(), "no event handler or script URL");
            assertTrue(browser.evaluate("document.body.innerText").asText().contains("<script>alert(1)</script>"),
                    "the hostile text is shown as text");
            assertEquals(1, browser.evaluate("document.querySelectorAll('head > title').length").asInt());
            List<String> problems = problems(browser, file);
            assertTrue(problems.isEmpty(), "nothing ran, nothing was fetched: " + problems);
        }
    }
}

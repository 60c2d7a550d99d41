package org.childcare.compliance.report.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.childcare.compliance.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFormatsTest {

    @Test
    void namesAndFileNamesAreThoseOfInterfacesMd() {
        assertEquals(List.of("html", "json", "markdown", "junit", "sarif"), ReportFormats.names());
        assertEquals(List.of("report.html", "report.json", "report.md", "TEST-compliance.xml", "report.sarif"),
                ReportFormats.all().stream().map(ReportFormat::fileName).toList());
        for (String name : ReportFormats.names()) {
            assertEquals(name, ReportFormats.get(name).name());
        }
    }

    @Test
    void parsesACommaListIgnoringBlanksCaseAndRepeats() {
        assertEquals(List.of("html", "json"), ReportFormats.parse(ReportFormats.DEFAULT).stream().map(ReportFormat::name).toList());
        assertEquals(List.of("sarif", "markdown", "junit"),
                ReportFormats.parse(" SARIF , markdown,,junit, sarif ").stream().map(ReportFormat::name).toList());
        assertEquals(List.of("json", "html"),
                ReportFormats.parse(List.of("json", "html,json")).stream().map(ReportFormat::name).toList());
    }

    @Test
    void anUnknownNameIsRefusedWithTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportFormats.parse("html,pdf,xlsx"));
        assertEquals("unknown report formats 'pdf', 'xlsx': valid formats are html, json, markdown, junit, sarif", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ReportFormats.get("md"));
        assertEquals("unknown report format 'md': valid formats are html, json, markdown, junit, sarif", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ReportFormats.parse(" , "));
        assertTrue(e.getMessage().startsWith("no report format given: valid formats are html, json"), e.getMessage());
    }

    @Test
    void writeAllWritesTheNamedFilesInOrder(@TempDir Path dir) throws Exception {
        Report report = ReportFixtures.northfield();
        Path out = dir.resolve("compliance");
        List<Path> written = ReportFormats.writeAll(report, out, List.of("sarif,html", "json"));
        assertEquals(List.of(out.resolve("report.sarif"), out.resolve("report.html"), out.resolve("report.json")), written);
        for (Path file : written) {
            assertArrayEquals(Outputs.bytes(ReportFormats.get(file.getFileName().toString().equals("report.sarif") ? "sarif"
                    : file.getFileName().toString().equals("report.html") ? "html" : "json"), report), Files.readAllBytes(file));
        }
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(3, files.count(), "no temporary file is left behind");
        }
        List<Path> all = ReportFormats.writeAll(report, out, ReportFormats.names());
        assertEquals(5, all.size());
        assertTrue(Files.exists(out.resolve("TEST-compliance.xml")));
        assertTrue(Files.exists(out.resolve("report.md")));
    }

    @Test
    void writeAllWritesNothingWhenANameIsUnknown(@TempDir Path dir) {
        Path out = dir.resolve("compliance");
        assertThrows(IllegalArgumentException.class,
                () -> ReportFormats.writeAll(ReportFixtures.northfield(), out, List.of("html,docx")));
        assertFalse(Files.exists(out));
    }
}

package org.childcare.compliance.source.annexa;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A workbook written part by part, for what fastexcel's writer cannot make: error cells
 * ({@code #N/A}, {@code #REF!}), formulas with cached results, a 1904 date system, a custom date
 * format with a locale prefix. Cells are given as SpreadsheetML {@code <c>} elements; style 1 is a
 * date format {@code [$-809]dd mmm yyyy}, style 0 General.
 */
final class RawXlsx {
    private RawXlsx() {}

    static String text(String ref, String value) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" + value + "</t></is></c>";
    }

    static String number(String ref, String value) {
        return "<c r=\"" + ref + "\"><v>" + value + "</v></c>";
    }

    static String date(String ref, String serial) {
        return "<c r=\"" + ref + "\" s=\"1\"><v>" + serial + "</v></c>";
    }

    static String error(String ref, String code) {
        return "<c r=\"" + ref + "\" t=\"e\"><v>" + code + "</v></c>";
    }

    static String formulaDate(String ref, String formula, String serial) {
        return "<c r=\"" + ref + "\" s=\"1\"><f>" + formula + "</f><v>" + serial + "</v></c>";
    }

    static String bool(String ref, boolean value) {
        return "<c r=\"" + ref + "\" t=\"b\"><v>" + (value ? 1 : 0) + "</v></c>";
    }

    static String row(int number, String... cells) {
        return "<row r=\"" + number + "\">" + String.join("", cells) + "</row>";
    }

    /** One worksheet: its name and its {@code <row>} elements. */
    record Sheet(String name, String... rows) {}

    static Path write(Path file, String sheetName, boolean date1904, String... rows) throws IOException {
        return write(file, date1904, new Sheet(sheetName, rows));
    }

    static Path write(Path file, boolean date1904, Sheet... sheets) throws IOException {
        StringBuilder overrides = new StringBuilder();
        StringBuilder sheetList = new StringBuilder();
        StringBuilder relationships = new StringBuilder();
        for (int i = 1; i <= sheets.length; i++) {
            overrides.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            sheetList.append("<sheet name=\"").append(sheets[i - 1].name()).append("\" sheetId=\"").append(i).append("\" r:id=\"rId").append(i).append("\"/>");
            relationships.append("<Relationship Id=\"rId").append(i).append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
        }
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + overrides
                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                    + "</Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + (date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>")
                    + "<sheets>" + sheetList + "</sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + relationships
                    + "<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                    + "</Relationships>");
            put(zip, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"[$-809]dd mmm yyyy\"/></numFmts>"
                    + "<fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/></fills><borders count=\"1\"><border/></borders>"
                    + "<cellStyleXfs count=\"1\"><xf/></cellStyleXfs>"
                    + "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/></cellXfs>"
                    + "</styleSheet>");
            for (int i = 1; i <= sheets.length; i++) {
                put(zip, "xl/worksheets/sheet" + i + ".xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                        + String.join("", sheets[i - 1].rows()) + "</sheetData></worksheet>");
            }
        }
        return file;
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}

package org.childcare.compliance.source.annexa;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Builds the workbooks the tests read with fastexcel's writer, so that no binary fixture is made by
 * hand. A {@link LocalDate} becomes a date cell ({@code dd/mm/yyyy}), a {@link Serial} a number with
 * the general format, a {@link Formatted} a number with any format; null leaves the cell out.
 */
final class Workbooks {
    private Workbooks() {}

    /** A number written with no date format, as an export that lost its formatting leaves a date. */
    record Serial(double value) {}

    /** A number written with a given number format. */
    record Formatted(double value, String format) {}

    static final String[] LIST_3 = {"Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age", "Date of Referral",
        "Referral Source", "Referral NFA?", "Number of Referrals in Last 12 Months", "Allocated Team", "Allocated Worker"};
    static final String[] LIST_4 = {"Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age",
        "Does the Child have a Disability", "Continuous Assessment Start Date", "Child Seen During Continuous Assessment",
        "Continuous Assessment Date of Authorisation", "Allocated Team", "Allocated Worker"};
    static final String[] LIST_5 = {"Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age",
        "Does the Child have a Disability", "Strategy discussion initiating Section 47 Enquiry Start Date",
        "Was an Initial Child Protection Conference deemed unnecessary?", "Date of Initial Child Protection Conference",
        "Did the Initial Child Protection Conference Result in a Child Protection Plan",
        "Number of Section 47 Enquiries in the last 12 months", "Number of ICPCs in the last 12 months", "Allocated Team",
        "Allocated Worker"};
    /** Columns A to Q: the plan start is G, the latest category I, the last visit J, seen alone K. */
    static final String[] LIST_7 = {"Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age",
        "Does the Child have a Disability", "Child Protection Plan Start Date", "Initial Category of Abuse",
        "Latest Category of Abuse", "Date of the Last Statutory Visit", "Was the Child Seen Alone?",
        "Date of latest review conference", "Child Protection Plan End Date",
        "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)",
        "Number of Previous Child Protection Plans", "Allocated Team", "Allocated Worker"};
    static final String[] LIST_8 = {"Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age",
        "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)", "Does the Child have a Disability",
        "Date Started to be Looked After", "Child's Category of Need", "Start date of current legal status",
        "Child's Legal Status", "Date of Latest Statutory Review", "Date of Last Social Work Visit",
        "Date of Last Health Assessment", "Date of Last Dental Check", "Number of Placements in the Last 12 months",
        "Date Ceased to be Looked After", "Start Date of Most Recent Placement", "Placement Type", "Placement Provider",
        "URN of Placement", "Allocated Team", "Allocated Worker"};
    static final String[] LIST_9 = {"Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age",
        "Does the Child have a Disability", "Allocated Team", "Allocated Worker", "Allocated Personal Advisor",
        "Eligibility Category", "Latest Pathway Plan Review Date", "LA in Touch", "Latest Date of Contact",
        "Type of Accommodation", "Suitability of Accommodation", "Activity Status"};
    static final String[] LIST_1 = {"Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age", "Date of Contact",
        "Contact Source"};
    static final String[] LIST_6 = {"Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age",
        "Does the Child have a Disability", "CIN Start Date", "Primary Need Code", "Date Child Was Last Seen",
        "CIN Closure Date", "Reason for Closure", "Case Status", "Allocated Team", "Allocated Worker"};
    static final String[] LIST_11 = {"Individual adopter identifier", "Family identifier", "Gender", "Ethnicity",
        "Disability", "Date enquiry received"};

    static Builder workbook() {
        return new Builder();
    }

    static final class Builder {
        private final Map<String, List<Object[]>> sheets = new LinkedHashMap<>();
        private List<Object[]> current;

        Builder sheet(String name) {
            current = new ArrayList<>();
            sheets.put(name, current);
            return this;
        }

        Builder row(Object... cells) {
            current.add(cells);
            return this;
        }

        /** A row of the given header's width, the named columns set, the others blank. */
        Builder row(String[] header, Object... columnsAndValues) {
            Object[] cells = new Object[header.length];
            for (int i = 0; i < columnsAndValues.length; i += 2) {
                int at = indexOf(header, (String) columnsAndValues[i]);
                cells[at] = columnsAndValues[i + 1];
            }
            return row(cells);
        }

        Path write(Path directory, String fileName) throws IOException {
            Path file = directory.resolve(fileName);
            try (OutputStream out = Files.newOutputStream(file)) {
                Workbook wb = new Workbook(out, "tests", "1.0");
                for (Map.Entry<String, List<Object[]>> sheet : sheets.entrySet()) {
                    Worksheet ws = wb.newWorksheet(sheet.getKey());
                    List<Object[]> rows = sheet.getValue();
                    for (int r = 0; r < rows.size(); r++) {
                        Object[] cells = rows.get(r);
                        for (int c = 0; c < cells.length; c++) {
                            put(ws, r, c, cells[c]);
                        }
                    }
                }
                wb.finish();
            }
            return file;
        }

        private static void put(Worksheet ws, int r, int c, Object value) {
            if (value == null) {
                return;
            }
            if (value instanceof LocalDate d) {
                ws.value(r, c, d);
                ws.style(r, c).format("dd/mm/yyyy").set();
            } else if (value instanceof Serial s) {
                ws.value(r, c, s.value());
            } else if (value instanceof Formatted f) {
                ws.value(r, c, f.value());
                ws.style(r, c).format(f.format()).set();
            } else if (value instanceof Number n) {
                ws.value(r, c, n);
            } else if (value instanceof Boolean b) {
                ws.value(r, c, b);
            } else {
                ws.value(r, c, value.toString());
            }
        }
    }

    static int indexOf(String[] header, String column) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column " + column);
    }
}

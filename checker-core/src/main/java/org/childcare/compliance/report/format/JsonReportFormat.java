package org.childcare.compliance.report.format;

import java.io.IOException;
import java.io.OutputStream;
import org.childcare.compliance.report.Report;

/**
 * {@code report.json}: the report model as interfaces.md defines it, keys sorted at every level,
 * ISO dates, every key present (null where there is no value, e.g. the grade of a criterion with
 * insufficient evidence), pretty-printed.
 */
public final class JsonReportFormat implements ReportFormat {

    @Override
    public String name() {
        return "json";
    }

    @Override
    public String fileName() {
        return "report.json";
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        JsonSupport.write(report, out);
    }
}

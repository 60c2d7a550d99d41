package org.childcare.compliance.report.format;

import java.io.IOException;
import java.io.OutputStream;
import org.childcare.compliance.report.Report;

/**
 * One way of writing a {@link Report} to a file. Implementations render the report and nothing
 * else, so that every format agrees, and are deterministic: the same report gives the same bytes
 * (UTF-8, {@code \n} line ends, no timestamps, fixed ordering).
 */
public interface ReportFormat {

    /** @return the name used in {@code compliance.formats}, e.g. {@code html} */
    String name();

    /** @return the file this format writes in the output directory, e.g. {@code report.html} */
    String fileName();

    /**
     * Writes the report. The stream is flushed but not closed.
     *
     * @throws IOException when the stream cannot be written
     */
    void write(Report report, OutputStream out) throws IOException;
}

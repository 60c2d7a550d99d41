package org.childcare.compliance.report.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.childcare.compliance.report.Report;

/** Rendering helpers of the format tests. */
final class Outputs {
    private Outputs() {}

    static byte[] bytes(ReportFormat format, Report report) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            format.write(report, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(ReportFormat format, Report report) {
        return new String(bytes(format, report), StandardCharsets.UTF_8);
    }

    /**
     * The module's build directory (target, or target-x under -Dbuild.dir=target-x): the parent of
     * the test classes directory.
     */
    static Path buildDir() {
        try {
            Path classes = Path.of(Outputs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return classes.getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A directory under the build directory for files a person may want to look at. */
    static Path reviewDir(String name) {
        try {
            return Files.createDirectories(buildDir().resolve("report-review").resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

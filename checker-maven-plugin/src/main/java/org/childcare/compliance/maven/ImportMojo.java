package org.childcare.compliance.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.childcare.compliance.check.InputException;
import org.childcare.compliance.imports.ImportWriter;
import org.childcare.compliance.load.QuarantinedRecord;

/**
 * Writes what the checker read, the YAML and the statutory returns beside it merged child by child,
 * as a format v1 YAML self-assessment an authority can review and add audit data to:
 * {@code mvn compliance:import}. Checking the imported YAML gives the same judgements as checking
 * the original files.
 */
@Mojo(name = "import", threadSafe = true)
public class ImportMojo extends AbstractComplianceMojo {
    /** Where the imported self-assessment is written: {@code authority.yaml} and {@code children/<cohort>.yaml}. */
    @Parameter(property = "compliance.importDirectory", defaultValue = "${project.build.directory}/compliance/imported")
    protected File importDirectory;

    @Override
    public void execute() throws MojoExecutionException {
        if (skipped()) {
            return;
        }
        Path out = importDirectory.toPath();
        ImportWriter.Written written;
        try {
            written = ImportWriter.write(selfAssessment.toPath(), out, request().loadOptions());
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the imported self-assessment to " + out + ": " + e.getMessage(), e);
        }
        if (!written.load().ok()) {
            throw inputFailure(new InputException(written.load().errors()));
        }
        for (QuarantinedRecord q : written.load().quarantined()) {
            getLog().warn("quarantined " + q.kind() + " " + q.subject() + " (" + q.file() + ":" + q.line() + "): " + q.reason()
                    + "; not imported");
        }
        getLog().info(ValidateMojo.whatWasRead(written.load()));
        written.load().sources().forEach(f -> getLog().info("  " + f.file() + ": " + f.kind() + ", " + f.rows() + " rows, "
                + f.children() + " children" + (f.used() ? "" : " (not used by any criterion)")));
        getLog().info("Imported " + written.children() + " children into " + out + ": " + written.files().size() + " files");
        for (Path f : written.files()) {
            getLog().info("  " + out.relativize(f));
        }
    }
}

package org.childcare.compliance.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.childcare.compliance.check.InputException;
import org.childcare.compliance.check.Validator;
import org.childcare.compliance.engine.RuleException;
import org.childcare.compliance.load.LoadResult;
import org.childcare.compliance.load.QuarantinedRecord;

/** Reads and checks the self-assessment only, without judging it: {@code mvn compliance:validate}. */
@Mojo(name = "validate", threadSafe = true)
public class ValidateMojo extends AbstractComplianceMojo {
    @Override
    public void execute() throws MojoExecutionException {
        if (skipped()) {
            return;
        }
        LoadResult result;
        try {
            result = Validator.validate(request());
        } catch (InputException e) {
            throw inputFailure(e);
        } catch (RuleException e) {
            throw ruleFailure(e);
        }
        for (QuarantinedRecord q : result.quarantined()) {
            getLog().warn("quarantined " + q.kind() + " " + q.subject() + " (" + q.file() + ":" + q.line() + "): " + q.reason());
        }
        getLog().info("Self-assessment is valid: " + result.counts().read() + " records read, "
                + result.counts().evaluated() + " usable, " + result.counts().quarantined() + " quarantined");
    }
}

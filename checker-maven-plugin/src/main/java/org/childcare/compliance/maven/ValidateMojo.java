package org.childcare.compliance.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.childcare.compliance.check.InputException;
import org.childcare.compliance.check.Validator;
import org.childcare.compliance.engine.RuleException;
import org.childcare.compliance.load.LoadResult;
import org.childcare.compliance.load.QuarantinedRecord;
import org.childcare.compliance.model.Authority;
import org.childcare.compliance.model.Period;
import org.childcare.compliance.model.SelfAssessment;

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
        getLog().info(whatWasRead(result));
        getLog().info("Self-assessment is valid: " + result.counts().read() + " records read, "
                + result.counts().evaluated() + " usable, " + result.counts().quarantined() + " quarantined");
    }

    /**
     * Whose self-assessment was read, for which period and from where, so that a user can see the
     * right data was checked: "Read Testshire County Council (998), 2011-04-01 to 2012-03-31, from
     * self-assessment".
     */
    static String whatWasRead(LoadResult result) {
        SelfAssessment read = result.assessment();
        Authority authority = read.getAuthority();
        Period period = read.getPeriod();
        String whose = authority == null || authority.getName() == null ? "a self-assessment"
                : authority.getName() + (authority.getCode() == null ? "" : " (" + authority.getCode() + ")");
        String when = period == null ? "" : ", " + period.getStart() + " to " + period.getEnd();
        return "Read " + whose + when + ", from " + result.root();
    }
}

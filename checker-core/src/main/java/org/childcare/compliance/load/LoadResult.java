package org.childcare.compliance.load;

import java.nio.file.Path;
import java.util.List;
import org.childcare.compliance.model.SelfAssessment;

/**
 * What the loader read: the authority-level sections (children are streamed to a {@link
 * ChildSink} and are not kept here), the input errors, the quarantined records and the counts.
 *
 * @param root the file or directory that was read
 * @param assessment authority-level sections with quarantined workers, allegations and complaints
 *     removed; null when the file could not be read at all
 */
public record LoadResult(
        Path root,
        SelfAssessment assessment,
        List<InputProblem> errors,
        List<QuarantinedRecord> quarantined,
        RecordCounts counts) {

    /** @return true when nothing stops the run (in lenient mode quarantined records do not) */
    public boolean ok() {
        return errors.isEmpty() && assessment != null;
    }
}

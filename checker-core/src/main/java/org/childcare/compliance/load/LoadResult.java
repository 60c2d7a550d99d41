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
 * @param sources the statutory returns read beside the YAML, file by file (empty for YAML alone)
 * @param disagreements where two sources gave different values for one field (the first source's kept)
 */
public record LoadResult(
        Path root,
        SelfAssessment assessment,
        List<InputProblem> errors,
        List<QuarantinedRecord> quarantined,
        RecordCounts counts,
        List<org.childcare.compliance.source.SourceFile> sources,
        List<org.childcare.compliance.source.ChildMerge.Disagreement> disagreements) {

    /** A result with no statutory returns read. */
    public LoadResult(Path root, SelfAssessment assessment, List<InputProblem> errors, List<QuarantinedRecord> quarantined,
            RecordCounts counts) {
        this(root, assessment, errors, quarantined, counts, List.of(), List.of());
    }

    /** @return true when nothing stops the run (in lenient mode quarantined records do not) */
    public boolean ok() {
        return errors.isEmpty() && assessment != null;
    }
}

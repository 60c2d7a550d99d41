package org.childcare.compliance.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.SelfAssessment;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a self-assessment, format v1: one file, or a directory of {@code *.yaml}, {@code *.yml} and
 * {@code *.json} files (searched recursively, hidden files and directories skipped, read in order of
 * their relative path). Every input error is collected with file, line, column, path and a
 * plain-English message, up to {@link LoadOptions#maxErrors()}.
 *
 * <h2>How it reads</h2>
 *
 * <ol>
 *   <li>Pass 1 reads every section except {@code children} from every file (the children's tokens
 *       are skipped), merging files: lists are concatenated and maps merged key by key at every
 *       level ({@code workforce.workers}, {@code lado.allegations}, {@code standards}…); a single
 *       value, or a record without lists such as {@code authority} or {@code period}, may be given
 *       in one file only, and a second one is an error naming both places. {@code schemaVersion}
 *       is the exception: any file may give it (each must say 1). Then {@code asAt} is settled
 *       (default: {@code period.end}) and the workforce is known.
 *   <li>Pass 2 streams the children: each child is bound, located, checked (its own rules, worker
 *       references, duplicate ids across all files, dates after {@code asAt} and before birth) and
 *       handed to the {@link ChildSink} before the next one is read. Memory is bounded by the
 *       largest child plus one entry per id (for the duplicate-id check), not by the authority.
 * </ol>
 *
 * <p>YAML is tokenized twice (pass 1 must tokenize the children to skip them), so a large YAML input
 * costs about twice SnakeYAML's parse time; JSON, the format's fast path for large exports, is far
 * quicker.
 *
 * <p>Binding is a walk over Jackson's streaming parser (YAML via SnakeYAML, JSON via Jackson's JSON
 * parser: same model, same errors) that sets the model's fields itself, so that every error is
 * recoverable: a bad date, an unknown key or a wrong type is reported and the walk goes on. Every
 * {@code Located} object gets {@code locate(file, line, column, path)} as it is read.
 *
 * <h2>Decisions where the format is silent</h2>
 *
 * <ul>
 *   <li>Duplicate keys are detected by the walk itself, in every mapping (including maps and
 *       {@code extensions}), and reported with the line of the first one. Jackson's
 *       STRICT_DUPLICATE_DETECTION is deliberately not used: it throws from inside the parser and
 *       leaves it unusable, so nothing after the first duplicate would be checked.
 *   <li>YAML anchors and aliases are expanded by the loader (Jackson's YAML parser reports an alias
 *       as a string). Each file may use at most {@link LoadOptions#maxAliases()} aliases, and recording
 *       anchored values plus expanding aliases may copy at most {@value LoadRun#MAX_EXPANDED_TOKENS}
 *       tokens (an alias bomb hits this first); a breach stops that file with one error. Records read through an alias are located at the anchor. Merge keys
 *       ({@code <<}) are not supported.
 *   <li>Nesting deeper than {@link LoadOptions#maxNestingDepth()} (the top mapping is level 1), a
 *       file larger than {@link LoadOptions#maxDocumentBytes()} (checked before parsing), bytes that
 *       are not UTF-8, an empty file and a second YAML document in a file are errors of that file:
 *       it is not read further. Problems of a whole file have line and column 0.
 *   <li>Text, numbers and booleans: a quoted number where a number goes and "true"/"false" where a
 *       boolean goes are accepted; a fraction where a whole number goes is an error. Every count,
 *       caseload, distance and comparator figure must be at least 0; percentages 0–100;
 *       {@code yearOfBirth} from 1900; {@code actionsCompleted} at most {@code actions}. A list item
 *       that is empty ({@code - }) is an error. {@code framework} and {@code profile} only accept
 *       their listed values.
 *   <li>Required besides the format's marked fields: the date of every dated list item (visits,
 *       reviews, health assessments, PEPs, missing episodes' start, oversight, supervision, LSCB
 *       meetings, audits) and {@code received} of allegations and complaints.
 *   <li>Dates after {@code asAt}: every date except {@code period}, {@code asAt} itself and
 *       {@code calendar}. {@code asAt} before {@code period.start} is an error. Before birth: every
 *       date in a child's record except the date of birth itself; with only {@code yearOfBirth}, a
 *       date in an earlier year.
 *   <li>Ids are unique within their kind across all files: children, referrals, assessments, s47
 *       enquiries, protection plans, care episodes, workers, allegations, complaints and serious
 *       case reviews. The later occurrence is the invalid one.
 *   <li>Lenient mode quarantines children, workers, allegations and complaints: a record with any
 *       problem inside it (type, unknown key, missing field, dates, ids, worker references) is left
 *       out and listed with its location and every reason. Problems outside those records (header
 *       sections, workforce figures, LSCB, evidence), syntax errors and limits stay errors.
 *   <li>A child whose {@code allocatedWorker} (or an assessment's {@code undertakenBy} /
 *       {@code authorisedBy}) names a <em>quarantined</em> worker is not quarantined for it: the id
 *       was declared, so the reference is not an input error; the data about the worker is simply
 *       missing, as it would be for any criterion lacking evidence. Only ids that no worker
 *       declares are unknown.
 *   <li>Counts: records are children, workers, allegations and complaints. {@code quarantined}
 *       counts the invalid records left out (in strict mode too, where they are errors rather
 *       than entries of {@link LoadResult#quarantined()}), {@code evaluated} the rest, so read =
 *       evaluated + quarantined always.
 *   <li>The sink receives every valid child even when errors were found elsewhere; a caller must
 *       check {@link LoadResult#ok()} before evaluating anything.
 *   <li>{@code previous} is resolved by {@link #resolvePrevious(LoadResult)} against the directory
 *       given as the root, or against the directory of the file given as the root.
 * </ul>
 */
public final class SelfAssessmentLoader {
    private final LoadOptions options;
    private final YAMLFactory yamlFactory;
    private final JsonFactory jsonFactory;

    public SelfAssessmentLoader(LoadOptions options) {
        this.options = options;
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                // one level of slack: the walk itself reports the breach with its path first
                .maxNestingDepth(options.maxNestingDepth() + 1)
                .maxDocumentLength(options.maxDocumentBytes())
                .build();
        LoaderOptions yaml = new LoaderOptions();
        // the parser counts code points, so a file within maxDocumentBytes is always within it
        yaml.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, options.maxDocumentBytes()));
        // these two act in SnakeYAML's composer, which Jackson does not use: set for any future use
        // of SnakeYAML here; the loader's own walk enforces both. Duplicate keys are left allowed
        // here on purpose: setAllowDuplicateKeys(false) makes Jackson's parser fail at the first
        // one, while the walk reports every duplicate and goes on.
        yaml.setNestingDepthLimit(options.maxNestingDepth());
        yaml.setMaxAliasesForCollections(options.maxAliases());
        this.yamlFactory = AnchoredYaml.factory(
                YAMLFactory.builder().loaderOptions(yaml).streamReadConstraints(constraints));
        this.jsonFactory = JsonFactory.builder().streamReadConstraints(constraints).build();
    }

    /**
     * Reads the sections other than children, then streams each valid child to {@code sink}.
     *
     * @param path a self-assessment file, or a directory of them
     * @return the header sections, errors, quarantined records and counts; never throws for bad input
     */
    public LoadResult load(Path path, ChildSink sink) {
        return load(path, header -> { }, sink);
    }

    /**
     * As {@link #load(Path, ChildSink)}, handing the header sections to {@code onHeader} between the
     * two passes, before the first child, so a caller can prepare what the children need (the
     * evaluation's window and calendar). Called only when the period is known.
     */
    public LoadResult load(Path path, java.util.function.Consumer<SelfAssessment> onHeader, ChildSink sink) {
        return new LoadRun(options, path, onHeader, sink, yamlFactory, jsonFactory).run();
    }

    /** Reads everything into memory: for tests and small inputs. */
    public static Loaded loadAll(Path path, LoadOptions options) {
        List<Child> children = new ArrayList<>();
        LoadResult result = new SelfAssessmentLoader(options).load(path, children::add);
        return new Loaded(result, List.copyOf(children));
    }

    /**
     * Where the earlier self-assessment named by {@code previous:} is: relative to the directory when
     * the root was a directory, else to the directory of the root file. Not loaded here.
     *
     * @return the normalised path, or null when there is no {@code previous}
     */
    public static Path resolvePrevious(LoadResult result) {
        SelfAssessment assessment = result.assessment();
        if (assessment == null || assessment.getPrevious() == null || assessment.getPrevious().isBlank()) {
            return null;
        }
        return resolvePrevious(result.root().toAbsolutePath(), assessment.getPrevious());
    }

    /**
     * @param root the self-assessment that declares {@code previous}: a directory, or a file
     * @return {@code previous} resolved against the directory, or against the file's folder (the
     *     working directory when it has none), normalised but as relative as {@code root} was
     */
    public static Path resolvePrevious(Path root, String previous) {
        Path base = Files.isDirectory(root) ? root : root.getParent() == null ? Path.of("") : root.getParent();
        return base.resolve(previous.trim()).normalize();
    }

    /** A whole self-assessment in memory. */
    public record Loaded(LoadResult result, List<Child> children) {}
}

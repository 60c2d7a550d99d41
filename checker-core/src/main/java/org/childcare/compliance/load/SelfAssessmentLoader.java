package org.childcare.compliance.load;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.SelfAssessment;

/**
 * Reads a self-assessment (one file or a directory of them). PLACEHOLDER: binds a single file
 * without locations; being replaced by the full loader.
 */
public final class SelfAssessmentLoader {
    private final LoadOptions options;

    public SelfAssessmentLoader(LoadOptions options) {
        this.options = options;
    }

    /** Reads the authority-level sections, then streams each valid child to {@code sink}. */
    public LoadResult load(Path path, ChildSink sink) {
        return load(path, header -> { }, sink);
    }

    /**
     * Reads the authority-level sections and hands them to {@code onHeader} (only when they are
     * readable and valid enough to evaluate: period present), then streams each valid child to
     * {@code sink}.
     */
    public LoadResult load(Path path, java.util.function.Consumer<SelfAssessment> onHeader, ChildSink sink) {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        try {
            SelfAssessment sa = mapper.readValue(path.toFile(), SelfAssessment.class);
            onHeader.accept(sa);
            long n = 0;
            for (Child c : sa.getChildren()) {
                c.locate(path.getFileName().toString(), 0, 0, "children[" + n + "]");
                sink.accept(c);
                n++;
            }
            return new LoadResult(path, sa, List.of(), List.of(), new RecordCounts(n, n, 0));
        } catch (IOException e) {
            return new LoadResult(path, null,
                    List.of(new InputProblem(path.toString(), 0, 0, "", e.getMessage())), List.of(),
                    new RecordCounts(0, 0, 0));
        }
    }

    /** Reads everything into memory: for tests and small inputs. */
    public static Loaded loadAll(Path path, LoadOptions options) {
        List<Child> children = new ArrayList<>();
        LoadResult result = new SelfAssessmentLoader(options).load(path, children::add);
        return new Loaded(result, List.copyOf(children));
    }

    /** A whole self-assessment in memory. */
    public record Loaded(LoadResult result, List<Child> children) {}
}

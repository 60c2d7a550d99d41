package org.childcare.compliance.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.childcare.compliance.load.InputProblem;
import org.childcare.compliance.load.LoadOptions;
import org.childcare.compliance.load.LoadResult;
import org.childcare.compliance.load.QuarantinedRecord;
import org.childcare.compliance.load.RecordCounts;
import org.childcare.compliance.load.SelfAssessmentLoader;
import org.childcare.compliance.load.SelfAssessmentLoader.Loaded;
import org.childcare.compliance.model.Child;

/**
 * Loads a generated self-assessment with the project's loader (strict). A loader that reads
 * directories gets the directory itself. The placeholder loader reads one file of up to 3 MB
 * (SnakeYAML's default code point limit), so for it a directory is read as the format says: the
 * sections of the small files merged into one document and each children file loaded on its own.
 * Which path is taken is decided by a probe, never by an error, so a real loader's errors are not
 * hidden by the fallback.
 */
final class TestLoading {
    private static Boolean readsDirectories;

    private TestLoading() {}

    static synchronized boolean loaderReadsDirectories() {
        if (readsDirectories == null) {
            try {
                Path dir = Files.createTempDirectory("probe");
                Files.writeString(dir.resolve("authority.yaml"), "schemaVersion: 1\nauthority: { name: Probe, code: \"000\" }\n"
                        + "period: { start: 2010-04-01, end: 2011-03-31 }\n");
                Files.createDirectories(dir.resolve("children"));
                Files.writeString(dir.resolve("children/a.yaml"), "children:\n  - id: P1\n    dateOfBirth: 2005-01-01\n");
                Loaded l = SelfAssessmentLoader.loadAll(dir, LoadOptions.strict());
                readsDirectories = l.result().ok() && l.children().size() == 1;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return readsDirectories;
    }

    static Loaded load(Path path) throws IOException {
        if (!Files.isDirectory(path) || loaderReadsDirectories()) {
            return SelfAssessmentLoader.loadAll(path, LoadOptions.strict());
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(path)) {
            files = s.filter(Files::isRegularFile)
                    .filter(p -> p.toString().matches(".*\\.(ya?ml|json)$"))
                    .sorted().toList();
        }
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        ObjectNode merged = yaml.createObjectNode();
        List<Path> childFiles = new ArrayList<>();
        List<InputProblem> errors = new ArrayList<>();
        for (Path f : files) {
            if (Files.readString(f).lines().anyMatch(l -> l.startsWith("children:"))) {
                childFiles.add(f);
                continue;
            }
            JsonNode tree = yaml.readTree(f.toFile());
            if (tree == null) {
                continue;
            }
            for (Map.Entry<String, JsonNode> e : tree.properties()) {
                JsonNode have = merged.get(e.getKey());
                if (have == null) {
                    merged.set(e.getKey(), e.getValue());
                } else if (have.isArray() && e.getValue().isArray()) {
                    ((ArrayNode) have).addAll((ArrayNode) e.getValue());
                } else {
                    errors.add(new InputProblem(f.toString(), 0, 0, e.getKey(), "section in two files"));
                }
            }
        }
        Path header = Files.createTempFile("merged", ".yaml");
        yaml.writeValue(header.toFile(), merged);
        Loaded head = SelfAssessmentLoader.loadAll(header, LoadOptions.strict());
        Files.delete(header);
        errors.addAll(head.result().errors());
        List<Child> children = new ArrayList<>(head.children());
        List<QuarantinedRecord> quarantined = new ArrayList<>(head.result().quarantined());
        for (Path f : childFiles) {
            Loaded part = SelfAssessmentLoader.loadAll(f, LoadOptions.strict());
            errors.addAll(part.result().errors());
            quarantined.addAll(part.result().quarantined());
            children.addAll(part.children());
        }
        long n = children.size();
        LoadResult result = new LoadResult(path, head.result().assessment(), errors, quarantined,
                new RecordCounts(n + quarantined.size(), n, quarantined.size()));
        return new Loaded(result, children);
    }
}

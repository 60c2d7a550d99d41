package org.childcare.compliance.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.childcare.compliance.engine.RuleException;
import org.childcare.compliance.engine.RuleSource;
import org.childcare.compliance.engine.RuleSources;

/**
 * An auditor's change of a rule's logic, made in the DRL alone, as a scenario states it in
 * {@code rules-change.yaml}: the rule file the auditor would copy into their rules directory, and
 * the edits they make to it. The scenario then runs on the rules as the auditor would have them,
 * so a test shows that the change needs no Java, and keeps showing it as the bundled file evolves:
 *
 * <pre>
 * file: child-protection.drl
 * why: count calendar days, not working days, between visits
 * replace:
 *   - from: 'workingDays > ctx.intParam("CP-03", "maxIntervalWorkingDays")'
 *     to:   'calendarDays > ctx.intParam("CP-03", "maxIntervalWorkingDays")'
 * </pre>
 *
 * Every {@code from} must occur in the file (all its occurrences are replaced), or the change no
 * longer applies and the scenario fails saying so.
 */
public final class AuditorChange {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private AuditorChange() {}

    /**
     * @param rulesDirectory the auditor's own rules the scenario runs with, or null for the bundled set
     * @return a temporary rules directory holding the auditor's own files and the changed one; delete it after use
     */
    static Path apply(Path changeFile, Path rulesDirectory) throws IOException, RuleException {
        JsonNode change = YAML.readTree(changeFile.toFile());
        String file = change == null ? "" : change.path("file").asText("");
        JsonNode edits = change == null ? null : change.get("replace");
        if (file.isBlank() || edits == null || !edits.isArray() || edits.isEmpty()) {
            throw new IllegalArgumentException("needs 'file:' (a rule file such as child-protection.drl) and a 'replace:' list"
                    + " of { from, to } edits");
        }
        List<RuleSource> sources = RuleSources.resolve(rulesDirectory, false);
        RuleSource source = sources.stream().filter(s -> s.name().equals(file)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no rule file '" + file + "' in the rules"));
        String text = source.text();
        int n = 0;
        for (JsonNode edit : edits) {
            n++;
            String from = edit.path("from").asText("");
            String to = edit.path("to").asText(null);
            if (from.isEmpty() || to == null) {
                throw new IllegalArgumentException("edit " + n + " needs 'from:' and 'to:'");
            }
            if (!text.contains(from)) {
                throw new IllegalArgumentException("edit " + n + ": '" + from + "' is not in " + file
                        + " any more; the auditor's change no longer applies");
            }
            text = text.replace(from, to);
        }
        Path dir = Files.createTempDirectory("auditor-change");
        if (rulesDirectory != null) {
            for (RuleSource own : RuleSources.fromDirectory(rulesDirectory)) {
                Files.writeString(dir.resolve(own.name()), own.text(), StandardCharsets.UTF_8);
            }
        }
        Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
        return dir;
    }

    /** Deletes a directory made by {@link #apply}. */
    static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}

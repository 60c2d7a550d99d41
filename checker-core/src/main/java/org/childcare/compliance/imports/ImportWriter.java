package org.childcare.compliance.imports;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.Writer;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.childcare.compliance.load.LoadOptions;
import org.childcare.compliance.load.LoadResult;
import org.childcare.compliance.load.SelfAssessmentLoader;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.Located;
import org.childcare.compliance.model.SelfAssessment;

/**
 * {@code compliance:import}: writes what the checker read (the YAML header and the children of every
 * source, statutory returns included, merged child by child) as a format v1 self-assessment an
 * authority can review and add audit data to: {@code authority.yaml} with the header sections, and
 * one file of children per cohort ({@code children/child-protection.yaml}, {@code looked-after},
 * {@code care-leavers}, {@code children-in-need}). Checking what it wrote gives the same judgements
 * as checking the original files; only the findings' locations differ.
 *
 * <p>Absent and empty are kept apart: a list a source gave empty is written {@code []}, a list no
 * source gave is left out, and a key given as null ({@code allocatedWorker: null}) is written null.
 * Children are written in order of their ids, so the same input gives the same bytes.
 */
public final class ImportWriter {
    /** What was written. */
    public record Written(List<Path> files, long children, LoadResult load) {}

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build())
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);

    private ImportWriter() {}

    /**
     * Reads {@code selfAssessment} (YAML and the returns beside it) and writes it to {@code out}.
     *
     * @return the files written, or none when the input had errors (the load result says which)
     */
    public static Written write(Path selfAssessment, Path out, LoadOptions options) throws IOException {
        Map<String, List<Child>> cohorts = new TreeMap<>();
        LoadResult load = new SelfAssessmentLoader(options).load(selfAssessment,
                child -> cohorts.computeIfAbsent(cohort(child), k -> new ArrayList<>()).add(child));
        if (!load.ok()) {
            return new Written(List.of(), 0, load);
        }
        List<Path> written = new ArrayList<>();
        Files.createDirectories(out.resolve("children"));
        Path header = out.resolve("authority.yaml");
        ObjectNode headerTree = headerTree(load.assessment());
        Path previous = SelfAssessmentLoader.resolvePrevious(load);
        if (previous != null) {
            // the earlier self-assessment, named from where the imported files are
            headerTree.put("previous", out.toAbsolutePath().normalize().relativize(previous.toAbsolutePath().normalize())
                    .toString().replace('\\', '/'));
        }
        write(header, "# The header sections of the self-assessment, as the checker read them (compliance:import).\n",
                headerTree);
        written.add(header);
        long count = 0;
        for (Map.Entry<String, List<Child>> cohort : cohorts.entrySet()) {
            List<Child> children = new ArrayList<>(cohort.getValue());
            children.sort((a, b) -> a.getId().compareTo(b.getId()));
            ArrayNode list = YAML.createArrayNode();
            for (Child c : children) {
                list.add(tree(c));
            }
            ObjectNode doc = YAML.createObjectNode();
            doc.put("schemaVersion", 1);
            doc.set("children", list);
            Path file = out.resolve("children").resolve(cohort.getKey() + ".yaml");
            write(file, "# " + children.size() + (children.size() == 1 ? " child" : " children") + " of the cohort '"
                    + cohort.getKey() + "', as the checker read them from every source (compliance:import).\n"
                    + "# Add what the returns do not carry (audits, visits, core groups) to these records and check again.\n",
                    doc);
            written.add(file);
            count += children.size();
        }
        return new Written(List.copyOf(written), count, load);
    }

    /** The cohort a child's file is named after: the most intensive service in the data. */
    static String cohort(Child c) {
        if (c.getCareLeaver() != null) {
            return "care-leavers";
        }
        if (!c.getCareEpisodes().isEmpty()) {
            return "looked-after";
        }
        if (!c.getProtectionPlans().isEmpty()) {
            return "child-protection";
        }
        return "children-in-need";
    }

    private static void write(Path file, String comment, JsonNode tree) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(comment);
            YAML.writeValue(w, tree);
        }
    }

    private static ObjectNode headerTree(SelfAssessment sa) {
        ObjectNode tree = tree(sa);
        tree.remove("children");
        tree.remove("previous"); // relative to the original files: written again relative to the imported ones
        return tree;
    }

    /** The record as format v1 keys, with the nulls it was given written back. */
    static ObjectNode tree(Located record) {
        ObjectNode node = YAML.valueToTree(record);
        restoreNulls(record, node);
        return node;
    }

    /** Walks the model and its tree together, writing each key given as null back as null. */
    private static void restoreNulls(Object record, JsonNode node) {
        if (record == null || node == null) {
            return;
        }
        if (record instanceof Located located && node instanceof ObjectNode object) {
            for (String key : located.givenNullKeys()) {
                if (!object.has(key)) {
                    object.putNull(key);
                }
            }
            for (Class<?> c = record.getClass(); c != null && c != Located.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers())) {
                        continue;
                    }
                    f.setAccessible(true);
                    try {
                        restoreNulls(f.get(record), object.get(f.getName()));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        } else if (record instanceof Collection<?> list && node instanceof ArrayNode array) {
            Iterator<JsonNode> nodes = array.iterator();
            for (Object item : list) {
                restoreNulls(item, nodes.hasNext() ? nodes.next() : null);
            }
        } else if (record instanceof Map<?, ?> map && node instanceof ObjectNode object) {
            Map<String, Object> byKey = new LinkedHashMap<>();
            map.forEach((k, v) -> byKey.put(String.valueOf(k), v));
            byKey.forEach((k, v) -> restoreNulls(v, object.get(k)));
        }
    }
}

package org.childcare.compliance.report.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.childcare.compliance.report.Report;

/**
 * The report formats by name ({@code html}, {@code json}, {@code markdown}, {@code junit},
 * {@code sarif}), as {@code compliance.formats} lists them.
 */
public final class ReportFormats {

    /** The value of {@code compliance.formats} when none is given. */
    public static final String DEFAULT = "html,json";

    private static final Map<String, ReportFormat> BY_NAME = new LinkedHashMap<>();

    static {
        for (ReportFormat format : List.of(new HtmlReportFormat(), new JsonReportFormat(), new MarkdownReportFormat(),
                new JUnitReportFormat(), new SarifReportFormat())) {
            BY_NAME.put(format.name(), format);
        }
    }

    private ReportFormats() {}

    /** @return every format name, in the order of interfaces.md */
    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    /** @return every format, in the order of {@link #names()} */
    public static List<ReportFormat> all() {
        return List.copyOf(BY_NAME.values());
    }

    /**
     * @param name a format name; case and surrounding blanks are ignored
     * @throws IllegalArgumentException naming the valid formats when {@code name} is not one
     */
    public static ReportFormat get(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        ReportFormat format = BY_NAME.get(key);
        if (format == null) {
            throw new IllegalArgumentException("unknown report format '" + (name == null ? "" : name.strip())
                    + "': valid formats are " + String.join(", ", names()));
        }
        return format;
    }

    /**
     * Parses a comma list such as {@code html,json}. Blanks around names are ignored and a name given
     * twice is written once.
     *
     * @throws IllegalArgumentException when the list is empty or names an unknown format
     */
    public static List<ReportFormat> parse(String commaList) {
        return parse(commaList == null ? List.of() : List.of(commaList));
    }

    /**
     * Parses names, each of which may itself be a comma list (as Maven passes a list parameter).
     *
     * @throws IllegalArgumentException when no name is given or one is unknown
     */
    public static List<ReportFormat> parse(List<String> names) {
        Objects.requireNonNull(names, "names");
        Set<ReportFormat> formats = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String entry : names) {
            if (entry == null) {
                continue;
            }
            for (String name : entry.split(",", -1)) {
                if (name.isBlank()) {
                    continue;
                }
                ReportFormat format = BY_NAME.get(name.strip().toLowerCase(Locale.ROOT));
                if (format == null) {
                    unknown.add("'" + name.strip() + "'");
                } else {
                    formats.add(format);
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown report format" + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown) + ": valid formats are " + String.join(", ", names()));
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no report format given: valid formats are " + String.join(", ", names()));
        }
        return List.copyOf(formats);
    }

    /**
     * Writes the report in each named format into {@code dir} (created when absent), each file
     * replaced whole so that a reader never sees half a report.
     *
     * @param names format names, each possibly a comma list
     * @return the files written, in the order the formats were named
     * @throws IllegalArgumentException when a name is unknown (before anything is written)
     */
    public static List<Path> writeAll(Report report, Path dir, List<String> names) throws IOException {
        return writeAll(report, dir, names, "");
    }

    /**
     * As {@link #writeAll(Report, Path, List)}, with the self-assessment's folder relative to the
     * repository root, so that SARIF points code scanning at the repository's files.
     */
    public static List<Path> writeAll(Report report, Path dir, List<String> names, String sourceRoot) throws IOException {
        Objects.requireNonNull(report, "report");
        List<ReportFormat> formats = new ArrayList<>();
        for (ReportFormat format : parse(names)) {
            formats.add(format instanceof SarifReportFormat ? new SarifReportFormat(sourceRoot) : format);
        }
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (ReportFormat format : formats) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
            format.write(report, bytes);
            Path target = dir.resolve(format.fileName());
            Path temp = dir.resolve("." + format.fileName() + ".tmp");
            Files.write(temp, bytes.toByteArray());
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException atomicNotSupported) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            written.add(target);
        }
        return List.copyOf(written);
    }
}

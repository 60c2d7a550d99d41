package org.childcare.compliance.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds rule files: the bundled set (the {@code rules} jar on the classpath) and an auditor's
 * directory, whose files replace bundled files of the same name and add the rest.
 */
public final class RuleSources {
    /** Where the rules jar keeps its DRL and catalogue files. */
    public static final String BUNDLED_FOLDER = "org/childcare/compliance/rules/";

    private RuleSources() {}

    /** @return the bundled rules and, when {@code directory} is not null, its overrides, sorted by name */
    public static List<RuleSource> resolve(Path directory, boolean replaceBundled) throws RuleException {
        Map<String, RuleSource> byName = new TreeMap<>();
        if (directory == null || !replaceBundled) {
            for (RuleSource s : bundled()) {
                byName.put(s.name(), s);
            }
        }
        if (directory != null) {
            for (RuleSource s : fromDirectory(directory)) {
                byName.put(s.name(), s);
            }
        }
        return List.copyOf(byName.values());
    }

    /** Reads every {@code .drl} and catalogue {@code .yaml} file directly in {@code directory}. */
    public static List<RuleSource> fromDirectory(Path directory) throws RuleException {
        if (!Files.isDirectory(directory)) {
            throw new RuleException(List.of(new RuleProblem(directory.toString(), 0, "rules directory does not exist or is not a directory")));
        }
        List<RuleSource> sources = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".drl") || name.endsWith(".yaml") || name.endsWith(".yml")) {
                    sources.add(new RuleSource(name, directory.toString(), Files.readString(file, StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new RuleException(List.of(new RuleProblem(directory.toString(), 0, "cannot read rules: " + e.getMessage())));
        }
        return sources;
    }

    /** The rules shipped in the {@code rules} jar (or its classes folder, in the build). */
    public static List<RuleSource> bundled() throws RuleException {
        ClassLoader loader = RuleSources.class.getClassLoader();
        List<RuleSource> sources = new ArrayList<>();
        try {
            Enumeration<URL> roots = loader.getResources(BUNDLED_FOLDER);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if ("jar".equals(root.getProtocol())) {
                    JarURLConnection connection = (JarURLConnection) root.openConnection();
                    connection.setUseCaches(false);
                    try (JarFile jar = connection.getJarFile()) {
                        Enumeration<JarEntry> entries = jar.entries();
                        while (entries.hasMoreElements()) {
                            JarEntry entry = entries.nextElement();
                            String name = entry.getName();
                            if (name.startsWith(BUNDLED_FOLDER) && name.indexOf('/', BUNDLED_FOLDER.length()) < 0 && isRuleFile(name)) {
                                try (InputStream in = jar.getInputStream(entry)) {
                                    sources.add(new RuleSource(name.substring(BUNDLED_FOLDER.length()), "bundled",
                                            new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                                }
                            }
                        }
                    }
                } else if ("file".equals(root.getProtocol())) {
                    for (RuleSource s : fromDirectory(Path.of(root.toURI()))) {
                        sources.add(new RuleSource(s.name(), "bundled", s.text()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (sources.isEmpty()) {
            throw new RuleException(List.of(new RuleProblem(BUNDLED_FOLDER, 0,
                    "no bundled rules on the classpath: is the 'rules' artifact a dependency?")));
        }
        return sources;
    }

    private static boolean isRuleFile(String name) {
        return name.endsWith(".drl") || name.endsWith(".yaml") || name.endsWith(".yml");
    }
}

package org.childcare.compliance.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.childcare.compliance.catalogue.Catalogue;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Compiled rules and the catalogue they implement.
 *
 * <p>Compiling costs seconds (docs/performance.md), so a run avoids it three ways, tried in order:
 * <ol>
 *   <li>in memory, by the digest of the sources, for the life of the JVM: a Maven build running
 *       several goals, or verify-rules running many scenarios, compiles once;
 *   <li>precompiled: the rules jar carries the bundled rules already compiled, used when the
 *       sources are exactly the bundled ones;
 *   <li>an on-disk cache directory, when one is given: an auditor's rules are compiled once and
 *       read back on later runs until a rule file or the checker changes, provided the copy is
 *       signed with the user's key ({@link RuleCache}).
 * </ol>
 * Whatever the path, every run checks rule names against the catalogue, and a stored copy that
 * cannot be verified or read is ignored: the rules are compiled again, and the console says why.
 */
public final class RuleBase {
    /** Rules never modify facts, so property reactivity buys nothing and warns about every constraint that asks ctx. */
    static final String PROPERTY_SPECIFIC = "ALLOWED";
    private static final String KFS_FOLDER = "src/main/resources/" + RuleSources.BUNDLED_FOLDER;
    private static final Map<String, RuleBase> CACHE = new ConcurrentHashMap<>();

    /** Where a rule base came from. */
    public enum Origin {
        COMPILED("compiled"),
        MEMORY("already in memory from an earlier goal"),
        PRECOMPILED("precompiled in the rules jar"),
        DISK_CACHE("read from the rule cache");

        private final String words;

        Origin(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    private final KieBase kieBase;
    private final Catalogue catalogue;
    private final String version;
    private final Map<String, List<String>> rulesByCriterion;
    private final List<RuleSource> sources;
    private final long compileMillis;
    private final Origin origin;
    private final String cacheWarning;

    private RuleBase(KieBase kieBase, Catalogue catalogue, String version, Map<String, List<String>> rulesByCriterion,
            List<RuleSource> sources, long compileMillis, Origin origin, String cacheWarning) {
        this.kieBase = kieBase;
        this.catalogue = catalogue;
        this.version = version;
        this.rulesByCriterion = rulesByCriterion;
        this.sources = sources;
        this.compileMillis = compileMillis;
        this.origin = origin;
        this.cacheWarning = cacheWarning;
    }

    /** The bundled rules, extended or replaced by an auditor's directory when given. */
    public static RuleBase load(Path rulesDirectory) throws RuleException {
        return load(rulesDirectory, (RuleCache) null);
    }

    /**
     * @param cacheDirectory where compiled rules are kept between runs, signed with the user's key
     *     in its default place; null for no cache
     */
    public static RuleBase load(Path rulesDirectory, Path cacheDirectory) throws RuleException {
        return load(rulesDirectory, cacheDirectory == null ? null : RuleCache.in(cacheDirectory));
    }

    /** @param cache where compiled rules are kept between runs and the key that signs them, or null for none */
    public static RuleBase load(Path rulesDirectory, RuleCache cache) throws RuleException {
        return compile(RuleSources.resolve(rulesDirectory, false), cache);
    }

    /** Compiles {@code sources}, or returns the rule base compiled from the same text. */
    public static RuleBase compile(List<RuleSource> sources) throws RuleException {
        return compile(sources, (RuleCache) null);
    }

    /**
     * Compiles {@code sources}, or returns the rule base compiled from the same text: from memory,
     * the rules jar or {@code cacheDirectory} (null: no on-disk cache), signed with the user's key
     * in its default place.
     */
    public static RuleBase compile(List<RuleSource> sources, Path cacheDirectory) throws RuleException {
        return compile(sources, cacheDirectory == null ? null : RuleCache.in(cacheDirectory));
    }

    /**
     * Compiles {@code sources}, or returns the rule base compiled from the same text: from memory,
     * the rules jar or {@code cache} (null: no on-disk cache).
     */
    public static RuleBase compile(List<RuleSource> sources, RuleCache cache) throws RuleException {
        String digest = digest(sources);
        RuleBase cached = CACHE.get(digest);
        if (cached != null) {
            return new RuleBase(cached.kieBase, cached.catalogue, cached.version, cached.rulesByCriterion, cached.sources, 0,
                    Origin.MEMORY, null);
        }
        RuleBase built = build(sources, digest, true, cache);
        CACHE.put(digest, built);
        return built;
    }

    /** Compiles {@code sources} from their text, reading no cache and filling none: for measuring and comparing. */
    public static RuleBase compileFresh(List<RuleSource> sources) throws RuleException {
        return build(sources, digest(sources), false, null);
    }

    /**
     * Compiles {@code sources} into the folder where the rules jar keeps precompiled rules under
     * {@code classesDirectory}, replacing any older precompiled file: run by the rules module's build.
     *
     * @return the file written
     */
    public static Path precompile(List<RuleSource> sources, Path classesDirectory) throws RuleException, IOException {
        RuleBase rules = compileFresh(sources);
        Path folder = classesDirectory.resolve(CompiledRules.PRECOMPILED_FOLDER);
        if (Files.isDirectory(folder)) {
            try (Stream<Path> old = Files.list(folder)) {
                for (Path p : old.filter(p -> p.getFileName().toString().endsWith(CompiledRules.SUFFIX)).toList()) {
                    Files.delete(p);
                }
            }
        }
        // unsigned: the rules jar is code already, as trusted as the checker that reads it
        Path file = folder.resolve(CompiledRules.key(digest(sources)) + CompiledRules.SUFFIX);
        CompiledRules.writeFile(serialised(rules.kieBase), file);
        return file;
    }

    /** The file in {@code cacheDirectory} that holds {@code sources} compiled by this checker. */
    public static Path cacheFile(List<RuleSource> sources, Path cacheDirectory) {
        return RuleCache.in(cacheDirectory).fileFor(CompiledRules.key(digest(sources)));
    }

    /** Forgets compiled rule bases: for measuring cold compiles. */
    public static void clearCache() {
        CACHE.clear();
    }

    public KieBase kieBase() {
        return kieBase;
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    /** A short digest of the rule sources: two runs with the same version judged by the same rules. */
    public String version() {
        return version;
    }

    /** Rule names per criterion ID (the prefix of every rule name). */
    public Map<String, List<String>> rulesByCriterion() {
        return rulesByCriterion;
    }

    public int ruleCount() {
        return rulesByCriterion.values().stream().mapToInt(List::size).sum();
    }

    public List<RuleSource> sources() {
        return sources;
    }

    /** How long making this rule base took (compiled or read back); a later memory-cache hit costs nothing. */
    public long compileMillis() {
        return compileMillis;
    }

    public Origin origin() {
        return origin;
    }

    /** Why the on-disk cache could not be read or written (the rules were compiled all the same), or null. */
    public String cacheWarning() {
        return cacheWarning;
    }

    /** Reads only the catalogue files of {@code sources}, without compiling any rule. */
    public static Catalogue catalogueOf(List<RuleSource> sources) throws RuleException {
        List<RuleProblem> problems = new ArrayList<>();
        Catalogue catalogue = Catalogue.empty();
        for (RuleSource s : sources) {
            if (s.isCatalogue()) {
                catalogue.read(s.displayName(), s.concern(), s.text(), problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleException(problems);
        }
        return catalogue;
    }

    private static RuleBase build(List<RuleSource> sources, String digest, boolean useStored, RuleCache cache)
            throws RuleException {
        long started = System.nanoTime();
        Catalogue catalogue = catalogueOf(sources);
        String key = CompiledRules.key(digest);
        Origin origin = Origin.COMPILED;
        List<String> cacheWarnings = new ArrayList<>();
        KieBase kieBase = useStored ? readPrecompiled(key, sources) : null;
        if (kieBase != null) {
            origin = Origin.PRECOMPILED;
        }
        // the key is opened only when the disk cache is consulted: bundled rules never touch it
        RuleCacheKey signingKey = null;
        Path cacheFile = cache == null ? null : cache.fileFor(key);
        if (kieBase == null && cache != null) {
            try {
                signingKey = cache.openKey();
                if (signingKey.note() != null) {
                    cacheWarnings.add(signingKey.note());
                }
            } catch (RuleCacheKey.Unusable e) {
                cacheWarnings.add(e.getMessage() + "; the rules were compiled without the rule cache");
            }
        }
        if (signingKey != null && useStored && Files.exists(cacheFile)) {
            try {
                kieBase = readCached(RuleCache.verified(cacheFile, key, signingKey), sources);
                origin = Origin.DISK_CACHE;
            } catch (RuleCache.Rejected e) {
                cacheWarnings.add("the rule cache file " + cacheFile + " was not used (" + e.getMessage()
                        + "); the rules were compiled again and the file written anew");
            }
        }
        if (kieBase == null) {
            kieBase = compileDrl(sources, digest);
        }
        Map<String, List<String>> byCriterion = rulesByCriterion(kieBase, catalogue, sources);
        if (origin == Origin.COMPILED && signingKey != null) {
            if (CompiledRules.declaresTypes(kieBase)) {
                // Drools cannot rebuild declared types from stored packages: such rules compile every run
                cacheWarnings.add("rules that declare their own types (declare ... end) are not kept in the rule cache:"
                        + " they are compiled on every run");
            } else {
                try {
                    cache.write(key, serialised(kieBase), signingKey);
                } catch (IOException e) {
                    cacheWarnings.add("the rule cache " + cacheFile + " could not be written (" + e.getMessage()
                            + "); the next run compiles again");
                }
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new RuleBase(kieBase, catalogue, digest.substring(0, 12), byCriterion, List.copyOf(sources), millis, origin,
                cacheWarnings.isEmpty() ? null : String.join("\n", cacheWarnings));
    }

    /** The bundled rules compiled at build time, or null when the rules jar has none for {@code key} or they cannot be read. */
    private static KieBase readPrecompiled(String key, List<RuleSource> sources) {
        try (InputStream in = CompiledRules.precompiled(key)) {
            if (in == null) {
                return null;
            }
            return readCached(in.readAllBytes(), sources);
        } catch (IOException | RuleCache.Rejected e) {
            return null;
        }
    }

    /**
     * Compiled rules rebuilt from verified bytes.
     *
     * @throws RuleCache.Rejected when they are not compiled rules this checker can read
     */
    private static KieBase readCached(byte[] bytes, List<RuleSource> sources) throws RuleCache.Rejected {
        String[] failure = new String[1];
        KieBase kieBase = withDroolsClassLoader(() -> {
            try {
                return CompiledRules.read(new ByteArrayInputStream(bytes), packagesOf(sources));
            } catch (IOException | RuntimeException | LinkageError e) {
                failure[0] = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                return null;
            }
        });
        if (kieBase == null) {
            throw new RuleCache.Rejected("its contents are not compiled rules this checker can read (" + failure[0] + ")");
        }
        return kieBase;
    }

    private static byte[] serialised(KieBase kieBase) throws IOException {
        try {
            return withDroolsClassLoader(() -> {
                try {
                    return CompiledRules.write(kieBase);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static KieBase compileDrl(List<RuleSource> sources, String digest) throws RuleException {
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, String> displayNames = new TreeMap<>();
        for (RuleSource s : sources) {
            displayNames.put(kieFileOf(s), s.displayName());
        }
        KieBase kieBase = withDroolsClassLoader(() -> {
            KieServices services = KieServices.Factory.get();
            // a unique release per build: KieHelper shares one, and a second build would replace the first
            ReleaseId release = services.newReleaseId("org.childcare.compliance.generated", "rules-" + digest, "1.0.0");
            KieFileSystem files = services.newKieFileSystem();
            files.generateAndWritePomXML(release);
            KieModuleModel module = services.newKieModuleModel();
            module.setConfigurationProperty("drools.propertySpecific", PROPERTY_SPECIFIC);
            // compiled consequences target the oldest supported Java, so stored rules run on any newer JDK
            module.setConfigurationProperty("drools.dialect.java.compiler.lnglevel", CompiledRules.JAVA_LEVEL);
            files.writeKModuleXML(module.toXML());
            for (RuleSource s : sources) {
                if (s.isDrl()) {
                    files.write(kieFileOf(s), s.text());
                }
            }
            KieBuilder builder = services.newKieBuilder(files);
            try {
                builder.buildAll();
            } catch (RuntimeException e) {
                // some parse failures escape buildAll() instead of becoming messages
                problems.add(new RuleProblem(sources.size() == 1 ? sources.get(0).displayName() : "rules", 0,
                        "rules could not be compiled: " + e.getMessage()));
                return null;
            }
            for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
                String text = m.getText() == null ? "" : m.getText().strip();
                if (text.startsWith("Parser returned a null Package")) {
                    continue; // an echo of the real parse error reported beside it
                }
                String file = m.getPath() == null ? "rules" : displayNames.getOrDefault(m.getPath(), m.getPath());
                problems.add(new RuleProblem(file, Math.max(0, m.getLine()), text.lines().findFirst().orElse(text)));
            }
            if (!problems.isEmpty()) {
                return null;
            }
            // the packages, not a KieContainer: the rule base is then made exactly as one read back
            // from a stored copy is (CompiledRules), and Drools logs nothing at INFO on the console
            InternalKieModule compiled = (InternalKieModule) builder.getKieModule();
            String kieBaseName = compiled.getKieModuleModel().getKieBaseModels().keySet().iterator().next();
            return CompiledRules.kieBaseOf(compiled.getKnowledgePackagesForKieBase(kieBaseName));
        });
        if (!problems.isEmpty() || kieBase == null) {
            throw new RuleException(problems);
        }
        return kieBase;
    }

    /** Every rule's criterion, from the ID its name starts with; a rule without one is a rule error. */
    private static Map<String, List<String>> rulesByCriterion(KieBase kieBase, Catalogue catalogue, List<RuleSource> sources)
            throws RuleException {
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, List<String>> byCriterion = new TreeMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                String id = criterionOf(rule.getName());
                if (id == null || !catalogue.contains(id)) {
                    problems.add(new RuleProblem(fileOfRule(rule, sources), 0, "rule \"" + rule.getName()
                            + "\" must start with the ID of a criterion in the catalogue, e.g. \"CP-03 ...\""));
                    continue;
                }
                byCriterion.computeIfAbsent(id, k -> new ArrayList<>()).add(rule.getName());
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleException(problems);
        }
        byCriterion.replaceAll((k, v) -> v.stream().sorted().toList());
        return Map.copyOf(byCriterion);
    }

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*)");

    /** The package a DRL file declares, or null when it declares none. */
    static String packageOf(RuleSource source) {
        Matcher m = PACKAGE.matcher(source.text());
        return source.isDrl() && m.find() ? m.group(1) : null;
    }

    private static List<String> packagesOf(List<RuleSource> sources) {
        return sources.stream().map(RuleBase::packageOf).filter(p -> p != null).distinct().sorted().toList();
    }

    /**
     * Where a rule file goes in the module Drools compiles: in the folder of the package it
     * declares (else Drools warns about every auditor's file in a package of its own), or the
     * bundled rules' folder when it declares none.
     */
    private static String kieFileOf(RuleSource source) {
        String pkg = packageOf(source);
        return pkg == null ? KFS_FOLDER + source.name() : "src/main/resources/" + pkg.replace('.', '/') + "/" + source.name();
    }

    /** @return the criterion ID that starts a rule name, or null */
    public static String criterionOf(String ruleName) {
        int space = ruleName.indexOf(' ');
        String head = space < 0 ? ruleName : ruleName.substring(0, space);
        return head.matches("[A-Z][A-Z0-9]*-[0-9]{2}") ? head : null;
    }

    private static String fileOfRule(Rule rule, List<RuleSource> sources) {
        for (RuleSource s : sources) {
            if (s.isDrl() && s.text().contains("\"" + rule.getName() + "\"")) {
                return s.displayName();
            }
        }
        return "rules";
    }

    /**
     * Drools finds its services through the thread context class loader; inside Maven that is the
     * wrong one, and a wrong first call breaks Drools for the rest of the JVM. So every call into
     * Drools runs with the loader that loaded Drools itself, restored afterwards.
     */
    public static <T> T withDroolsClassLoader(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(KieServices.class.getClassLoader());
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The digest of the rule files' names and text, from which the cache key is made. */
    static String digest(List<RuleSource> sources) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (RuleSource s : sources) {
                sha.update(s.name().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(s.text().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.childcare.compliance.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.childcare.compliance.catalogue.Catalogue;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;

/**
 * Compiled rules and the catalogue they implement. Compiling costs seconds, so a compiled rule base
 * is cached by the digest of its sources for the life of the JVM: a Maven build running several
 * goals, or verify-rules running many scenarios, compiles once.
 */
public final class RuleBase {
    private static final String KFS_FOLDER = "src/main/resources/" + RuleSources.BUNDLED_FOLDER;
    private static final Map<String, RuleBase> CACHE = new ConcurrentHashMap<>();

    private final KieBase kieBase;
    private final Catalogue catalogue;
    private final String version;
    private final Map<String, List<String>> rulesByCriterion;
    private final List<RuleSource> sources;
    private final long compileMillis;

    private RuleBase(KieBase kieBase, Catalogue catalogue, String version, Map<String, List<String>> rulesByCriterion,
            List<RuleSource> sources, long compileMillis) {
        this.kieBase = kieBase;
        this.catalogue = catalogue;
        this.version = version;
        this.rulesByCriterion = rulesByCriterion;
        this.sources = sources;
        this.compileMillis = compileMillis;
    }

    /** The bundled rules, extended or replaced by an auditor's directory when given. */
    public static RuleBase load(java.nio.file.Path rulesDirectory) throws RuleException {
        return compile(RuleSources.resolve(rulesDirectory, false));
    }

    /** Compiles {@code sources}, or returns the cached rule base compiled from the same text. */
    public static RuleBase compile(List<RuleSource> sources) throws RuleException {
        String digest = digest(sources);
        RuleBase cached = CACHE.get(digest);
        if (cached != null) {
            return cached;
        }
        RuleBase built = build(sources, digest);
        CACHE.put(digest, built);
        return built;
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

    public List<RuleSource> sources() {
        return sources;
    }

    /** How long the compile took when this rule base was built (a cache hit costs nothing). */
    public long compileMillis() {
        return compileMillis;
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

    private static RuleBase build(List<RuleSource> sources, String digest) throws RuleException {
        long started = System.nanoTime();
        List<RuleProblem> problems = new ArrayList<>();
        Catalogue catalogue = Catalogue.empty();
        Map<String, String> displayNames = new TreeMap<>();
        for (RuleSource s : sources) {
            displayNames.put(KFS_FOLDER + s.name(), s.displayName());
            if (s.isCatalogue()) {
                catalogue.read(s.displayName(), s.concern(), s.text(), problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleException(problems);
        }
        KieBase kieBase = withDroolsClassLoader(() -> {
            KieServices services = KieServices.Factory.get();
            // a unique release per build: KieHelper shares one, and a second build would replace the first
            ReleaseId release = services.newReleaseId("org.childcare.compliance.generated", "rules-" + digest, "1.0.0");
            KieFileSystem files = services.newKieFileSystem();
            files.generateAndWritePomXML(release);
            // rules never modify facts, so property reactivity buys nothing and warns about every
            // constraint that asks ctx; switch it off for the whole module
            KieModuleModel module = services.newKieModuleModel();
            module.setConfigurationProperty("drools.propertySpecific", "ALLOWED");
            files.writeKModuleXML(module.toXML());
            for (RuleSource s : sources) {
                if (s.isDrl()) {
                    files.write(KFS_FOLDER + s.name(), s.text());
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
            KieContainer container = services.newKieContainer(release);
            return container.getKieBase();
        });
        if (!problems.isEmpty() || kieBase == null) {
            throw new RuleException(problems);
        }
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
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new RuleBase(kieBase, catalogue, digest.substring(0, 12), Map.copyOf(byCriterion), List.copyOf(sources), millis);
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

    private static String digest(List<RuleSource> sources) {
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

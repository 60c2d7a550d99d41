package org.childcare.compliance.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.rule.TypeDeclaration;
import org.drools.core.impl.KnowledgeBaseImpl;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;

/**
 * Compiled rules as bytes, so that a run can skip the compile: Drools' own serialisation of the
 * rule packages, which carries the compiled consequences and constraints. Rebuilding a rule base
 * from them takes a third of the time of compiling the DRL (measured in docs/performance.md).
 *
 * <p>The bytes are only valid for the checker version, Drools version, Java language level and
 * rule text that produced them, so they are stored under a key made of all four ({@link #key});
 * any other combination misses and compiles. An on-disk copy is read only once its MAC is
 * verified ({@link RuleCache}); reading then still accepts only the classes a rule package is
 * made of (Drools, MVEL, the JDK, this product's model and the rule files' own packages), as a
 * second line of defence.
 */
final class CompiledRules {
    /** Changes whenever what is stored changes shape. */
    private static final String FORMAT = "compiled-rules/1";
    /** Consequences are compiled for this Java level, whatever JDK compiles them, so that the bytes run on any supported JDK. */
    static final String JAVA_LEVEL = "17";
    /** Where the rules jar keeps the bundled rules compiled at build time, one file named by its key. */
    static final String PRECOMPILED_FOLDER = "org/childcare/compliance/precompiled/";
    static final String SUFFIX = ".kpkg";

    /** What compiled rules are made of, whatever their source; the rule files' own packages are added per read. */
    private static final String RULE_CLASSES = "java.**;javax.**;org.drools.**;org.kie.**;org.mvel2.**;org.childcare.compliance.**";

    private CompiledRules() {}

    /** The cache key of rules whose sources have {@code sourcesDigest}, compiled by this checker. */
    static String key(String sourcesDigest) {
        return key(sourcesDigest, CheckerVersion.current());
    }

    /** The cache key of rules whose sources have {@code sourcesDigest}, compiled by {@code checkerVersion}. */
    static String key(String sourcesDigest, String checkerVersion) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String material = FORMAT + "\0" + checkerVersion + "\0" + droolsVersion() + "\0" + JAVA_LEVEL + "\0"
                    + sourcesDigest;
            return HexFormat.of().formatHex(sha.digest(material.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String droolsVersion() {
        String version = KnowledgeBaseImpl.class.getPackage().getImplementationVersion();
        return version == null ? "unknown" : version;
    }

    static byte[] write(KieBase kieBase) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new DroolsObjectOutputStream(bytes)) {
            out.writeObject(new ArrayList<>(kieBase.getKiePackages()));
        }
        return bytes.toByteArray();
    }

    /** Writes through a temporary file and a rename, so that a reader never sees half a file. */
    static void writeFile(byte[] bytes, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path partial = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".partial");
        try {
            Files.write(partial, bytes);
            try {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /**
     * A rule base rebuilt from stored packages. Call within {@link RuleBase#withDroolsClassLoader}.
     *
     * @param rulePackages the packages the rule files declare
     * @throws IOException when the bytes are not compiled rules this version can read
     */
    static KieBase read(InputStream in, Collection<String> rulePackages) throws IOException {
        List<InternalKnowledgePackage> packages = new ArrayList<>();
        try (ObjectInputStream objects = new DroolsObjectInputStream(in, KieServices.class.getClassLoader())) {
            objects.setObjectInputFilter(filter(rulePackages));
            Object read = objects.readObject();
            if (!(read instanceof Collection<?> collection)) {
                throw new IOException("not a list of rule packages");
            }
            for (Object o : collection) {
                if (!(o instanceof InternalKnowledgePackage pkg)) {
                    throw new IOException("not a rule package: " + (o == null ? "null" : o.getClass().getName()));
                }
                packages.add(pkg);
            }
        } catch (ClassNotFoundException | ClassCastException | IllegalStateException e) {
            throw new IOException("unreadable compiled rules: " + e, e);
        }
        return kieBaseOf(packages);
    }

    /**
     * A rule base made of compiled packages, the same way whether they were compiled just now or
     * read back, so that stored rules cannot behave differently from compiled ones. Call within
     * {@link RuleBase#withDroolsClassLoader}.
     */
    static KieBase kieBaseOf(Collection<? extends KiePackage> packages) {
        KieBaseConfiguration configuration = KieServices.Factory.get().newKieBaseConfiguration();
        configuration.setProperty("drools.propertySpecific", RuleBase.PROPERTY_SPECIFIC);
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(configuration);
        List<InternalKnowledgePackage> internal = new ArrayList<>();
        for (KiePackage p : packages) {
            internal.add((InternalKnowledgePackage) p);
        }
        kieBase.addPackages(internal);
        return kieBase;
    }

    /**
     * Whether any rule file declares a type of its own ({@code declare ... end}): Drools does not
     * define such a type again when stored packages are added to a new rule base, so these rules
     * are never stored.
     */
    static boolean declaresTypes(KieBase kieBase) {
        // isDefinition: a type the DRL defines, not metadata on an existing class
        return kieBase.getKiePackages().stream().anyMatch(p -> ((InternalKnowledgePackage) p).getTypeDeclarations().values()
                .stream().anyMatch(TypeDeclaration::isDefinition));
    }

    /**
     * Accepts the classes compiled rules are made of, and those of the rule files' own packages
     * (the classes Drools generates for their consequences and declared types live there).
     */
    static ObjectInputFilter filter(Collection<String> rulePackages) {
        StringBuilder pattern = new StringBuilder("maxdepth=1000;").append(RULE_CLASSES);
        for (String p : rulePackages) {
            if (p.matches("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*")) {
                pattern.append(';').append(p).append(".*");
            }
        }
        return ObjectInputFilter.Config.createFilter(pattern.append(";!*").toString());
    }

    /** The bundled rules compiled at build time, when the rules jar carries the file for {@code key}; else null. */
    static InputStream precompiled(String key) {
        return CompiledRules.class.getClassLoader().getResourceAsStream(PRECOMPILED_FOLDER + key + SUFFIX);
    }
}

package org.childcare.compliance.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.childcare.compliance.model.Child;
import org.junit.jupiter.api.Test;

/**
 * The generator is test data, not part of the checker: checker-core and the rules, which every
 * authority's build loads through the plugin, must not carry it. Reads whatever Maven put on the
 * classpath for them: their jar in a full build, their {@code target/classes} when only compiled.
 */
class ShippedJarsHoldNoGeneratorTest {
    private static final String GENERATOR_PACKAGE = Generator.class.getPackageName().replace('.', '/') + "/";
    private static final String RULES_CATALOGUE = "org/childcare/compliance/rules/child-protection.yaml";

    @Test
    void checkerCoreHoldsNoGeneratorClass() throws Exception {
        Path core = locationOf(Child.class);
        assertNotEquals(core, locationOf(Generator.class), "the generator was loaded from checker-core's " + core);
        assertEquals(List.of(), generatorEntries(core), "checker-core's " + core + " holds generator classes");
    }

    @Test
    void rulesHoldNoGeneratorClass() throws Exception {
        Path rules = rulesLocation();
        assertNotEquals(locationOf(Child.class), rules, "the rules were found inside checker-core");
        assertEquals(List.of(), generatorEntries(rules), "the rules' " + rules + " hold generator classes");
    }

    /** The rules module's jar or classes directory: where its catalogue is found. */
    private static Path rulesLocation() throws URISyntaxException {
        URL catalogue = ShippedJarsHoldNoGeneratorTest.class.getClassLoader().getResource(RULES_CATALOGUE);
        assertNotNull(catalogue, "the bundled rules (" + RULES_CATALOGUE + ") are not on the generator's test classpath");
        String text = catalogue.toString();
        if (text.startsWith("jar:")) {
            return Path.of(new URI(text.substring("jar:".length(), text.indexOf("!/"))));
        }
        Path root = Path.of(catalogue.toURI());
        for (int level = 0; level < Path.of(RULES_CATALOGUE).getNameCount(); level++) {
            root = root.getParent();
        }
        return root;
    }

    private static Path locationOf(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** @return the entries under the generator's package in a jar or a classes directory */
    private static List<String> generatorEntries(Path jarOrDirectory) throws IOException {
        List<String> found = new ArrayList<>();
        if (Files.isDirectory(jarOrDirectory)) {
            Path generatorDirectory = jarOrDirectory.resolve(GENERATOR_PACKAGE);
            if (Files.exists(generatorDirectory)) {
                try (Stream<Path> files = Files.walk(generatorDirectory)) {
                    files.filter(Files::isRegularFile).forEach(f -> found.add(jarOrDirectory.relativize(f).toString()));
                }
            }
        } else {
            try (JarFile jar = new JarFile(jarOrDirectory.toFile())) {
                jar.stream().filter(e -> e.getName().startsWith(GENERATOR_PACKAGE)).forEach(e -> found.add(e.getName()));
            }
        }
        found.sort(null);
        return found;
    }
}

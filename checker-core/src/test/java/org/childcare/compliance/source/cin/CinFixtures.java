package org.childcare.compliance.source.cin;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.childcare.compliance.source.ReturnRead;

/** The census files under src/test/resources/source/cin, and reading them. */
final class CinFixtures {
    private CinFixtures() {}

    static Path fixture(String name) {
        try {
            return Path.of(CinFixtures.class.getResource("/source/cin/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no test census " + name, e);
        }
    }

    static Path root() {
        return fixture("cin_census_2024.xml").getParent();
    }

    static ReturnRead read(CinOptions options, String... names) {
        return CinCensusReader.read(java.util.Arrays.stream(names).map(CinFixtures::fixture).toList(), root(), options);
    }

    static ReturnRead read(String... names) {
        return read(CinOptions.strict(), names);
    }

    static List<String> problems(ReturnRead read) {
        return read.problems().stream().map(Object::toString).toList();
    }
}

package org.childcare.compliance.engine;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Compiles the bundled rules at build time into the rules jar, so that a run with the bundled
 * rules reads them instead of compiling them (see {@link RuleBase}). The rules module's build runs
 * it after its resources are in place: {@code PrecompileRules <classes directory>}.
 */
public final class PrecompileRules {
    private PrecompileRules() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: PrecompileRules <classes directory>");
        }
        long started = System.nanoTime();
        try {
            Path file = RuleBase.precompile(RuleSources.bundled(), Path.of(args[0]));
            System.out.printf("Precompiled the bundled rules into %s in %d ms%n", file, (System.nanoTime() - started) / 1_000_000);
        } catch (RuleException e) {
            // a rule error fails the rules module's build with the file and line of each problem
            throw new IllegalStateException("the bundled rules do not compile:\n" + e.getMessage(), e);
        }
    }
}

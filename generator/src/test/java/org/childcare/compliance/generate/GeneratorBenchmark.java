package org.childcare.compliance.generate;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.childcare.compliance.generate.DocumentWriter.Format;

/**
 * Smoke benchmark of a large generation, run by hand (not a unit test): by default 400,000
 * children in chunks of 20,000 (YAML), into a temporary directory that is deleted afterwards.
 * Prints the time, throughput, bytes and peak heap; run it with a small heap to show that memory
 * does not grow with the number of children:
 *
 * <pre>
 * mvn -q -pl generator -am test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx512m -cp generator/target/classes:generator/target/test-classes:$(cat generator/target/cp.txt) \
 *     org.childcare.compliance.generate.GeneratorBenchmark 400000 [yaml|json] [--keep DIR]
 * </pre>
 */
public final class GeneratorBenchmark {
    private GeneratorBenchmark() {}

    public static void main(String[] args) throws IOException {
        int children = args.length > 0 ? Integer.parseInt(args[0]) : 400_000;
        Format format = args.length > 1 ? Format.valueOf(args[1].toUpperCase(Locale.ROOT)) : Format.YAML;
        Path keep = args.length > 3 && args[2].equals("--keep") ? Path.of(args[3]) : null;
        Path dir = keep != null ? keep : Files.createTempDirectory("generator-benchmark");
        GeneratorSettings settings = GeneratorSettings.builder().seed(400).children(children).build();
        long t0 = System.nanoTime();
        Generator.Summary s = new Generator(settings).writeDirectory(dir, format, Generator.DEFAULT_CHUNK);
        double seconds = (System.nanoTime() - t0) / 1e9;
        long bytes = 0;
        for (Path p : s.files()) {
            bytes += Files.size(p);
        }
        // what survives collections: the old generation's peak (young pools fill and empty all along)
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && (pool.getName().contains("Old") || pool.getName().contains("Tenured"))) {
                peak = Math.max(peak, pool.getPeakUsage().getUsed());
            }
        }
        System.out.printf(Locale.ROOT,
                "%d children, %d workers, %d files, %.1f MB %s in %.1f s: %.0f children/s, %.1f MB/s; old generation peak %.0f MB, max heap %.0f MB%n",
                s.children(), s.workers(), s.files().size(), bytes / 1e6, format, seconds, children / seconds,
                bytes / 1e6 / seconds, peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        if (keep == null) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}

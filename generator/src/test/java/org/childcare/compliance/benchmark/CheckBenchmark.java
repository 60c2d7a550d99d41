package org.childcare.compliance.benchmark;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.childcare.compliance.check.CheckRequest;
import org.childcare.compliance.check.CheckResult;
import org.childcare.compliance.check.Checker;
import org.childcare.compliance.check.Evaluated;
import org.childcare.compliance.check.Evaluator;
import org.childcare.compliance.engine.RuleBase;
import org.childcare.compliance.engine.RuleSources;
import org.childcare.compliance.generate.DocumentWriter.Format;
import org.childcare.compliance.generate.Generator;
import org.childcare.compliance.generate.GeneratorSettings;
import org.childcare.compliance.grading.GateOptions;
import org.childcare.compliance.load.LoadOptions;
import org.childcare.compliance.load.LoadResult;
import org.childcare.compliance.load.SelfAssessmentLoader;
import org.childcare.compliance.report.format.ReportFormats;

/**
 * The benchmark behind docs/performance.md: not a test, it asserts nothing and runs by hand
 * ({@code bench/run}), one measurement per JVM so that "cold" means cold and the heap is the run's own.
 *
 * <pre>
 * CheckBenchmark compile-cold          the first compile in a fresh JVM (what a run without any cache pays)
 * CheckBenchmark precompiled-cold      the bundled rules read from the rules jar in a fresh JVM
 * CheckBenchmark compile-warm          compile again in a JVM that has compiled before (median of 5)
 * CheckBenchmark check N [DIR [json]]  generate N children as YAML (or JSON), kept in DIR when given, then check them
 * </pre>
 *
 * {@code check} reports the time to read the self-assessment alone (the loader with no rules), and
 * for the whole check: rules ready, reading, evaluating (inserting facts, firing, counting),
 * grading and writing report.json. Then it runs the check a second time, untimed, with a full
 * collection every half second, and reports the largest heap left after one: what the run holds
 * at once. (Occupancy after ordinary collections overstates it, since young collections leave the
 * old generation's garbage in place.)
 */
public final class CheckBenchmark {
    private static final AtomicLong PEAK_AFTER_GC = new AtomicLong();

    private CheckBenchmark() {}

    public static void main(String[] args) throws Exception {
        watchHeap();
        String mode = args.length == 0 ? "check" : args[0];
        switch (mode) {
            case "compile-cold" -> {
                long t = System.nanoTime();
                RuleBase rules = RuleBase.compileFresh(RuleSources.bundled());
                print("compile-cold", "%d rules compiled in a fresh JVM in %d ms", rules.ruleCount(), millisSince(t));
            }
            case "precompiled-cold" -> {
                long t = System.nanoTime();
                RuleBase rules = RuleBase.compile(RuleSources.bundled());
                print("precompiled-cold", "%d rules %s in a fresh JVM in %d ms", rules.ruleCount(), rules.origin().words(),
                        millisSince(t));
            }
            case "compile-warm" -> {
                RuleBase.compileFresh(RuleSources.bundled());
                long[] compile = new long[5];
                long[] precompiled = new long[5];
                for (int i = 0; i < compile.length; i++) {
                    long t = System.nanoTime();
                    RuleBase.compileFresh(RuleSources.bundled());
                    compile[i] = millisSince(t);
                    RuleBase.clearCache();
                    t = System.nanoTime();
                    RuleBase.compile(RuleSources.bundled());
                    precompiled[i] = millisSince(t);
                }
                print("compile-warm", "compile again: median %d ms; read precompiled again: median %d ms",
                        median(compile), median(precompiled));
            }
            case "check" -> check(Integer.parseInt(args[1]), args.length > 2 ? Path.of(args[2]) : null,
                    args.length > 3 ? Format.valueOf(args[3].toUpperCase(Locale.ROOT)) : Format.YAML);
            default -> throw new IllegalArgumentException("unknown mode " + mode);
        }
    }

    private static void check(int children, Path keep, Format format) throws Exception {
        Path data = keep != null ? keep : Files.createTempDirectory("check-benchmark");
        try {
            if (!Files.exists(data.resolve(format == Format.JSON ? "authority.json" : "authority.yaml"))) {
                long t = System.nanoTime();
                GeneratorSettings settings = GeneratorSettings.builder().seed(children).children(children).build();
                Generator.Summary summary = new Generator(settings).writeDirectory(data, format, Generator.DEFAULT_CHUNK);
                print("generate", "%d children, %d workers in %d files in %d ms (not part of the check)", summary.children(),
                        summary.workers(), summary.files().size(), millisSince(t));
            }
            long bytes;
            try (Stream<Path> files = Files.walk(data)) {
                bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            }

            // the loader alone, children discarded as they come: the floor under any check
            resetPeaks();
            long t = System.nanoTime();
            LoadResult loaded = new SelfAssessmentLoader(LoadOptions.strict()).load(data, header -> {}, child -> {});
            long loadOnly = millisSince(t);
            long loadOnlyLive = livePeak(() -> new SelfAssessmentLoader(LoadOptions.strict()).load(data, header -> {}, child -> {}));
            if (!loaded.ok()) {
                throw new IllegalStateException("generated data has input errors: " + loaded.errors());
            }
            resetPeaks();

            // the whole check as the Maven goal runs it
            t = System.nanoTime();
            RuleBase rules = RuleBase.load(null);
            long rulesMillis = millisSince(t);
            long checkStarted = System.nanoTime();
            Evaluated[] evaluated = new Evaluated[1];
            CheckResult result = new Checker(request -> evaluated[0] = Evaluator.evaluate(request, rules))
                    .check(CheckRequest.of(data), GateOptions.defaults());
            long checkMillis = millisSince(checkStarted);
            t = System.nanoTime();
            try (OutputStream sink = OutputStream.nullOutputStream()) {
                ReportFormats.parse("json").get(0).write(result.report(), sink);
            }
            long reportMillis = millisSince(t);
            Evaluated.Timings timings = evaluated[0].timings();
            long grading = Math.max(0, checkMillis - timings.readMillis() - timings.evaluateMillis());
            long records = result.report().records().read();

            print("input", "%d children, %d records, %.1f MB of %s", children, records, bytes / 1e6, format);
            print("load only", "%d ms (%.0f records/s, %.1f MB/s)", loadOnly,
                    records * 1000.0 / Math.max(1, loadOnly), bytes / 1e3 / Math.max(1, loadOnly));
            print("check", "%d ms: rules ready %d ms (%s), read %d ms, evaluate %d ms (%.0f children/s), grade %d ms, report.json %d ms",
                    rulesMillis + checkMillis + reportMillis, rulesMillis, rules.origin().words(), timings.readMillis(),
                    timings.evaluateMillis(), children * 1000.0 / Math.max(1, timings.evaluateMillis()), grading, reportMillis);
            long afterAnyGc = PEAK_AFTER_GC.get();
            long live = livePeak(() -> new Checker(request -> Evaluator.evaluate(request, rules))
                    .check(CheckRequest.of(data), GateOptions.defaults()));
            print("heap", "live peak %.0f MB (load only %.0f MB); peak after any GC %.0f MB; max heap %.0f MB",
                    live / 1e6, loadOnlyLive / 1e6, afterAnyGc / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
            print("result", "gate %s; %d criteria graded", result.report().gate().passed() ? "passed" : "failed",
                    result.report().criteria().stream().filter(c -> c.grade() != null).count());
        } finally {
            if (keep == null) {
                deleteTree(data);
            }
        }
    }

    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    /** Runs {@code work} with a full collection every half second; returns the largest heap left after one. */
    static long livePeak(Work work) throws Exception {
        AtomicLong peak = new AtomicLong();
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        Thread sampler = new Thread(() -> {
            while (!done.get()) {
                System.gc();
                long used = heapAfterLastFullCollection();
                peak.accumulateAndGet(used, Math::max);
                if (Boolean.getBoolean("bench.trace")) {
                    System.out.printf("  live %d MB%n", used >> 20);
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "live-heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        try {
            work.run();
        } finally {
            done.set(true);
            sampler.join();
        }
        return peak.get();
    }

    /**
     * The heap the last full collection left, from the collector's own record of it: reading the
     * heap's usage after System.gc() returns would also count what other threads allocated since.
     */
    private static long heapAfterLastFullCollection() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc.getName().contains("Old") || gc.getName().contains("MarkSweep")) {
                var info = ((com.sun.management.GarbageCollectorMXBean) gc).getLastGcInfo();
                if (info != null) {
                    return heapOnly(info.getMemoryUsageAfterGc());
                }
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long heapOnly(java.util.Map<String, MemoryUsage> usageByPool) {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage usage = usageByPool.get(pool.getName());
            if (pool.getType() == MemoryType.HEAP && usage != null) {
                used += usage.getUsed();
            }
        }
        return used;
    }

    /** Records the heap left after every collection: the most the run held at once, garbage aside. */
    private static void watchHeap() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    return;
                }
                var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                PEAK_AFTER_GC.accumulateAndGet(heapOnly(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
            }, null, null);
        }
    }

    private static void resetPeaks() {
        System.gc();
        PEAK_AFTER_GC.set(0);
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static void print(String what, String format, Object... args) {
        System.out.printf(Locale.ROOT, "%-17s %s%n", what + ":", String.format(Locale.ROOT, format, args));
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

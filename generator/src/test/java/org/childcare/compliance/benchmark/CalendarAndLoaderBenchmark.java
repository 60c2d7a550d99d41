package org.childcare.compliance.benchmark;

import static org.childcare.compliance.benchmark.CheckBenchmark.livePeak;
import static org.childcare.compliance.benchmark.CheckBenchmark.median;
import static org.childcare.compliance.benchmark.CheckBenchmark.millisSince;
import static org.childcare.compliance.benchmark.CheckBenchmark.print;

import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.childcare.compliance.calendar.WorkingCalendar;
import org.childcare.compliance.generate.Generator;
import org.childcare.compliance.generate.GeneratorSettings;
import org.childcare.compliance.load.LoadOptions;
import org.childcare.compliance.load.LoadResult;
import org.childcare.compliance.load.SelfAssessmentLoader;
import org.childcare.compliance.model.Child;

/**
 * Two measurements of parts of a check, behind docs/performance.md: not a test, it asserts nothing
 * about time or memory and runs by hand ({@code bench/run}), one measurement per JVM. The unit tests
 * of the working calendar and of the loader's streaming check what these parts compute; how fast
 * and in how much memory is measured here, where a slow machine or a collector that did not run
 * gives a figure instead of a failed build.
 *
 * <pre>
 * CalendarAndLoaderBenchmark calendar [CALLS]                working days between two dates: calls per second
 * CalendarAndLoaderBenchmark loader-streaming N [FILE]       one document of N generated children through the loader
 * </pre>
 *
 * {@code loader-streaming} generates the document once (YAML, or JSON when FILE ends {@code .json};
 * kept in FILE when given), then reads it with a sink that drops each child, and reports the time,
 * how many of the children handed on (a sample of every hundredth in the first 80%) a full
 * collection at 90% of the file reclaimed, and the largest heap left after a full collection while
 * reading: what the loader holds at once.
 */
public final class CalendarAndLoaderBenchmark {
    private static final int DAYS = 1024;

    private CalendarAndLoaderBenchmark() {}

    public static void main(String[] args) throws Exception {
        String mode = args.length == 0 ? "calendar" : args[0];
        switch (mode) {
            case "calendar" -> calendar(args.length > 1 ? Integer.parseInt(args[1]) : 5_000_000);
            case "loader-streaming" -> loaderStreaming(Integer.parseInt(args[1]),
                    args.length > 2 ? Path.of(args[2]) : null);
            default -> throw new IllegalArgumentException("unknown mode " + mode + " (calendar or loader-streaming)");
        }
    }

    /**
     * {@code workingDaysBetween} over random pairs of days from 2000 to 2030 in England and Wales,
     * after a warm-up; the median of five rounds. Counting day by day over years instead of from the
     * table would show as a fall of about a thousand times.
     */
    private static void calendar(int calls) {
        WorkingCalendar calendar = WorkingCalendar.englandAndWales();
        Random random = new Random(2011);
        LocalDate first = LocalDate.of(2000, 1, 1);
        int span = (int) (LocalDate.of(2030, 12, 31).toEpochDay() - first.toEpochDay()) + 1;
        LocalDate[] days = new LocalDate[DAYS];
        for (int i = 0; i < DAYS; i++) {
            days[i] = first.plusDays(random.nextInt(span));
        }
        long checksum = countBetween(calendar, days, 1_000_000);
        long[] millis = new long[5];
        for (int round = 0; round < millis.length; round++) {
            long t = System.nanoTime();
            checksum += countBetween(calendar, days, calls);
            millis[round] = Math.max(1, millisSince(t));
        }
        long median = median(millis);
        // the checksum is printed so that the JIT cannot drop the calls whose result nobody reads
        print("calendar", "workingDaysBetween: %.1f million calls/s (median of %d rounds of %,d calls, %d ms; checksum %d)",
                calls / 1e3 / median, millis.length, calls, median, checksum);
    }

    private static long countBetween(WorkingCalendar calendar, LocalDate[] days, int calls) {
        long sum = 0;
        for (int i = 0; i < calls; i++) {
            sum += calendar.workingDaysBetween(days[i & (DAYS - 1)], days[(i * 7 + 3) & (DAYS - 1)]);
        }
        return sum;
    }

    private static void loaderStreaming(int children, Path keep) throws Exception {
        Path file = keep != null ? keep : Files.createTempFile("loader-streaming", ".yaml");
        try {
            if (keep == null || !Files.exists(file)) {
                long t = System.nanoTime();
                GeneratorSettings settings = GeneratorSettings.builder().seed(children).children(children).build();
                new Generator(settings).write(file);
                print("generate", "%d children in one file in %d ms (not part of the measurement)", children, millisSince(t));
            }
            long bytes = Files.size(file);
            // one document larger than the loader's 64 MiB default is what this measures
            LoadOptions options = LoadOptions.strict().withMaxDocumentBytes(bytes + 1);

            AtomicInteger handedOn = new AtomicInteger();
            List<WeakReference<Child>> sample = new ArrayList<>();
            int[] collected = {-1};
            long t = System.nanoTime();
            LoadResult result = new SelfAssessmentLoader(options).load(file, child -> {
                int n = handedOn.getAndIncrement();
                if (n % 100 == 0 && n <= children * 8 / 10) {
                    sample.add(new WeakReference<>(child));
                }
                if (n == children * 9 / 10) {
                    System.gc();
                    collected[0] = (int) sample.stream().filter(r -> r.get() == null).count();
                }
            });
            long loadMillis = millisSince(t);
            if (!result.ok()) {
                throw new IllegalStateException("generated data has input errors: " + result.errors());
            }
            long live = livePeak(() -> new SelfAssessmentLoader(options).load(file, child -> {}));

            print("input", "%d children, %d records, %.1f MB in one %s document", handedOn.get(), result.counts().read(),
                    bytes / 1e6, file.getFileName().toString().endsWith(".json") ? "JSON" : "YAML");
            print("load", "%d ms (%.1f MB/s), with a full collection at 90%% of the children", loadMillis,
                    bytes / 1e3 / Math.max(1, loadMillis));
            print("handed on", "%d of %d sampled children were collected by a full collection at 90%% of the file"
                    + " (all of them if the loader keeps none it has handed on)", collected[0], sample.size());
            print("heap", "live peak %.0f MB while loading; max heap %.0f MB", live / 1e6,
                    Runtime.getRuntime().maxMemory() / 1e6);
        } finally {
            if (keep == null) {
                Files.deleteIfExists(file);
            }
        }
    }
}

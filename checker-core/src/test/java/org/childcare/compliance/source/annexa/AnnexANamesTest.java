package org.childcare.compliance.source.annexa;

import static org.childcare.compliance.source.annexa.Workbooks.LIST_3;
import static org.childcare.compliance.source.annexa.Workbooks.LIST_4;
import static org.childcare.compliance.source.annexa.Workbooks.LIST_5;
import static org.childcare.compliance.source.annexa.Workbooks.LIST_6;
import static org.childcare.compliance.source.annexa.Workbooks.LIST_7;
import static org.childcare.compliance.source.annexa.Workbooks.LIST_8;
import static org.childcare.compliance.source.annexa.Workbooks.LIST_9;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.source.ReturnRead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names never pass: a workbook full of distinctive names, some in broken cells, read strictly and
 * leniently, leaves no trace of any name in the result, its problems, its model or the console.
 */
class AnnexANamesTest {
    @TempDir Path dir;

    private static final List<String> NAMES = List.of("Zebedee Quorn", "Philippa Ffoulkes-Wyndham", "Xanthe Brightwater",
            "Octavia Pendragon", "Mungo Thistlewood", "Ignatius Vole", "Persephone Quill", "Barnaby Snodgrass");

    /** Every part of every name, lower-cased: none may appear anywhere, in any case. */
    private static final List<String> FRAGMENTS = NAMES.stream()
            .flatMap(n -> Arrays.stream(n.split("[ -]")))
            .map(s -> s.toLowerCase(Locale.ROOT)).toList();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static String tooLong() {
        return (NAMES.get(0) + " ").repeat(20);
    }

    private Path workbookFullOfNames() throws IOException {
        String[] list7WithManager = Arrays.copyOf(LIST_7, LIST_7.length + 2);
        list7WithManager[LIST_7.length] = "Team Manager";
        list7WithManager[LIST_7.length + 1] = "Independent Reviewing Officer";
        return Workbooks.workbook()
                .sheet("List 3").row(LIST_3)
                .row(LIST_3, "Child Unique ID", "C1", "Date of Referral", d("2024-09-01"), "Allocated Worker", NAMES.get(0))
                .row(LIST_3, "Child Unique ID", "C2", "Date of Referral", d("2024-09-02"), "Allocated Worker", d("2024-01-01"))
                .sheet("List 4").row(LIST_4)
                .row(LIST_4, "Child Unique ID", "C1", "Continuous Assessment Start Date", d("2024-09-02"),
                        "Allocated Worker", "  " + NAMES.get(0).toUpperCase(Locale.ROOT) + "\u00a0")
                .row(LIST_4, "Child Unique ID", "C3", "Continuous Assessment Start Date", d("2024-09-03"),
                        "Allocated Worker", tooLong())
                .sheet("List 5").row(LIST_5)
                .row(LIST_5, "Child Unique ID", "C4", "Strategy discussion initiating Section 47 Enquiry Start Date",
                        d("2024-09-04"), "Allocated Worker", NAMES.get(1))
                .sheet("List 6").row(LIST_6)
                .row(LIST_6, "Child Unique ID", "C5", "CIN Start Date", d("2024-01-01"), "Allocated Worker", NAMES.get(2))
                .sheet("List 7").row(list7WithManager)
                .row(list7WithManager, "Child Unique ID", "C6", "Child Protection Plan Start Date", d("2024-02-01"),
                        "Latest Category of Abuse", "Neglect", "Number of Previous Child Protection Plans", 0,
                        "Allocated Worker", NAMES.get(3), "Team Manager", NAMES.get(4), "Independent Reviewing Officer", NAMES.get(5))
                .row(list7WithManager, "Child Unique ID", "C7", "Child Protection Plan Start Date", d("2024-02-02"),
                        "Latest Category of Abuse", "Physcial abuse", "Number of Previous Child Protection Plans", 0,
                        "Allocated Worker", true, "Team Manager", NAMES.get(4))
                .sheet("List 8").row(LIST_8)
                .row(LIST_8, "Child Unique ID", "C8", "Date Started to be Looked After", d("2023-01-01"),
                        "Allocated Worker", NAMES.get(5), "Allocated Team", "Children in Care Team 1")
                .sheet("List 9").row(LIST_9)
                .row(LIST_9, "Child Unique ID", "C9", "Allocated Worker", NAMES.get(6), "Allocated Personal Advisor", NAMES.get(7))
                .row(LIST_9, "Child Unique ID", "C10", "Allocated Personal Advisor", new Workbooks.Serial(12.5),
                        "Eligibility Category", "Relevnt")
                .write(dir, "annex_a.xlsx");
    }

    /** Reads with System.out and System.err captured, and returns the result with what was printed. */
    private record Captured(ReturnRead read, String printed, List<String> warnings) {}

    private Captured read(Path workbook, AnnexAOptions options) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8);
        List<String> warnings = new ArrayList<>();
        try {
            System.setOut(capture);
            System.setErr(capture);
            ReturnRead read = AnnexAReader.read(List.of(workbook), dir, options, w -> {
                warnings.add(w);
                System.err.println(w); // as the console would show it
            });
            // the three-argument form logs the warning itself
            AnnexAReader.read(List.of(workbook), dir, options.withPseudonymKey(dir.resolve("other/pseudonym.key")));
            return new Captured(read, printed.toString(StandardCharsets.UTF_8), warnings);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private static void assertNoName(String where, String text) {
        assertNoFragment(where, text, FRAGMENTS);
    }

    static void assertNoFragment(String where, String text, List<String> fragments) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String fragment : fragments) {
            if (lower.contains(fragment)) {
                fail(where + " holds part of a name ('" + fragment + "'): " + text);
            }
        }
    }

    /** Every string reachable from {@code root} through fields, collections and maps, and every toString. */
    private static void assertNoNameReachable(String where, Object root) {
        assertNoFragmentReachable(where, root, FRAGMENTS);
    }

    /** Fails when any of {@code fragments} (lower-case) is in a string reachable from {@code root}. */
    static void assertNoFragmentReachable(String where, Object root, List<String> fragments) {
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        List<Object> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            Object o = todo.remove(todo.size() - 1);
            if (o == null || seen.put(o, true) != null) {
                continue;
            }
            if (o instanceof String s) {
                assertNoFragment(where, s, fragments);
                continue;
            }
            assertNoFragment(where + " " + o.getClass().getSimpleName() + ".toString", String.valueOf(o), fragments);
            if (o instanceof Collection<?> c) {
                todo.addAll(c);
                continue;
            }
            if (o instanceof Map<?, ?> m) {
                todo.addAll(m.keySet());
                todo.addAll(m.values());
                continue;
            }
            if (o instanceof Enum<?> || o instanceof Number || o instanceof Boolean || o instanceof LocalDate) {
                continue;
            }
            for (Class<?> c = o.getClass(); c != null && c.getName().startsWith("org.childcare"); c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers())) {
                        continue;
                    }
                    f.setAccessible(true);
                    try {
                        todo.add(f.get(o));
                    } catch (IllegalAccessException e) {
                        throw new AssertionError(e);
                    }
                }
            }
        }
    }

    private static void assertNoNameAnywhere(Captured captured) {
        ReturnRead read = captured.read();
        assertNoNameReachable("result", read);
        read.problems().forEach(p -> assertNoName("problem", p.toString()));
        read.quarantined().forEach(q -> assertNoName("quarantine", q.toString()));
        read.files().forEach(f -> assertNoName("source file", f.toString()));
        assertNoName("console", captured.printed());
        captured.warnings().forEach(w -> assertNoName("warning", w));
    }

    @Test
    void strictReadingLeavesNoNameAnywhere() throws IOException {
        Captured captured = read(workbookFullOfNames(), AnnexAOptions.defaults().withPseudonymKey(dir.resolve("pseudonym.key")));

        assertNoNameAnywhere(captured);
        ReturnRead read = captured.read();
        assertEquals(List.of(
                "annex_a.xlsx:List 3!K3: the cell holds a date, not a person's name",
                "annex_a.xlsx:List 4!K3: the cell is too long to be a person's name (279 characters, at most 200)",
                "annex_a.xlsx:List 7!I3: 'Physcial abuse' is not a category of abuse; did you mean 'Physical abuse'?",
                "annex_a.xlsx:List 7!Q3: the cell holds TRUE or FALSE, not a person's name",
                "annex_a.xlsx:List 9!I3: the cell holds a number with a fraction, not a person's name or a staff number",
                "annex_a.xlsx:List 9!J3: 'Relevnt' is not an eligibility category; did you mean 'Relevant'?"),
                read.problems().stream().map(Object::toString).toList());
        Map<String, Child> children = read.children();
        String worker = children.get("C1").getAllocatedWorker();
        assertTrue(worker.matches("W-[0-9a-f]{12}"), worker);
        assertEquals(worker, children.get("C1").getAssessments().get(0).getUndertakenBy(),
                "the same name in another case and spacing is the same worker");
        assertFalse(children.containsKey("C5"), "list 6 is not read");
        assertEquals(Set.of(1), Set.of(captured.warnings().size()), "one warning: the key was created");
        assertTrue(captured.printed().contains("created a new pseudonym key"), "the logged warning reached the console");
    }

    @Test
    void lenientReadingQuarantinesWithoutNamingAnyone() throws IOException {
        Captured captured = read(workbookFullOfNames(),
                AnnexAOptions.defaults().withPseudonymKey(dir.resolve("pseudonym.key")).withLenient(true));

        assertNoNameAnywhere(captured);
        ReturnRead read = captured.read();
        assertEquals(List.of(), read.problems());
        assertEquals(List.of("C2", "C3", "C7", "C10"), read.quarantined().stream().map(ReturnRead.Quarantined::child).toList());
        assertEquals("List 4!K3: the cell is too long to be a person's name (279 characters, at most 200)",
                read.quarantined().get(1).reason());
    }

    @Test
    void aKeyThatCannotBeUsedLeavesWorkersUnknownAndNamesUnread() throws IOException {
        Path key = dir.resolve("shared.key");
        Files.write(key, new byte[32]);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-rw-rw-"));
        } else {
            Files.write(key, new byte[3]); // too short, refused on any file system
        }

        Captured captured = read(workbookFullOfNames(), AnnexAOptions.defaults().withPseudonymKey(key));

        assertNoNameAnywhere(captured);
        ReturnRead read = captured.read();
        assertTrue(read.problems().get(0).toString().startsWith("annex_a.xlsx: workers' names cannot be turned into"
                + " pseudonymous ids, so they are not read: pseudonym key "), read.problems().get(0).toString());
        assertEquals(null, read.children().get("C1").getAllocatedWorker());
    }
}

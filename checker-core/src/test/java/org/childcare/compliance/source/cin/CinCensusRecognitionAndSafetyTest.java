package org.childcare.compliance.source.cin;

import static org.childcare.compliance.source.cin.CinFixtures.fixture;
import static org.childcare.compliance.source.cin.CinFixtures.problems;
import static org.childcare.compliance.source.cin.CinFixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.childcare.compliance.source.ReturnRead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files are a census, and what happens to files that are not, are broken, or attack the reader. */
class CinCensusRecognitionAndSafetyTest {
    private static final String CENSUS_START = """
            <?xml version="1.0" encoding="UTF-8"?>
            %s<Message>
              <Header><CollectionDetails><Collection>CIN</Collection><ReferenceDate>2024-03-31</ReferenceDate></CollectionDetails></Header>
              <Children>
                <Child>
                  <ChildIdentifiers><LAchildID>%s</LAchildID><Sex>M</Sex></ChildIdentifiers>
                  <CINdetails><CINreferralDate>2023-06-01</CINreferralDate><ReferralSource>6</ReferralSource><ReferralNFA>1</ReferralNFA></CINdetails>
                </Child>
              </Children>
            </Message>
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void xmlThatIsNotTheCinCensusIsNotRecognised() throws IOException {
        assertFalse(CinCensusReader.recognise(fixture("not_a_cin_census.xml")), "another collection");
        assertFalse(CinCensusReader.recognise(write("episodes.xml", "<Episodes><Episode/></Episodes>")), "another root");
        assertFalse(CinCensusReader.recognise(write("broken.xml", "<Message><Header>")), "not well-formed");
        assertFalse(CinCensusReader.recognise(write("empty.xml", "")), "empty");
        assertFalse(CinCensusReader.recognise(write("plain.xml", "CHILD,SEX\n1,M\n")), "not XML");
        assertFalse(CinCensusReader.recognise(write("no_header.xml", "<Message><Children/></Message>")),
                "no collection named");
        Path census = write("census.txt", Files.readString(fixture("cin_census_2024.xml")));
        assertFalse(CinCensusReader.recognise(census), "only .xml files");
        assertTrue(CinCensusReader.recognise(write("CIN_2024.XML", Files.readString(fixture("cin_census_2024.xml")))));
    }

    @Test
    void readingAFileThatIsNotACensusIsAnInputErrorNamingIt() {
        ReturnRead read = read("not_a_cin_census.xml");
        assertEquals(List.of("not_a_cin_census.xml:0:0: not a CIN census: the root element is not Message with"
                + " Header/CollectionDetails/Collection CIN"), problems(read));
        assertTrue(read.children().isEmpty());
        assertTrue(read.files().isEmpty());
    }

    @Test
    void anExternalEntityIsRefusedAndNothingIsRead() throws IOException {
        Path secret = write("secret.txt", "TOP-SECRET-CONTENT");
        String doctype = "<!DOCTYPE Message [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n";
        Path attack = write("cin_xxe.xml", CENSUS_START.formatted(doctype, "&xxe;"));
        assertTrue(CinCensusReader.recognise(attack), "it claims to be a census: reading it must refuse it");

        for (boolean lenient : new boolean[] {false, true}) {
            ReturnRead read = CinCensusReader.read(List.of(attack), dir, CinOptions.strict().withLenient(lenient));
            assertEquals(List.of("cin_xxe.xml:2:1: a DOCTYPE declaration is not allowed in a CIN census file (it"
                    + " could pull in other files); nothing in the file was read"), problems(read));
            assertTrue(read.children().isEmpty());
            assertEquals(0, read.files().get(0).rows());
            assertFalse((read.problems() + " " + read.quarantined() + " " + read.files()).contains("TOP-SECRET"));
        }
    }

    @Test
    void anEntityExpansionBombIsRefusedLikewise() throws IOException {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE Message [<!ENTITY a0 \"ha\">");
        for (int i = 1; i < 30; i++) {
            doctype.append("<!ENTITY a").append(i).append(" \"&a").append(i - 1).append(";&a").append(i - 1).append(";\">");
        }
        doctype.append("]>\n");
        Path bomb = write("cin_bomb.xml", CENSUS_START.formatted(doctype, "&a29;"));
        ReturnRead read = CinCensusReader.read(List.of(bomb), dir, CinOptions.strict());
        assertEquals(1, read.problems().size());
        assertTrue(read.problems().get(0).message().startsWith("a DOCTYPE declaration is not allowed"));
        assertTrue(read.children().isEmpty());
    }

    @Test
    void aFileThatBreaksOffKeepsTheChildrenBeforeTheBreak() {
        for (boolean lenient : new boolean[] {false, true}) {
            ReturnRead read = read(CinOptions.strict().withLenient(lenient), "cin_cut_short.xml");
            assertEquals(1, read.problems().size(), read.problems().toString());
            String problem = read.problems().get(0).toString();
            assertTrue(problem.startsWith("cin_cut_short.xml:16:"), problem);
            assertTrue(problem.contains("not well-formed XML: "), problem);
            assertTrue(problem.endsWith("; the rest of the file was not read"), problem);
            assertEquals(List.of("K1"), List.copyOf(read.children().keySet()), "K2 is incomplete: left out");
            assertEquals(Map.of("child cut short by the unreadable end of the file", 1L),
                    read.files().get(0).ignoredRows());
        }
    }

    @Test
    void aFileThatIsNotValidUtf8IsAnErrorNotGarbage() throws IOException {
        byte[] census = CENSUS_START.formatted("", "B1").getBytes(StandardCharsets.UTF_8);
        String text = new String(census, StandardCharsets.ISO_8859_1).replace(">B1<", ">B\u00ff<");
        Path latin = dir.resolve("cin_latin.xml");
        Files.write(latin, text.getBytes(StandardCharsets.ISO_8859_1)); // a lone 0xFF byte: never UTF-8
        ReturnRead read = CinCensusReader.read(List.of(latin), dir, CinOptions.strict());
        assertEquals(List.of("cin_latin.xml:6:37: the file is not valid UTF-8 text from here; the rest of the file"
                + " was not read"), problems(read), "at the wrong byte itself, the B\u00ff of the child's id");
        assertTrue(read.children().isEmpty());
    }

    @Test
    void aDeclaredEncodingIsHonoured() throws IOException {
        String text = CENSUS_START.formatted("", "L\u00e9on-1").replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"");
        Path latin = dir.resolve("cin_latin1.xml");
        Files.write(latin, text.getBytes(StandardCharsets.ISO_8859_1));
        ReturnRead read = CinCensusReader.read(List.of(latin), dir, CinOptions.strict());
        assertEquals(List.of(), read.problems());
        assertEquals(List.of("L\u00e9on-1"), List.copyOf(read.children().keySet()));
    }

    @Test
    void withoutAYearTheReachOfReviewsIsUnknownUnlessHistoryFromIsGiven() throws IOException {
        Path undated = write("cin_undated.xml", CENSUS_START.formatted("", "U1")
                .replace("<ReferenceDate>2024-03-31</ReferenceDate>", ""));
        ReturnRead read = CinCensusReader.read(List.of(undated), dir, CinOptions.strict());
        assertEquals(List.of("cin_undated.xml:0:0: the census gives no Header/CollectionDetails/ReferenceDate or"
                + " Year, so its year, and how far back its review conferences reach, is unknown; add them, or"
                + " give sources.cin.historyFrom"), problems(read));
        ReturnRead given = CinCensusReader.read(List.of(undated), dir,
                CinOptions.strict().withHistoryFrom(java.time.LocalDate.parse("2023-04-01")));
        assertEquals(List.of(), given.problems());
        assertEquals(null, given.files().get(0).year());

        Path badYear = write("cin_bad_year.xml", CENSUS_START.formatted("", "U2")
                .replace("<ReferenceDate>2024-03-31</ReferenceDate>", "<ReferenceDate>31/03/2024</ReferenceDate>"));
        assertEquals(List.of("cin_bad_year.xml:3:58: ReferenceDate '31/03/2024' is not a date; expected YYYY-MM-DD"),
                problems(CinCensusReader.read(List.of(badYear), dir, CinOptions.strict())));
    }
}

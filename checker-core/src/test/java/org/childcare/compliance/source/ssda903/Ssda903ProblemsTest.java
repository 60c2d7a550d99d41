package org.childcare.compliance.source.ssda903;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.childcare.compliance.load.InputProblem;
import org.childcare.compliance.source.ReturnRead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every problem the reader reports, each at its exact file, line and column, in strict and lenient mode. */
class Ssda903ProblemsTest {
    static final String EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";
    static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";
    static final String REVIEWS = "CHILD,DOB,REVIEW,REVIEW_CODE";
    static final String MISSING = "CHILD,DOB,MISSING,MIS_START,MIS_END";
    static final String OC2 = "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,"
            + "HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED";

    @TempDir Path dir;
    final List<Path> files = new ArrayList<>();

    Path csv(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        files.add(file);
        return file;
    }

    ReturnRead read() {
        return read(Ssda903Options.defaults());
    }

    ReturnRead read(Ssda903Options options) {
        return Ssda903Reader.read(files, dir, options);
    }

    static List<String> messages(ReturnRead read) {
        return read.problems().stream().map(InputProblem::toString).toList();
    }

    @Test
    void anUnknownCodeNamesTheColumnAndTheCodesAllowedAtItsCell() throws IOException {
        csv("episodes.csv", EPISODES,
                "C1,01/04/2024,S,C2,N1,U4,PR1,,,,,,",
                "",
                "C2,01/05/2024,Q,C2,N1,U4,PR1,,,,,,",
                "C3,01/05/2024,S,C9,N1,ZZ,PR9,,,,,,");
        assertEquals(List.of(
                "episodes.csv:4:3: RNE 'Q' is not a reason for new episode; expected one of S, P, L, T, U, B",
                "episodes.csv:5:4: LS 'C9' is not a legal status; expected one of C1, C2, D1, E1, V2, V3, V4, L1, L2,"
                        + " L3, J1, J2, J3",
                "episodes.csv:5:6: PLACE 'ZZ' is not a placement type; expected one of A3, A4, A5, A6, H5, K1, K2, K3,"
                        + " P1, P2, P3, R1, R2, R3, R5, S1, T0, T1, T2, T3, T4, U1, U2, U3, U4, U5, U6, Z1, Z11, Z12,"
                        + " Z13, Z14",
                "episodes.csv:5:7: PLACE_PROVIDER 'PR9' is not a placement provider; expected one of PR0, PR1, PR2, PR3,"
                        + " PR4, PR5"), messages(read()));
    }

    @Test
    void sexCodesOfEitherSchemeOnlyAndDatesInOneOfTwoShapes() throws IOException {
        csv("h.csv", HEADER,
                "C1,3,01/01/2010,WBRI,,,",
                "C2,M,31/02/2010,WBRI,,,",
                "C3,F,2010/01/02,WXYZ,,,",
                "C4,f,1/2/2010,wbri,,,");
        ReturnRead read = read();
        assertEquals(List.of(
                "h.csv:2:2: SEX '3' is not a sex code; expected one of 1, 2, M, F, U",
                "h.csv:3:3: DOB '31/02/2010' is not a day of the calendar; expected dd/mm/yyyy",
                "h.csv:4:3: DOB '2010/01/02' is not a date; expected dd/mm/yyyy",
                "h.csv:4:4: ETHNIC 'WXYZ' is not an ethnicity code; expected one of WBRI, WIRI, WOTH, WIRT, WROM, MWBC,"
                        + " MWBA, MWAS, MOTH, AIND, APKN, ABAN, AOTH, BCRB, BAFR, BOTH, CHNE, OOTH, REFU, NOBT"),
                messages(read));
        assertEquals(java.time.LocalDate.of(2010, 2, 1), read.children().get("C4").getDateOfBirth(),
                "a one-digit day or month, as a spreadsheet re-saves dd/mm/yyyy, is still that date");
        assertEquals("WBRI", read.children().get("C4").getEthnicity());
        assertNull(read.children().get("C1").getGender(), "a child with a bad row is still returned in strict mode");
    }

    @Test
    void aHeaderThatMatchesNoTableNamesTheNearestAndWhatItLacks() throws IOException {
        csv("extract.csv", "CHILD,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN",
                "C1,C2,N1,U4,PR1,,,,,,");
        assertEquals(List.of("extract.csv:1:0: header matches no SSDA903 table; nearest is Episodes, which also needs"
                + " DECOM, RNE"), messages(read()));
        assertEquals(Optional.empty(), Ssda903Reader.recognise(files.get(0)));
        assertTrue(read().files().isEmpty());
    }

    @Test
    void emptyFilesDuplicateColumnsStrayCellsAndNonUtf8AreReported() throws IOException {
        csv("empty.csv", "", "");
        csv("twice.csv", "CHILD,DOB,REVIEW,REVIEW_CODE,review", "C1,01/01/2010,01/05/2024,PN1,");
        csv("wide.csv", "CHILD,SEX,DOB,DUC,,", "C1,1,01/01/2010,,,", "C2,1,01/01/2010,,,x", "C3,1,01/01/2010,,,,y");
        Path latin = dir.resolve("latin.csv");
        Files.write(latin, ("CHILD,SEX,DOB,DUC\nC3,1,01/01/2010,\nC4,1,01/01/2010,caf\u00e9\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        files.add(latin);
        assertEquals(List.of(
                "empty.csv:1:0: file is empty; an SSDA903 table starts with its header row",
                "latin.csv:3:0: byte 0xE9 is not UTF-8; save the file as CSV UTF-8",
                "twice.csv:1:5: column REVIEW appears twice (columns 3 and 5); which one to read is unclear",
                "wide.csv:3:1: row has a value in column 6, which the header row does not name",
                "wide.csv:4:1: row has a value in column 7, which the header row does not name"), messages(read()));
    }

    @Test
    void aReviewOrMissingEpisodeInNoPeriodIsAnErrorAtItsRow() throws IOException {
        csv("episodes.csv", EPISODES,
                "C1,01/04/2024,S,C2,N1,U4,PR1,01/06/2024,E11,,,,",
                "C1,01/09/2024,S,C2,N1,U4,PR1,,,,,,");
        csv("reviews.csv", REVIEWS,
                "C1,01/01/2010,20/04/2024,PN1",
                "C1,01/01/2010,15/07/2024,PN1",
                "C9,01/01/2010,15/07/2024,PN1");
        csv("missing.csv", MISSING, "C1,01/01/2010,M,01/08/2024,02/08/2024");
        assertEquals(List.of(
                "missing.csv:2:4: missing episode starting 01/08/2024 falls in no period of care of child C1 in the"
                        + " Episodes table",
                "reviews.csv:3:3: review on 15/07/2024 falls in no period of care of child C1 in the Episodes table",
                "reviews.csv:4:3: review on 15/07/2024 falls in no period of care of child C9 in the Episodes table"),
                messages(read()).stream().sorted().toList());
    }

    @Test
    void oc2ForAChildWithNoPeriodOpenAtTheYearEndIsAnError() throws IOException {
        csv("episodes.csv", EPISODES, "C1,01/04/2024,S,C2,N1,U4,PR1,01/06/2024,E11,,,,");
        csv("oc2.csv", OC2, "C1,01/01/2010,,,,,1,1,1,,,");
        assertEquals(List.of("oc2.csv:2:1: child C1 has no period of care open at the end of the collection year"
                + " (31/03/2025), the period OC2 describes"), messages(read()));
        csv("more.csv", EPISODES, "C1,01/02/2025,S,C2,N1,U4,PR1,,,,,,");
        assertEquals(List.of(), messages(read()), "with a period open on 31/03/2025 the flags have a home");
        assertEquals(Boolean.TRUE, read().children().get("C1").getCareEpisodes().get(1).getImmunisationsUpToDate());
    }

    @Test
    void rowsThatDoNotChainAreErrorsAtTheCellThatBreaksTheChain() throws IOException {
        csv("episodes.csv", EPISODES,
                "A,01/04/2024,S,C2,N1,U4,PR1,10/05/2024,X1,,,,",
                "A,10/05/2024,S,C2,N1,U5,PR1,,,,,,",
                "B,01/04/2024,S,C2,N1,U4,PR1,10/05/2024,E11,,,,",
                "B,01/06/2024,P,C2,N1,U5,PR1,,,,,,",
                "C,01/04/2024,S,C2,N1,U4,PR1,10/05/2024,X1,,,,",
                "D,01/04/2024,S,C2,N1,U4,PR1,10/05/2024,X1,,,,",
                "D,11/05/2024,P,C2,N1,U5,PR1,,,,,,",
                "E,01/04/2024,S,C2,N1,U4,PR1,,,,,,",
                "E,01/06/2024,S,C2,N1,U5,PR1,,,,,,",
                "F,01/04/2024,S,C2,N1,U4,PR1,10/05/2024,,,,,",
                "G,01/04/2024,S,C2,N1,U4,PR1,,E11,,,,",
                "H,01/04/2024,S,C2,N1,U4,PR1,01/03/2024,E11,,,,",
                "I,01/04/2024,S,C2,N1,U4,PR1,01/05/2024,X1,,,,",
                "I,01/04/2024,P,C2,N1,U5,PR1,,,,,,");
        ReturnRead read = read();
        assertEquals(List.of(
                "episodes.csv:3:3: RNE S starts a new period of care, but the episode before it (episodes.csv:2) ended"
                        + " with REC X1, which says the period continues",
                "episodes.csv:5:3: RNE P continues a period of care, but the episode before it (episodes.csv:4) ended"
                        + " the period with REC E11; a new period starts with RNE S",
                "episodes.csv:6:9: REC X1 says the period of care continues, but no later episode of C follows",
                "episodes.csv:8:2: DECOM 11/05/2024 should be 10/05/2024, the day the episode before it"
                        + " (episodes.csv:7) ended with REC X1 (the period continues)",
                "episodes.csv:9:8: DEC is empty, so the episode is open, but the child has a later episode starting"
                        + " 01/06/2024 at episodes.csv:10",
                "episodes.csv:11:9: REC is empty, but DEC is given; an episode that ended needs the reason it ended",
                "episodes.csv:12:8: DEC is empty, but REC E11 is given; an episode that ended needs the date",
                "episodes.csv:13:8: DEC 01/03/2024 is before DECOM 01/04/2024; an episode cannot end before it starts",
                "episodes.csv:15:2: child I has another episode starting 01/04/2024 (episodes.csv:14); each episode"
                        + " starts on its own day"),
                messages(read).stream().sorted(java.util.Comparator.comparingInt(ProblemLine::of)).toList());
        assertTrue(read.children().get("A").getCareEpisodes().isEmpty(), "no periods are made of a broken chain");
    }

    /** Sorts messages by line number. */
    interface ProblemLine {
        static int of(String message) {
            return Integer.parseInt(message.split(":")[1]);
        }
    }

    @Test
    void aPeriodBegunBeforeTheFilesIsKnownFromTheLaterOfHistoryFromAndItsFirstRow() throws IOException {
        csv("episodes.csv", EPISODES,
                "C1,10/06/2023,P,C2,N1,U4,PR1,01/02/2024,X1,,,,",
                "C1,01/02/2024,L,E1,N1,U4,PR1,,,,,,");
        var early = read(Ssda903Options.defaults().withHistoryFrom(java.time.LocalDate.of(2023, 4, 1)))
                .children().get("C1").getCareEpisodes().get(0);
        assertEquals(java.time.LocalDate.of(2023, 6, 10), early.getKnownFrom().getPlacements());
        assertEquals(1, early.getPlacements().size(), "an L row continues the placement");
        assertEquals("E1", early.getLegalStatus());
        var late = read(Ssda903Options.defaults().withHistoryFrom(java.time.LocalDate.of(2023, 9, 1)))
                .children().get("C1").getCareEpisodes().get(0);
        assertEquals(java.time.LocalDate.of(2023, 9, 1), late.getKnownFrom().getPlacements());
        assertNull(late.getKnownFrom().keyPlace("placements"), "historyFrom is a setting, not a cell of the files");
        assertEquals(java.time.LocalDate.of(2023, 6, 10), late.getStart());
    }

    @Test
    void lenientModeQuarantinesAChildWithAMalformedRowAndReadsTheRest() throws IOException {
        csv("episodes.csv", EPISODES,
                "C1,01/04/2024,S,C2,N1,U4,PR1,,,,,,",
                "C2,01/04/2024,S,C2,N1,U4,PR1,,,,,,",
                ",01/04/2024,S,C2,N1,U4,PR1,,,,,,");
        csv("reviews.csv", REVIEWS, "C2,01/01/2010,1 May 2024,PN1", "C2,01/01/2010,01/06/2024,PN1");
        ReturnRead read = read(Ssda903Options.defaults().withLenient(true));
        assertEquals(List.of(), read.problems());
        assertEquals(List.of(new ReturnRead.Quarantined("C2", "reviews.csv", 2,
                "REVIEW '1 May 2024' is not a date; expected dd/mm/yyyy")), read.quarantined());
        assertEquals(List.of("C1"), List.copyOf(read.children().keySet()));
        assertEquals(Map.of("child quarantined", 1L, "row without a CHILD id", 1L),
                read.files().get(0).ignoredRows());
        assertEquals(1, read.files().get(0).children());
        assertEquals(Map.of("child quarantined", 2L), read.files().get(1).ignoredRows());

        ReturnRead strict = read();
        assertEquals(List.of("episodes.csv:4:1: CHILD is empty; every row needs the child's id",
                "reviews.csv:2:3: REVIEW '1 May 2024' is not a date; expected dd/mm/yyyy"), messages(strict));
        assertEquals(List.of("C1", "C2"), List.copyOf(strict.children().keySet()),
                "strict mode still returns every child");
    }

    @Test
    void anEpisodeOpenInOneYearsFileAndEndedInTheNextIsReadOnceWithItsEnd() throws IOException {
        csv("2023-24.csv", EPISODES, "C1,01/02/2024,S,C2,N1,U4,PR1,,,,AB1 2CD,,");
        csv("2024-25.csv", EPISODES, "C1,01/02/2024,S,C2,N1,U4,PR1,01/07/2024,E11,,,,");
        ReturnRead read = read();
        assertEquals(List.of(), read.problems());
        assertEquals(java.time.LocalDate.of(2024, 7, 1), read.children().get("C1").getCareEpisodes().get(0).getEnd());
        assertEquals(Map.of("episode ended by 2024-25.csv:2", 1L), read.files().get(0).ignoredRows());
        csv("other.csv", EPISODES, "C1,01/02/2024,S,C2,N1,U5,PR1,,,,,,");
        assertEquals(List.of("other.csv:2:2: child C1 has another episode starting 01/02/2024 (2024-25.csv:2); each"
                + " episode starts on its own day"), messages(read()), "a different placement is not the same episode");
    }

    @Test
    void reviewsMissingAndOc2WithoutAnEpisodesTableAreOneErrorPerFile() throws IOException {
        csv("reviews.csv", REVIEWS, "C1,01/01/2010,20/04/2024,PN1", "C2,01/01/2010,20/04/2024,PN1");
        assertEquals(List.of("reviews.csv:0:0: the Reviews table is given without an Episodes table; its rows belong"
                + " to periods of care, which only the Episodes table gives"), messages(read()));
    }

    @Test
    void problemsBeyondTheCapAreCountedNotListed() throws IOException {
        csv("e.csv", EPISODES, "C1,x,S,C2,N1,U4,PR1,,,,,,", "C2,y,S,C2,N1,U4,PR1,,,,,,", "C3,z,S,C2,N1,U4,PR1,,,,,,");
        assertEquals(List.of("e.csv:2:2: DECOM 'x' is not a date; expected dd/mm/yyyy",
                "e.csv:3:2: DECOM 'y' is not a date; expected dd/mm/yyyy",
                "e.csv:0:0: 1 more problem not listed (at most 2 are)"),
                messages(read(Ssda903Options.defaults().withMaxErrors(2))));
    }

    @Test
    void theSameRowInTwoFilesIsReadOnceButTwoDifferentHeaderRowsAreAnError() throws IOException {
        csv("a.csv", HEADER, "C1,1,01/01/2010,WBRI,UPN1,,");
        csv("b.csv", HEADER, "C1,1,01/01/2010,WBRI,UPN-other,,", "C2,2,01/01/2011,WBRI,,,", "C2,2,01/01/2012,WBRI,,,");
        ReturnRead read = read();
        assertEquals(List.of("b.csv:4:1: a second Header row for child C2 (the first is at b.csv:3); the return has"
                + " one per child"), messages(read));
        assertEquals(Map.of("duplicate of a.csv:2", 1L), read.files().get(1).ignoredRows());
        assertEquals(java.time.LocalDate.of(2011, 1, 1), read.children().get("C2").getDateOfBirth());
    }

    @Test
    void aColumnOrderOtherThanTheGuidancesLocatesCellsWhereTheyAre() throws IOException {
        csv("eps.csv", "urn,rec,dec,place_provider,place,cin,ls,rne,decom,child,reason_place_change,home_post,pl_post",
                ",,,PR1,U4,N1,C2,X,01/04/2024,C1,,,");
        assertEquals(List.of("eps.csv:2:8: RNE 'X' is not a reason for new episode; expected one of S, P, L, T, U, B"),
                messages(read()));
    }
}

package org.childcare.compliance.source.ssda903;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.childcare.compliance.model.CareEpisode;
import org.childcare.compliance.model.CareLeaver;
import org.childcare.compliance.model.Placement;
import org.childcare.compliance.model.PlacementType;
import org.childcare.compliance.source.ReturnRead;
import org.childcare.compliance.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Table by table: recognition of every table, the chaining of T and U rows, OC3 codes, the collection year. */
class Ssda903TablesTest {
    @TempDir Path dir;
    final List<Path> files = new ArrayList<>();

    Path csv(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        files.add(file);
        return file;
    }

    ReturnRead read(Ssda903Options options) {
        ReturnRead read = Ssda903Reader.read(files, dir, options);
        assertEquals(List.of(), read.problems());
        return read;
    }

    @Test
    void everyTableIsRecognisedAndTheUnusedOnesAreCountedNotRead() throws IOException {
        csv("1.csv", "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED", "C1,01/01/2015,01/02/2024,,");
        csv("2.csv", "CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM", "C1,01/01/2015,Z1,,");
        csv("3.csv", "child,dob,dolo_start,dolo_end", "C1,01/01/2015,01/03/2025,", "C1,01/01/2015,01/01/2025,01/02/2025");
        csv("4.csv", "DUC,CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB", "01/01/2025,C1,M,01/01/2015,WBRI,,,");
        assertEquals(Optional.of("PlacedAdoption"), Ssda903Reader.recognise(files.get(0)));
        assertEquals(Optional.of("PrevPerm"), Ssda903Reader.recognise(files.get(1)));
        assertEquals(Optional.of("DoLo"), Ssda903Reader.recognise(files.get(2)));
        assertEquals(Optional.of("Header"), Ssda903Reader.recognise(files.get(3)),
                "a Header with a DUC column is still the Header, not the UASC table");
        assertEquals(Optional.empty(), Ssda903Reader.recognise(dir.resolve("absent.csv")));

        ReturnRead read = read(Ssda903Options.defaults());
        assertEquals(List.of("ssda903-placedadoption", "ssda903-prevperm", "ssda903-dolo", "ssda903-header"),
                read.files().stream().map(SourceFile::kind).toList());
        assertEquals(List.of(false, false, false, true), read.files().stream().map(SourceFile::used).toList());
        assertEquals(2, read.files().get(2).rows(), "both DoLo rows are counted: rows of unused tables are not merged");
        assertEquals(List.of("column DUC (column 1) is not part of the SSDA903 Header table; ignored"),
                read.files().get(3).warnings());
        assertNull(read.children().get("C1").getUnaccompaniedAsylumSeeking(), "DUC outside a UASC table is not read");
        assertNull(read.files().get(0).year(), "no episode, review or missing date to tell the year by");
    }

    @Test
    void tAndUChangePlacementWithinAPeriodAndAQuotedLineBreakKeepsLinesRight() throws IOException {
        csv("e.csv", "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN",
                "C1,01/04/2024,S,V2,N1,U6,PR4,01/05/2024,X1,\"moved, at the\ncarer's request\",,,",
                "C1,01/05/2024,T,V2,N1,U6,PR4,01/06/2024,X1,,,,",
                "C1,01/06/2024,U,C2,N1,A4,PR1,01/07/2024,X1,,,,",
                "C1,01/07/2024,L,E1,N1,A4,PR1,2024-12-01,E11,,,,");
        CareEpisode period = read(Ssda903Options.defaults()).children().get("C1").getCareEpisodes().get(0);
        assertEquals(LocalDate.of(2024, 12, 1), period.getEnd());
        assertEquals("E1", period.getLegalStatus());
        List<Placement> placements = period.getPlacements();
        assertEquals(List.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 1)),
                placements.stream().map(Placement::getStart).toList());
        assertEquals(List.of(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 1), LocalDate.of(2024, 12, 1)),
                placements.stream().map(Placement::getEnd).toList());
        assertEquals(PlacementType.ADOPTION, placements.get(2).getType());
        assertEquals(4, placements.get(1).sourceLine(), "the row after a two-line cell is on line 4");
        assertEquals(6, placements.get(2).keyPlace("end").line(), "the placement ends with the L row's DEC");
    }

    @Test
    void oc3CodesMapAsTheContractSays() throws IOException {
        csv("oc3.csv", "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM",
                "A,01/01/2006,NO,F2,B2",
                "B,01/01/2006,REFU,P4,0",
                "C,01/01/2006,DIED,0,Z2",
                "D,01/01/2006,nreq,G4,",
                "E,01/01/2006,RHOM,F5,S1");
        ReturnRead read = read(Ssda903Options.defaults());
        CareLeaver a = read.children().get("A").getCareLeaver();
        assertEquals(List.of(false, true, false, false), values(a));
        CareLeaver b = read.children().get("B").getCareLeaver();
        assertEquals(java.util.Arrays.asList(false, true, null, null), values(b));
        CareLeaver c = read.children().get("C").getCareLeaver();
        assertEquals(java.util.Arrays.asList(null, null, false, true), values(c), "Z2: staying put, not suitable");
        CareLeaver d = read.children().get("D").getCareLeaver();
        assertEquals(java.util.Arrays.asList(null, false, null, null), values(d));
        CareLeaver e = read.children().get("E").getCareLeaver();
        assertEquals(java.util.Arrays.asList(null, true, true, false), values(e));
    }

    /** inTouch, inEducationEmploymentOrTraining, accommodationSuitable, stayingPut. */
    static List<Boolean> values(CareLeaver leaver) {
        return java.util.Arrays.asList(leaver.getInTouch(), leaver.getInEducationEmploymentOrTraining(),
                leaver.getAccommodationSuitable(), leaver.getStayingPut());
    }

    @Test
    void theCollectionYearIsTheLatestEpisodesOrGivenAndSetsTheOc2YearEnd() throws IOException {
        csv("e.csv", "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN",
                "C1,01/04/2022,S,C2,N1,U4,PR1,10/04/2024,E11,,,,");
        csv("oc2.csv", "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,"
                + "HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED",
                "C1,01/01/2010,,,,,0,1,1,,,");
        ReturnRead inferred = Ssda903Reader.read(files, dir, Ssda903Options.defaults());
        assertEquals("2024-25", inferred.files().get(0).year(), "10/04/2024 falls in 2024-25");
        assertEquals(List.of("oc2.csv:2:1: child C1 has no period of care open at the end of the collection year"
                + " (31/03/2025), the period OC2 describes"), inferred.problems().stream().map(Object::toString).toList());
        ReturnRead given = read(Ssda903Options.defaults().withCollectionYear("2023-24"));
        assertEquals("2023-24", given.files().get(1).year());
        CareEpisode period = given.children().get("C1").getCareEpisodes().get(0);
        assertEquals(Boolean.FALSE, period.getImmunisationsUpToDate());
        assertEquals(Boolean.TRUE, period.getHealthAssessmentUpToDate());
        assertThrows(IllegalArgumentException.class, () -> Ssda903Options.defaults().withCollectionYear("2023-25"));
    }
}

package org.childcare.compliance.source.ssda903;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.childcare.compliance.model.CareEpisode;
import org.childcare.compliance.model.CareLeaver;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.Gender;
import org.childcare.compliance.model.Located;
import org.childcare.compliance.model.MissingEpisode;
import org.childcare.compliance.model.Placement;
import org.childcare.compliance.model.PlacementType;
import org.childcare.compliance.model.ProviderKind;
import org.childcare.compliance.model.Review;
import org.childcare.compliance.source.ReturnRead;
import org.childcare.compliance.source.SourceFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A whole return as authorities' exports look: files named anything, a byte order mark and CRLF
 * line ends, lower-case headers in another order, every cell quoted, blank and comma-only lines,
 * trailing empty columns, an extra column, both sex code schemes, K3 and Z11 placements.
 */
class Ssda903ReaderTest {
    static Path root;
    static ReturnRead read;

    @BeforeAll
    static void readTheReturn() throws IOException, URISyntaxException {
        root = Path.of(Ssda903ReaderTest.class.getResource("/source/ssda903/return").toURI());
        List<Path> files;
        try (Stream<Path> list = Files.list(root)) {
            files = list.toList();
        }
        read = Ssda903Reader.read(files, root, Ssda903Options.defaults());
    }

    static Child child(String id) {
        return read.children().get(id);
    }

    @Test
    void readsTheWholeReturnWithoutProblems() {
        assertEquals(List.of(), read.problems());
        assertEquals(List.of(), read.quarantined());
        assertEquals("ssda903", read.source());
        assertEquals(List.of("C1", "C2", "C3", "C4"), List.copyOf(read.children().keySet()));
    }

    @Test
    void recognisesEveryFileByItsHeaderWhateverItsName() throws IOException {
        Map<String, String> expected = Map.of("903_reviews_2024.csv", "Reviews", "LA999 903 hdr.csv", "Header",
                "ad1.csv", "AD1", "care leavers.csv", "OC3", "export (3).csv", "Episodes", "missing.csv", "Missing",
                "oc2.csv", "OC2", "sw.csv", "SWEpisodes", "uasc.csv", "UASC");
        for (Map.Entry<String, String> file : expected.entrySet()) {
            assertEquals(Optional.of(file.getValue()), Ssda903Reader.recognise(root.resolve(file.getKey())),
                    file.getKey());
        }
        assertEquals(List.of("903_reviews_2024.csv", "LA999 903 hdr.csv", "ad1.csv", "care leavers.csv",
                "export (3).csv", "missing.csv", "oc2.csv", "sw.csv", "uasc.csv"),
                read.files().stream().map(SourceFile::file).toList());
    }

    @Test
    void reportsEachFileItsKindYearRowsAndWhatWasIgnored() {
        SourceFile header = file("LA999 903 hdr.csv");
        assertEquals("ssda903-header", header.kind());
        assertEquals("2024-25", header.year());
        assertTrue(header.used());
        assertEquals(6, header.rows());
        assertEquals(4, header.children());
        assertEquals(Map.of("blank row", 2L), header.ignoredRows());
        assertEquals(List.of("CHILD", "DOB", "SEX", "ETHNIC"), header.columns());
        assertEquals(List.of(), header.warnings());

        SourceFile episodes = file("export (3).csv");
        assertEquals(List.of("column TEAM (column 14) is not part of the SSDA903 Episodes table; ignored"),
                episodes.warnings());
        assertEquals(7, episodes.rows());
        assertEquals(3, episodes.children());

        SourceFile missing = file("missing.csv");
        assertEquals(Map.of("MISSING A: away from placement without authorisation, not missing", 1L),
                missing.ignoredRows());

        SourceFile sw = file("sw.csv");
        assertEquals("ssda903-swepisodes", sw.kind());
        assertFalse(sw.used());
        assertEquals(3, sw.rows());
        assertEquals(2, sw.children());
        assertFalse(file("ad1.csv").used());
    }

    @Test
    void headerGivesBirthSexAndEthnicityInBothSexCodeSchemes() {
        assertEquals(LocalDate.of(2010, 3, 14), child("C1").getDateOfBirth());
        assertEquals(Gender.FEMALE, child("C1").getGender());
        assertEquals(Gender.MALE, child("C2").getGender());
        assertEquals(Gender.UNKNOWN, child("C3").getGender());
        assertEquals(Gender.FEMALE, child("C4").getGender());
        assertEquals(LocalDate.of(2012, 6, 30), child("C3").getDateOfBirth(), "yyyy-mm-dd is accepted too");
        assertEquals("MWBA", child("C4").getEthnicity());
        assertLocated(child("C1"), "LA999 903 hdr.csv", 2);
        assertEquals(new Located.Place("LA999 903 hdr.csv", 2, 2), child("C1").keyPlace("dateOfBirth"));
        assertEquals(new Located.Place("LA999 903 hdr.csv", 5, 2), child("C3").keyPlace("dateOfBirth"));
    }

    @Test
    void uascWhileTheDateCeasedIsEmptyOrAfterTheSnapshot() {
        assertEquals(Boolean.TRUE, child("C2").getUnaccompaniedAsylumSeeking());
        assertEquals(Boolean.FALSE, child("C3").getUnaccompaniedAsylumSeeking(), "ceased 01/01/2025, before 31/03/2025");
        assertEquals(Boolean.FALSE, child("C1").getUnaccompaniedAsylumSeeking(), "not in the UASC table");
        ReturnRead early = Ssda903Reader.read(List.of(root.resolve("uasc.csv"), root.resolve("export (3).csv")), root,
                Ssda903Options.defaults().withAsAt(LocalDate.of(2024, 12, 31)));
        assertEquals(Boolean.TRUE, early.children().get("C3").getUnaccompaniedAsylumSeeking());
    }

    @Test
    void episodesChainIntoOnePeriodThroughX1WithAPlacementChangeAtPAndNoneAtL() {
        List<CareEpisode> periods = child("C1").getCareEpisodes();
        assertEquals(1, periods.size());
        CareEpisode period = periods.get(0);
        assertEquals("C1/episode/2024-04-01", period.getId());
        assertEquals(LocalDate.of(2024, 4, 1), period.getStart());
        assertNull(period.getEnd(), "the last episode has no DEC: the period is open");
        assertEquals("C2", period.getLegalStatus(), "LS of the period's latest row");
        assertLocated(period, "export (3).csv", 3);
        assertEquals(new Located.Place("export (3).csv", 3, 2), period.keyPlace("start"));

        List<Placement> placements = period.getPlacements();
        assertEquals(2, placements.size(), "S starts a placement, L continues it, P starts another");
        Placement foster = placements.get(0);
        assertEquals(LocalDate.of(2024, 4, 1), foster.getStart());
        assertEquals(LocalDate.of(2024, 9, 1), foster.getEnd(), "ends with the L row's DEC");
        assertEquals(new Located.Place("export (3).csv", 4, 8), foster.keyPlace("end"));
        assertEquals(PlacementType.FOSTER, foster.getType());
        assertEquals(Boolean.TRUE, foster.getLongTerm());
        assertEquals(ProviderKind.IN_HOUSE, foster.getProvider());
        assertEquals("U4", foster.getCode());
        assertNull(foster.getProviderUrn());
        Placement independent = placements.get(1);
        assertEquals(LocalDate.of(2024, 9, 1), independent.getStart());
        assertNull(independent.getEnd());
        assertEquals("K3", independent.getCode());
        assertEquals(PlacementType.INDEPENDENT, independent.getType());
        assertEquals(Boolean.FALSE, independent.getLongTerm());
        assertEquals(ProviderKind.INDEPENDENT, independent.getProvider());
        assertEquals("SC123456", independent.getProviderUrn());
        assertLocated(independent, "export (3).csv", 2);
    }

    @Test
    void aPeriodBegunBeforeTheFilesIsKnownFromItsFirstRow() {
        List<CareEpisode> periods = child("C2").getCareEpisodes();
        assertEquals(2, periods.size());
        CareEpisode before = periods.get(0);
        assertEquals(LocalDate.of(2023, 2, 15), before.getStart());
        assertEquals(LocalDate.of(2024, 12, 20), before.getEnd());
        assertEquals(LocalDate.of(2023, 2, 15), before.getKnownFrom().getPlacements());
        assertEquals(LocalDate.of(2023, 2, 15), before.getKnownFrom().getReviews());
        assertEquals(LocalDate.of(2023, 2, 15), before.getKnownFrom().getMissingEpisodes());
        assertNull(before.getKnownFrom().getVisits(), "the 903 says nothing of visits");
        assertEquals(new Located.Place("export (3).csv", 5, 2), before.getKnownFrom().keyPlace("reviews"),
                "a knownFrom taken from the files points at the DECOM it came from");
        assertFalse(before.isVisitsRecorded());
        assertEquals(PlacementType.FOSTER, before.getPlacements().get(0).getType());
        assertEquals(Boolean.FALSE, before.getPlacements().get(0).getLongTerm());

        CareEpisode again = periods.get(1);
        assertEquals("C2/episode/2025-02-03", again.getId());
        assertEquals("Z11", again.getPlacements().get(0).getCode());
        assertEquals(PlacementType.OTHER, again.getPlacements().get(0).getType());
        assertNull(again.getPlacements().get(0).getProvider(), "PR0: no provider");
        assertEquals(LocalDate.of(2023, 2, 15), again.getKnownFrom().getReviews(),
                "every list is known from the child's first episode start by default");
        assertEquals(List.of(), again.getReviews(), "the Reviews table was read: none is none");
    }

    @Test
    void bAndUStartPlacementsAndCodesAreReadWhateverTheirCase() {
        CareEpisode period = child("C3").getCareEpisodes().get(0);
        assertEquals(LocalDate.of(2024, 11, 30), period.getEnd());
        assertEquals("C1", period.getLegalStatus());
        assertEquals(List.of(PlacementType.RESIDENTIAL, PlacementType.FOSTER),
                period.getPlacements().stream().map(Placement::getType).toList());
        assertEquals("U5", period.getPlacements().get(1).getCode());
        assertEquals("SC000001", period.getPlacements().get(0).getProviderUrn());
    }

    @Test
    void historyFromGivenByTheCallerIsEveryListsKnownFrom() {
        ReturnRead withHistory = Ssda903Reader.read(List.of(root.resolve("export (3).csv"),
                root.resolve("903_reviews_2024.csv")), root,
                Ssda903Options.defaults().withHistoryFrom(LocalDate.of(2024, 4, 1)));
        CareEpisode c1 = withHistory.children().get("C1").getCareEpisodes().get(0);
        assertEquals(LocalDate.of(2024, 4, 1), c1.getKnownFrom().getPlacements());
        assertEquals(LocalDate.of(2024, 4, 1), c1.getKnownFrom().getReviews());
        assertNull(c1.getKnownFrom().getMissingEpisodes(), "no Missing table was given");
        assertFalse(c1.isMissingEpisodesRecorded());
        CareEpisode c2 = withHistory.children().get("C2").getCareEpisodes().get(0);
        assertEquals(LocalDate.of(2024, 4, 1), c2.getKnownFrom().getReviews());
    }

    @Test
    void reviewsGoIntoThePeriodContainingThemWithParticipation() {
        List<Review> reviews = child("C1").getCareEpisodes().get(0).getReviews();
        assertEquals(List.of(LocalDate.of(2024, 4, 20), LocalDate.of(2024, 10, 15), LocalDate.of(2025, 3, 1)),
                reviews.stream().map(Review::getDate).toList());
        assertEquals(Boolean.TRUE, reviews.get(0).getChildParticipated());
        assertEquals(Boolean.FALSE, reviews.get(1).getChildParticipated());
        assertNull(reviews.get(2).getChildParticipated(), "PN0: under 4, participation does not apply");
        assertLocated(reviews.get(1), "903_reviews_2024.csv", 3);
        assertEquals(new Located.Place("903_reviews_2024.csv", 3, 3), reviews.get(1).keyPlace("date"));
        assertEquals(1, child("C3").getCareEpisodes().get(0).getReviews().size());
    }

    @Test
    void missingRowsMarkedMBecomeMissingEpisodes() {
        List<MissingEpisode> missing = child("C1").getCareEpisodes().get(0).getMissingEpisodes();
        assertEquals(1, missing.size(), "the A row (away, not missing) is not one");
        assertEquals(LocalDate.of(2024, 8, 1), missing.get(0).getStart());
        assertEquals(LocalDate.of(2024, 8, 2), missing.get(0).getReturned());
        assertNull(missing.get(0).getReturnInterview());
        assertEquals(new Located.Place("missing.csv", 2, 5), missing.get(0).keyPlace("returned"));
        MissingEpisode open = child("C2").getCareEpisodes().get(0).getMissingEpisodes().get(0);
        assertEquals(LocalDate.of(2024, 12, 12), open.getStart());
        assertNull(open.getReturned());
    }

    @Test
    void oc2FlagsGoOnThePeriodOpenAtTheYearEnd() {
        CareEpisode period = child("C1").getCareEpisodes().get(0);
        assertEquals(Boolean.TRUE, period.getImmunisationsUpToDate());
        assertEquals(Boolean.FALSE, period.getDentalCheckInYear());
        assertNull(period.getHealthAssessmentUpToDate(), "an empty cell says nothing");
        assertEquals(new Located.Place("oc2.csv", 2, 8), period.keyPlace("dentalCheckInYear"));
        assertNull(child("C2").getCareEpisodes().get(1).getImmunisationsUpToDate(), "C2 has no OC2 row");
    }

    @Test
    void oc3MakesACareLeaver() {
        CareLeaver leaver = child("C4").getCareLeaver();
        assertEquals(Boolean.TRUE, leaver.getInTouch());
        assertEquals(Boolean.FALSE, leaver.getInEducationEmploymentOrTraining(), "G6: not in education, employment or training");
        assertEquals(Boolean.TRUE, leaver.getAccommodationSuitable());
        assertEquals(Boolean.TRUE, leaver.getStayingPut(), "Z1: staying put");
        assertLocated(leaver, "care leavers.csv", 2);
        assertTrue(child("C4").getCareEpisodes().isEmpty());
        assertNull(child("C1").getCareLeaver());
    }

    static SourceFile file(String name) {
        return read.files().stream().filter(f -> f.file().equals(name)).findFirst().orElseThrow();
    }

    static void assertLocated(Located record, String file, int line) {
        assertEquals(file, record.sourceFile());
        assertEquals(line, record.sourceLine());
        assertEquals(1, record.sourceColumn());
        assertEquals(file + " row " + line, record.sourcePath());
    }
}

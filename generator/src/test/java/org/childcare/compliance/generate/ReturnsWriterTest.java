package org.childcare.compliance.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.childcare.compliance.load.SelfAssessmentLoader.Loaded;
import org.childcare.compliance.model.Assessment;
import org.childcare.compliance.model.AssessmentType;
import org.childcare.compliance.model.CareEpisode;
import org.childcare.compliance.model.CareLeaver;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.Gender;
import org.childcare.compliance.model.MissingEpisode;
import org.childcare.compliance.model.Placement;
import org.childcare.compliance.model.PlacementType;
import org.childcare.compliance.model.ProtectionPlan;
import org.childcare.compliance.model.Referral;
import org.childcare.compliance.model.ReferralOutcome;
import org.childcare.compliance.model.Review;
import org.childcare.compliance.model.S47Enquiry;
import org.childcare.compliance.model.S47Outcome;
import org.childcare.compliance.source.ReturnRead;
import org.childcare.compliance.source.cin.CinCensusReader;
import org.childcare.compliance.source.cin.CinOptions;
import org.childcare.compliance.source.ssda903.Ssda903Options;
import org.childcare.compliance.source.ssda903.Ssda903Reader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated authority's children written as the returns of 2010-11 and read back with the
 * checker's own readers: per child, what the returns carry comes back equal (dates, codes mapped
 * back to the format's values), and what they cannot carry is absent, not empty.
 */
class ReturnsWriterTest {
    static final LocalDate YEAR_START = LocalDate.of(2010, 4, 1);
    static final LocalDate YEAR_END = LocalDate.of(2011, 3, 31);

    @TempDir
    static Path tmp;
    static List<Child> children;
    static ReturnsWriter.Written written;
    static ReturnRead ssda903;
    static ReturnRead census;
    /** The writer's own view of the year, for which records a return holds. */
    static ReturnsWriter scope;

    @BeforeAll
    static void writeAndReadBack() throws IOException {
        Path generated = tmp.resolve("generated");
        Files.createDirectories(generated);
        GeneratorSettings settings = GeneratorSettings.builder().seed(903).children(600).build();
        new Generator(settings).writeDirectory(generated, DocumentWriter.Format.YAML, 0);
        Loaded loaded = TestLoading.load(generated);
        assertTrue(loaded.result().ok(), () -> loaded.result().errors().toString());
        children = loaded.children();
        Path returns = tmp.resolve("returns");
        written = ReturnsWriter.write(returns, 2011, "998", 7, children);
        scope = ReturnsWriter.scopeOf(2011);
        List<Path> csv = written.files().stream().filter(p -> p.toString().endsWith(".csv")).toList();
        List<Path> xml = written.files().stream().filter(p -> p.toString().endsWith(".xml")).toList();
        ssda903 = Ssda903Reader.read(csv, returns, Ssda903Options.defaults().withCollectionYear("2010-11")
                .withAsAt(YEAR_END));
        census = CinCensusReader.read(xml, returns, CinOptions.strict());
    }

    @Test
    void theReadersReadEveryFileWithoutAnError() {
        assertEquals(List.of(), ssda903.problems());
        assertEquals(List.of(), census.problems());
        assertEquals(7, ssda903.files().size(), "Header, Episodes, Reviews, UASC, OC2, OC3, Missing");
        assertTrue(ssda903.files().stream().allMatch(f -> f.used()), ssda903.files()::toString);
        assertEquals(written.ssda903Children(), ssda903.children().size());
        assertEquals(written.censusChildren(), census.children().size());
        assertTrue(ssda903.children().size() > 50 && census.children().size() > 100,
                ssda903.children().size() + " and " + census.children().size() + " children: too few to show much");
    }

    @Test
    void onlyCensusRecordsTheCensusCannotTellApartOrPlaceAreLeftOut() {
        // the generator's periods of care and placements follow one another, so every one is written;
        // plans that began before the year have no referral in the generated record to open them, and an
        // initial and a core assessment may start the same day, which the census cannot tell apart
        for (String reason : written.leftOut().keySet()) {
            assertTrue(reason.contains("no referral on or before it") || reason.equals("second assessment starting the same day"),
                    reason);
        }
    }

    @Test
    void theFilesLookLikeRealExports() throws IOException {
        Path returns = tmp.resolve("returns");
        String header = new String(Files.readAllBytes(returns.resolve("LA998 903 hdr.csv")), StandardCharsets.UTF_8);
        assertTrue(header.startsWith("\uFEFFchild,sex,dob,"), "a byte order mark, lower case");
        String episodes = Files.readString(returns.resolve("export (3).csv"));
        assertTrue(episodes.startsWith("\"CHILD\",\"DECOM\"") && episodes.contains("\r\n"), "quoted, CRLF");
        assertTrue(episodes.contains("\"Team\""), "a column the report writer added");
        String text = Files.readString(returns.resolve("LA998 903 hdr.csv"));
        assertTrue(text.contains(",1,") && text.contains(",2,"), "1/2 sex codes in the Header table");
        List<String> uasc = Files.readAllLines(returns.resolve("uasc.csv"));
        assertTrue(uasc.size() > 1, "some unaccompanied children");
        assertTrue(uasc.stream().skip(1).allMatch(l -> l.split(",")[1].matches("[MFUf]")), "M/F/U in the UASC table");
        assertTrue(episodes.lines().anyMatch(l -> l.contains("/2004\"") || l.contains("/2005\"")),
                "periods of care that began years before the collection year");
    }

    @Test
    void periodsOfCarePlacementsReviewsAndMissingEpisodesComeBackEqual() {
        int compared = 0;
        for (Child child : children) {
            List<CareEpisode> expected = inYear(child);
            Child read = ssda903.children().get(child.getId());
            if (expected.isEmpty() && child.getCareLeaver() == null) {
                assertNull(read, child.getId() + " has nothing for the 903 of 2010-11");
                continue;
            }
            assertEquals(expected903(child, expected), seen903(read), child.getId());
            compared++;
        }
        assertTrue(compared > 50, compared + " children compared");
    }

    @Test
    void referralsAssessmentsEnquiriesAndPlansComeBackEqual() {
        int compared = 0;
        for (Child child : children) {
            List<ReturnsWriter.Episode> episodes = scope.censusEpisodes(child);
            Child read = census.children().get(child.getId());
            if (episodes.isEmpty()) {
                assertNull(read, child.getId() + " is in no CINdetails of 2010-11");
                continue;
            }
            assertEquals(expectedCensus(child, episodes), seenCensus(read), child.getId());
            compared++;
        }
        assertTrue(compared > 100, compared + " children compared");
    }

    @Test
    void everyPlanOpenInTheYearWithAReferralBeforeItIsInTheCensus() {
        for (Child child : children) {
            if (child.getProtectionPlans() == null) {
                continue;
            }
            Set<LocalDate> inCensus = new TreeSet<>();
            for (ReturnsWriter.Episode e : scope.censusEpisodes(child)) {
                e.plans().forEach(p -> inCensus.add(p.getStart()));
            }
            for (ProtectionPlan p : child.getProtectionPlans()) {
                boolean open = p.getEnd() == null || !p.getEnd().isBefore(YEAR_START);
                boolean referred = child.getReferrals() != null
                        && child.getReferrals().stream().anyMatch(r -> !r.getDate().isAfter(p.getStart()));
                if (open && referred) {
                    assertTrue(inCensus.contains(p.getStart()), child.getId() + " plan " + p.getStart());
                }
            }
        }
    }

    @Test
    void whatTheReturnsCannotCarryIsAbsentNotEmpty() {
        for (Child c : ssda903.children().values()) {
            assertNull(c.getChronology(), c.getId());
            assertTrue(!c.isManagementOversightRecorded(), c.getId() + " oversight");
            assertNull(c.getRecording(), c.getId());
            assertTrue(!c.isAllocationRecorded(), c.getId() + " allocation");
            if (c.getCareEpisodes() != null) {
                for (CareEpisode e : c.getCareEpisodes()) {
                    assertTrue(!e.isVisitsRecorded(), c.getId() + " visits");
                    assertTrue(!e.isHealthAssessmentsRecorded(), c.getId() + " health assessments");
                    assertTrue(!e.isPersonalEducationPlansRecorded(), c.getId() + " PEPs");
                    assertNull(e.getIndependentVisitor(), c.getId());
                    assertNull(e.getSexualExploitationRisk(), c.getId());
                    for (Review r : e.getReviews()) {
                        assertNull(r.getRecordQuality(), c.getId() + " review audit");
                        assertNull(r.getPermanencePlan(), c.getId());
                    }
                    for (MissingEpisode m : e.getMissingEpisodes()) {
                        assertNull(m.getReturnInterview(), c.getId() + " return interview");
                    }
                }
            }
            if (c.getCareLeaver() != null) {
                assertNull(c.getCareLeaver().getPathwayPlan(), c.getId());
                assertNull(c.getCareLeaver().getStatus(), c.getId());
            }
        }
        for (Child c : census.children().values()) {
            if (c.getProtectionPlans() != null) {
                for (ProtectionPlan p : c.getProtectionPlans()) {
                    assertTrue(!p.isVisitsRecorded(), c.getId() + " visits");
                    assertTrue(!p.isCoreGroupsRecorded(), c.getId() + " core groups");
                    assertNull(p.getContent(), c.getId() + " plan audit");
                    if (p.getIcpc() != null) {
                        assertNull(p.getIcpc().getAttendance(), c.getId());
                        assertNull(p.getIcpc().getCancellations(), c.getId());
                    }
                }
            }
            if (c.getAssessments() != null) {
                for (Assessment a : c.getAssessments()) {
                    assertNull(a.getQuality(), c.getId() + " assessment audit");
                    assertNull(a.getChildSeen(), c.getId());
                    assertNull(a.getUndertakenBy(), c.getId());
                }
            }
            if (c.getReferrals() != null) {
                c.getReferrals().forEach(r -> assertNull(r.getDecisionDate(), c.getId() + " decision date"));
            }
            if (c.getS47Enquiries() != null) {
                c.getS47Enquiries().forEach(s -> assertNull(s.getJointWithPolice(), c.getId()));
            }
        }
    }

    // ---------------------------------------------------------------- SSDA903, expected and seen

    /** The periods of care a 2010-11 return holds: open at some time in the year. */
    private static List<CareEpisode> inYear(Child child) {
        List<CareEpisode> out = new ArrayList<>();
        if (child.getCareEpisodes() != null) {
            for (CareEpisode e : child.getCareEpisodes()) {
                if (!e.getStart().isAfter(YEAR_END) && (e.getEnd() == null || !e.getEnd().isBefore(YEAR_START))) {
                    out.add(e);
                }
            }
        }
        out.sort(java.util.Comparator.comparing(CareEpisode::getStart));
        return out;
    }

    private static List<String> expected903(Child child, List<CareEpisode> periods) {
        List<String> out = new ArrayList<>();
        out.add("born " + child.getDateOfBirth() + " " + (child.getGender() == Gender.OTHER ? null : child.getGender())
                + " " + child.getEthnicity());
        out.add("uasc " + (!periods.isEmpty() && Boolean.TRUE.equals(child.getUnaccompaniedAsylumSeeking())));
        for (CareEpisode e : periods) {
            LocalDate end = e.getEnd() == null || e.getEnd().isAfter(YEAR_END) ? null : e.getEnd();
            out.add("period " + e.getStart() + ".." + end + " " + e.getLegalStatus());
            List<Placement> ps = new ArrayList<>(e.getPlacements());
            ps.sort(java.util.Comparator.comparing(Placement::getStart));
            for (int i = 0; i < ps.size(); i++) {
                Placement p = ps.get(i);
                boolean longTerm = Boolean.TRUE.equals(p.getLongTerm())
                        && (p.getType() == PlacementType.FOSTER || p.getType() == PlacementType.KINSHIP);
                // placements follow one another: each ends the day the next begins, the first begins with the period
                out.add("  placement " + (i == 0 ? e.getStart() : p.getStart()) + ".."
                        + (i + 1 < ps.size() ? ps.get(i + 1).getStart() : end) + " " + p.getType() + " longTerm "
                        + longTerm + " " + p.getProvider() + " " + p.getProviderUrn());
            }
            LocalDate last = end == null ? YEAR_END : end;
            for (Review r : e.getReviews()) {
                if (!r.getDate().isAfter(last)) {
                    out.add("  review " + r.getDate() + " participated " + r.getChildParticipated());
                }
            }
            for (MissingEpisode m : e.getMissingEpisodes()) {
                if (!m.getStart().isAfter(last)) {
                    out.add("  missing " + m.getStart() + ".." + m.getReturned());
                }
            }
            if (end == null && !e.getStart().isAfter(YEAR_END.minusYears(1))) {
                // OC2: given flags, else computed from the dated records as an export computes them
                boolean health = e.getHealthAssessments().stream()
                        .anyMatch(h -> h.getDate().isAfter(YEAR_END.minusYears(1)) && !h.getDate().isAfter(YEAR_END));
                Boolean dental = e.getDentalCheck() == null ? null
                        : e.getDentalCheck().isAfter(YEAR_END.minusYears(1)) && !e.getDentalCheck().isAfter(YEAR_END);
                out.add("  oc2 immunisations " + e.getImmunisationsUpToDate() + " health " + health + " dental " + dental);
            }
        }
        CareLeaver l = child.getCareLeaver();
        if (l != null) {
            Boolean suitable = l.getAccommodationSuitable();
            out.add("leaver inTouch " + l.getInTouch() + " eet " + l.getInEducationEmploymentOrTraining() + " suitable "
                    + suitable + " stayingPut " + (suitable == null ? null : Boolean.TRUE.equals(l.getStayingPut())));
        }
        return out;
    }

    private static List<String> seen903(Child c) {
        List<String> out = new ArrayList<>();
        out.add("born " + c.getDateOfBirth() + " " + c.getGender() + " " + c.getEthnicity());
        out.add("uasc " + c.getUnaccompaniedAsylumSeeking());
        if (c.getCareEpisodes() != null) {
            for (CareEpisode e : c.getCareEpisodes()) {
                out.add("period " + e.getStart() + ".." + e.getEnd() + " " + e.getLegalStatus());
                for (Placement p : e.getPlacements()) {
                    out.add("  placement " + p.getStart() + ".." + p.getEnd() + " " + p.getType() + " longTerm "
                            + p.getLongTerm() + " " + p.getProvider() + " " + p.getProviderUrn());
                }
                for (Review r : e.getReviews()) {
                    out.add("  review " + r.getDate() + " participated " + r.getChildParticipated());
                }
                for (MissingEpisode m : e.getMissingEpisodes()) {
                    out.add("  missing " + m.getStart() + ".." + m.getReturned());
                }
                if (e.getImmunisationsUpToDate() != null || e.getHealthAssessmentUpToDate() != null
                        || e.getDentalCheckInYear() != null) {
                    out.add("  oc2 immunisations " + e.getImmunisationsUpToDate() + " health "
                            + e.getHealthAssessmentUpToDate() + " dental " + e.getDentalCheckInYear());
                }
            }
        }
        CareLeaver l = c.getCareLeaver();
        if (l != null) {
            out.add("leaver inTouch " + l.getInTouch() + " eet " + l.getInEducationEmploymentOrTraining() + " suitable "
                    + l.getAccommodationSuitable() + " stayingPut " + l.getStayingPut());
        }
        return out;
    }

    // ---------------------------------------------------------------- census, expected and seen

    private static List<String> expectedCensus(Child child, List<ReturnsWriter.Episode> episodes) {
        List<String> out = new ArrayList<>();
        out.add("born " + child.getDateOfBirth() + " " + child.getGender() + " " + child.getEthnicity() + " disabled "
                + child.getDisability());
        List<String> records = new ArrayList<>();
        List<LocalDate> referralDates = new ArrayList<>();
        for (ReturnsWriter.Episode e : episodes) {
            Referral r = e.referral();
            referralDates.add(r.getDate());
            // the census says no further action outright; otherwise what the CINdetails holds says what followed
            ReferralOutcome outcome = r.getOutcome() == ReferralOutcome.NFA ? ReferralOutcome.NFA
                    : !e.enquiries().isEmpty() ? ReferralOutcome.S47 : !e.assessments().isEmpty() ? ReferralOutcome.ASSESSMENT
                    : null;
            records.add("referral " + r.getDate() + " " + r.getSource() + " " + outcome);
            for (Assessment a : e.assessments()) {
                records.add("assessment " + a.getStart() + ".." + a.getCompleted() + " " + AssessmentType.SINGLE);
            }
            Set<LocalDate> conferences = new TreeSet<>();
            for (ProtectionPlan p : e.plans()) {
                boolean icpc = p.getIcpc() != null && p.getStart().equals(p.getIcpc().getDate());
                LocalDate strategy = null;
                if (icpc) {
                    conferences.add(p.getStart());
                    LocalDate given = p.getIcpc().getStrategyDiscussion();
                    boolean enquiryInEpisode = e.enquiries().stream().anyMatch(s -> s.getStrategyDiscussion().equals(given));
                    strategy = enquiryInEpisode ? given : e.enquiries().stream().map(S47Enquiry::getStrategyDiscussion)
                            .filter(d -> !d.isAfter(p.getStart())).max(LocalDate::compareTo).orElse(null);
                }
                List<LocalDate> reviews = p.getReviewConferences() == null ? List.of() : p.getReviewConferences().stream()
                        .filter(d -> !d.isBefore(YEAR_START) && !d.isAfter(YEAR_END)).toList();
                records.add("plan " + p.getStart() + ".." + p.getEnd() + " " + p.getCategory() + " previous "
                        + ReturnsWriter.previousPlans(child, p) + " icpc " + (icpc ? p.getStart() + " after " + strategy : null)
                        + " reviews " + reviews);
            }
            for (S47Enquiry s : e.enquiries()) {
                // the census records the conference an enquiry led to; other outcomes it does not say
                boolean led = conferences.stream().anyMatch(d -> ledTo(e, s, d));
                records.add("s47 " + s.getStrategyDiscussion() + " " + (led ? S47Outcome.ICPC : null));
            }
        }
        records.sort(null);
        out.addAll(records);
        return out;
    }

    /** Whether {@code s} is the enquiry the census joins to the conference on {@code conference}. */
    private static boolean ledTo(ReturnsWriter.Episode e, S47Enquiry s, LocalDate conference) {
        for (ProtectionPlan p : e.plans()) {
            if (p.getIcpc() != null && conference.equals(p.getIcpc().getDate()) && p.getStart().equals(conference)) {
                LocalDate given = p.getIcpc().getStrategyDiscussion();
                boolean inEpisode = e.enquiries().stream().anyMatch(o -> o.getStrategyDiscussion().equals(given));
                LocalDate led = inEpisode ? given : e.enquiries().stream().map(S47Enquiry::getStrategyDiscussion)
                        .filter(d -> !d.isAfter(conference)).max(LocalDate::compareTo).orElse(null);
                return s.getStrategyDiscussion().equals(led);
            }
        }
        return false;
    }

    private static List<String> seenCensus(Child c) {
        List<String> out = new ArrayList<>();
        out.add("born " + c.getDateOfBirth() + " " + c.getGender() + " " + c.getEthnicity() + " disabled " + c.getDisability());
        List<String> records = new ArrayList<>();
        for (Referral r : c.getReferrals()) {
            records.add("referral " + r.getDate() + " " + r.getSource() + " " + r.getOutcome());
        }
        if (c.getAssessments() != null) {
            for (Assessment a : c.getAssessments()) {
                records.add("assessment " + a.getStart() + ".." + a.getCompleted() + " " + a.getType());
            }
        }
        if (c.getProtectionPlans() != null) {
            for (ProtectionPlan p : c.getProtectionPlans()) {
                records.add("plan " + p.getStart() + ".." + p.getEnd() + " " + p.getCategory() + " previous "
                        + p.getPreviousPlans() + " icpc " + (p.getIcpc() == null ? null
                        : p.getIcpc().getDate() + " after " + p.getIcpc().getStrategyDiscussion())
                        + " reviews " + p.getReviewConferences());
            }
        }
        if (c.getS47Enquiries() != null) {
            for (S47Enquiry s : c.getS47Enquiries()) {
                records.add("s47 " + s.getStrategyDiscussion() + " " + s.getOutcome());
            }
        }
        records.sort(null);
        out.addAll(records);
        return out;
    }

    @Test
    void theSameChildrenAndSeedWriteTheSameBytes() throws IOException {
        Path again = tmp.resolve("again");
        ReturnsWriter.Written second = ReturnsWriter.write(again, 2011, "998", 7, children);
        for (int i = 0; i < written.files().size(); i++) {
            assertEquals(Files.readString(written.files().get(i)), Files.readString(second.files().get(i)),
                    written.files().get(i).getFileName().toString());
        }
        assertEquals(written.leftOut(), second.leftOut());
    }
}

package org.childcare.compliance.source.annexa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.childcare.compliance.model.CareEpisode;
import org.childcare.compliance.model.CareLeaverStatus;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.Gender;
import org.childcare.compliance.model.PlacementType;
import org.childcare.compliance.model.PlanCategory;
import org.childcare.compliance.model.ProtectionPlan;
import org.childcare.compliance.model.ProviderKind;
import org.childcare.compliance.model.ReferralSource;
import org.childcare.compliance.source.ReturnRead;
import org.childcare.compliance.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small workbook as authorities send them (committed, made with {@link RawXlsx}): a cover sheet,
 * lists named loosely, title rows, numeric ids, error cells, a formula date, text dates, labels,
 * curly quotes, a look-up sheet, fictional names and a postcode; read as a whole.
 */
class AnnexAFixtureTest {
    @TempDir Path keys;

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private ReturnRead read() throws URISyntaxException {
        Path workbook = Path.of(getClass().getResource("/source/annexa/Northfield Annex A 2024-11.xlsx").toURI());
        assertTrue(AnnexAReader.recognise(workbook));
        return AnnexAReader.read(List.of(workbook), workbook.getParent(),
                AnnexAOptions.defaults().withPseudonymKey(keys.resolve("pseudonym.key")), w -> {});
    }

    @Test
    void theWholeWorkbookIsReadWithoutAProblem() throws URISyntaxException {
        ReturnRead read = read();

        assertEquals(List.of(), read.problems());
        assertEquals(List.of("100234", "100777", "C-0950", "C-2001"), List.copyOf(read.children().keySet()));
        assertEquals(List.of("annex-a-list-3", "annex-a-list-6", "annex-a-list-7", "annex-a-list-8", "annex-a-list-9"),
                read.files().stream().map(SourceFile::kind).toList());
        SourceFile list7 = read.files().get(2);
        assertEquals("Northfield Annex A 2024-11.xlsx", list7.file());
        assertEquals(2, list7.rows());
        assertEquals(Map.of("blank row", 1L), list7.ignoredRows());
        SourceFile list6 = read.files().get(1);
        assertEquals(false, list6.used());
        assertEquals(2, list6.children());
    }

    @Test
    void eachListGivesWhatItsMessyCellsMean() throws URISyntaxException {
        Map<String, Child> children = read().children();

        Child boy = children.get("100234");
        assertEquals(Gender.MALE, boy.getGender());
        assertEquals(d("2012-05-17"), boy.getDateOfBirth());
        assertEquals(ReferralSource.POLICE, boy.getReferrals().get(0).getSource());
        assertEquals("Children in Care 1", boy.getAllocatedTeam(), "list 8 outranks list 3");
        CareEpisode episode = boy.getCareEpisodes().get(0);
        assertEquals("C2", episode.getLegalStatus());
        assertEquals(d("2024-10-08"), episode.getVisits().get(0).getDate(), "a formula's cached date");
        assertEquals(List.of(), episode.getReviews(), "#N/A: no review held yet");
        assertEquals(List.of(), episode.getHealthAssessments(), "Unknown");
        assertNull(episode.getDentalCheck(), "#N/A as text");
        assertEquals(PlacementType.FOSTER, episode.getPlacements().get(0).getType());
        assertEquals(ProviderKind.INDEPENDENT, episode.getPlacements().get(0).getProvider());
        assertEquals("2045678", episode.getPlacements().get(0).getProviderUrn());

        Child girl = children.get("C-2001");
        assertEquals(d("2016-02-14"), girl.getDateOfBirth(), "the first list to give it: text 14/02/2016 on list 3");
        assertEquals(boy.getReferrals().get(0).getId().replace("100234", "C-2001").replace("09-02", "10-03"),
                girl.getReferrals().get(0).getId());
        ProtectionPlan plan = girl.getProtectionPlans().get(0);
        assertEquals(PlanCategory.PHYSICAL, plan.getCategory());
        assertNull(plan.getVisits().get(0).getSeenAlone(), "c) Unknown");
        assertEquals(d("2024-11-20"), plan.knownFrom("visits"));
        assertEquals(List.of(), plan.getReviewConferences(), "#N/A error cell");
        assertNull(plan.getEnd());

        ProtectionPlan ended = children.get("100777").getProtectionPlans().get(0);
        assertEquals(PlanCategory.MULTIPLE, ended.getCategory(), "blank latest: the initial category");
        assertEquals(d("2024-11-28"), ended.getEnd());
        assertEquals(d("2024-11-25"), ended.getVisits().get(0).getDate());
        assertEquals("List 7 - Child Protection!G5", ended.sourcePath());

        Child leaver = children.get("C-0950");
        assertEquals(CareLeaverStatus.FORMER_RELEVANT, leaver.getCareLeaver().getStatus());
        assertEquals(Boolean.FALSE, leaver.getCareLeaver().getInEducationEmploymentOrTraining());
        assertTrue(leaver.getAllocatedWorker().matches("W-[0-9a-f]{12}"), "the advisor, as the worker is #N/A");
    }

    @Test
    void theSameWorkerIsOneIdAndNoNameOrPostcodeIsAnywhere() throws URISyntaxException {
        ReturnRead read = read();

        Map<String, Child> children = read.children();
        String onPlan = children.get("C-2001").getAllocatedWorker();
        assertTrue(onPlan.matches("W-[0-9a-f]{12}"), onPlan);
        assertEquals(onPlan, children.get("100777").getAllocatedWorker(), "one worker on two plans: one id");
        assertTrue(!onPlan.equals(children.get("100234").getAllocatedWorker()), "another worker: another id");
        AnnexANamesTest.assertNoFragmentReachable("fixture", read, List.of("rowan", "fictitious", "morwenna",
                "placeholder", "tamsin", "dummyname", "ifor", "madeup", "gwendolyn", "notreal", "nf1 2ab"));
    }
}

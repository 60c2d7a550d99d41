package org.childcare.compliance.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.childcare.compliance.model.CareEpisode;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.Referral;
import org.junit.jupiter.api.Test;

/** The date rules on a child read from returns: the same rules and words as the YAML loader's. */
class ChildDatesTest {
    private static final LocalDate AS_AT = LocalDate.of(2025, 3, 31);

    @Test
    void aDateAfterAsAtIsAProblemAtItsCell() {
        Child c = new Child();
        c.setId("C1");
        CareEpisode e = new CareEpisode();
        e.setStart(LocalDate.of(2025, 4, 2));
        e.locate("episodes.csv", 7, 1, "episodes.csv row 7");
        e.locateKey("start", "episodes.csv", 7, 2);
        c.setCareEpisodes(List.of(e));
        assertEquals(List.of("episodes.csv:7:2: episodes.csv row 7: 2025-04-02 is after asAt (2025-03-31), the date the self-assessment describes"),
                ChildDates.check(c, AS_AT).stream().map(Object::toString).toList());
    }

    @Test
    void careBeforeBirthIsAProblemAndAPreBirthReferralIsNot() {
        Child c = new Child();
        c.setId("C1");
        c.setDateOfBirth(LocalDate.of(2024, 6, 1));
        Referral r = new Referral();
        r.setDate(LocalDate.of(2024, 3, 1));
        c.setReferrals(List.of(r));
        CareEpisode e = new CareEpisode();
        e.setStart(LocalDate.of(2024, 5, 1));
        e.locate("episodes.csv", 3, 1, "episodes.csv row 3");
        c.setCareEpisodes(List.of(e));
        assertEquals(List.of("episodes.csv:3:1: episodes.csv row 3: 2024-05-01 is before the child's date of birth (2024-06-01)"),
                ChildDates.check(c, AS_AT).stream().map(Object::toString).toList());
    }

    @Test
    void anExpectedDateOfBirthMayFollowAsAt() {
        Child c = new Child();
        c.setId("C1");
        c.setExpectedDateOfBirth(LocalDate.of(2025, 6, 1));
        assertEquals(List.of(), ChildDates.check(c, AS_AT));
    }

    @Test
    void aPairOfDatesInTheWrongOrderIsAProblemInTheLoadersOwnWords() {
        Child c = new Child();
        c.setId("C1");
        CareEpisode e = new CareEpisode();
        e.setStart(LocalDate.of(2024, 6, 1));
        e.setEnd(LocalDate.of(2024, 5, 1));
        e.locate("episodes.csv", 4, 1, "episodes.csv row 4");
        e.locateKey("end", "episodes.csv", 4, 8);
        c.setCareEpisodes(List.of(e));
        assertEquals(List.of("episodes.csv:4:8: episodes.csv row 4: end 2024-05-01 is before start 2024-06-01"),
                ChildDates.check(c, AS_AT).stream().map(Object::toString).toList());
    }
}

package org.childcare.compliance.source.annexa;

import static org.childcare.compliance.source.annexa.Column.*;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The eleven lists of Ofsted's Annex A, one worksheet each. Lists 3, 4, 5, 7, 8 and 9 are read;
 * 1, 2, 6, 10 and 11 are recognised and reported as used by no criterion.
 */
enum AnnexAList {
    LIST_1(1, "Contacts", false, Set.of(CHILD_ID, DATE_OF_CONTACT), Set.of()),
    LIST_2(2, "Early help assessments", false, Set.of(CHILD_ID, ORGANISATION_COMPLETING_ASSESSMENT), Set.of()),
    LIST_3(3, "Referrals", true,
            Set.of(CHILD_ID, REFERRAL_DATE, REFERRAL_SOURCE, REFERRAL_NFA, REFERRALS_IN_12_MONTHS), Set.of()),
    LIST_4(4, "Assessments", true,
            Set.of(CHILD_ID, ASSESSMENT_START, ASSESSMENT_CHILD_SEEN, ASSESSMENT_AUTHORISED), Set.of()),
    LIST_5(5, "Section 47 enquiries and ICPCs", true, Set.of(CHILD_ID, STRATEGY_DISCUSSION, ICPC_DATE), Set.of()),
    LIST_6(6, "Children in need", false, Set.of(CHILD_ID, CIN_START), Set.of()),
    LIST_7(7, "Child protection", true,
            Set.of(CHILD_ID, PLAN_START, LATEST_CATEGORY, LAST_STATUTORY_VISIT, SEEN_ALONE, LATEST_REVIEW_CONFERENCE,
                    PLAN_END, PREVIOUS_PLANS),
            Set.of(INITIAL_CATEGORY)),
    LIST_8(8, "Children in care", true,
            Set.of(CHILD_ID, CARE_START, CARE_END, LEGAL_STATUS, LATEST_STATUTORY_REVIEW, LAST_SOCIAL_WORK_VISIT,
                    LAST_HEALTH_ASSESSMENT, LAST_DENTAL_CHECK, PLACEMENTS_IN_12_MONTHS, PLACEMENT_START, PLACEMENT_TYPE,
                    PLACEMENT_PROVIDER, PLACEMENT_URN),
            Set.of()),
    LIST_9(9, "Care leavers", true,
            Set.of(CHILD_ID, ELIGIBILITY, PATHWAY_PLAN_REVIEW, IN_TOUCH, ACCOMMODATION_SUITABLE, ACTIVITY),
            Set.of(PERSONAL_ADVISOR)),
    LIST_10(10, "Adoption", false, Set.of(CHILD_ID, ADOPTION_DECISION), Set.of()),
    LIST_11(11, "Adopters", false, Set.of(ADOPTER_ID), Set.of());

    /** Columns every list of children may carry; read where present, never required. */
    private static final Set<Column> COMMON = EnumSet.of(GENDER, ETHNICITY, DATE_OF_BIRTH, AGE, DISABILITY,
            ALLOCATED_TEAM, ALLOCATED_WORKER);

    /** "List 7", "list7", "LIST 7 - Child Protection", "List 7: CP" but not "List 70" or "Listings". */
    private static final Pattern SHEET_NAME = Pattern.compile("list\\s*(\\d{1,2})(?!\\d)(\\s*[-:–—(.]?.*)?");

    private final int number;
    private final String title;
    private final boolean used;
    private final Set<Column> required;
    private final Set<Column> optional;

    AnnexAList(int number, String title, boolean used, Set<Column> required, Set<Column> optional) {
        this.number = number;
        this.title = title;
        this.used = used;
        // enum sets iterate in declaration order, so messages listing columns come out the same every run
        this.required = required.isEmpty() ? EnumSet.noneOf(Column.class) : EnumSet.copyOf(required);
        this.optional = optional.isEmpty() ? EnumSet.noneOf(Column.class) : EnumSet.copyOf(optional);
    }

    int number() {
        return number;
    }

    /** @return "List 7 (Child protection)" */
    String label() {
        return "List " + number + " (" + title + ")";
    }

    /** @return the kind a {@code SourceFile} reports, e.g. {@code annex-a-list-7} */
    String kind() {
        return "annex-a-list-" + number;
    }

    boolean used() {
        return used;
    }

    /**
     * @return the columns the mapping needs (for lists not read: the ones that tell the list apart,
     *     used only to recognise it by its header row)
     */
    Set<Column> required() {
        return required;
    }

    /** @return whether {@code column} is one this list may carry */
    boolean knows(Column column) {
        return required.contains(column) || optional.contains(column) || (this != LIST_11 && COMMON.contains(column));
    }

    /** The list a worksheet's name says it is, or null: case, spaces and a trailing description ignored. */
    static AnnexAList byName(String sheetName) {
        String name = CellValue.clean(sheetName).toLowerCase(Locale.ROOT);
        Matcher m = SHEET_NAME.matcher(name);
        if (!m.matches()) {
            return null;
        }
        int n = Integer.parseInt(m.group(1));
        return n >= 1 && n <= 11 ? values()[n - 1] : null;
    }
}

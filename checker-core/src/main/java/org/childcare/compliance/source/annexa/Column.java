package org.childcare.compliance.source.annexa;

import java.util.List;
import java.util.Locale;

/**
 * The Annex A columns the reader knows, each with the header Ofsted's template gives it and the
 * variants authorities' exports are known to use. Headers are compared by {@link #squash}: case,
 * spaces, punctuation and quotes (straight or curly) do not count.
 */
enum Column {
    CHILD_ID("Child Unique ID", "Child ID", "Unique Child ID", "Child Unique Identifier", "Child Identifier", "LA Child ID"),
    GENDER("Gender", "Sex"),
    ETHNICITY("Ethnicity"),
    DATE_OF_BIRTH("Date of Birth", "DOB"),
    AGE("Age of Child (Years)", "Age", "Age of Child"),
    DISABILITY("Does the Child have a Disability", "Disability"),
    ALLOCATED_TEAM("Allocated Team", "Team"),
    ALLOCATED_WORKER(true, "Allocated Worker", "Allocated Social Worker", "Social Worker"),
    PERSONAL_ADVISOR(true, "Allocated Personal Advisor", "Allocated Personal Adviser", "Personal Advisor", "Personal Adviser"),

    // list 1 and 2: recognised only
    DATE_OF_CONTACT("Date of Contact"),
    ORGANISATION_COMPLETING_ASSESSMENT("Organisation completing assessment"),

    // list 3
    REFERRAL_DATE("Date of Referral", "Referral Date"),
    REFERRAL_SOURCE("Referral Source", "Source of Referral"),
    REFERRAL_NFA("Referral NFA?", "Referral NFA", "Referral No Further Action"),
    REFERRALS_IN_12_MONTHS("Number of Referrals in Last 12 Months", "Number of Referrals in the Last 12 Months",
            "Number of Referrals in Previous 12 Months"),

    // list 4
    ASSESSMENT_START("Continuous Assessment Start Date", "Assessment Start Date"),
    ASSESSMENT_CHILD_SEEN("Child Seen During Continuous Assessment", "Child Seen During Assessment"),
    ASSESSMENT_AUTHORISED("Continuous Assessment Date of Authorisation", "Assessment Date of Authorisation",
            "Date of Authorisation", "Assessment Authorisation Date"),

    // list 5
    STRATEGY_DISCUSSION("Strategy discussion initiating Section 47 Enquiry Start Date", "Section 47 Enquiry Start Date",
            "S47 Enquiry Start Date", "Strategy Discussion Date"),
    ICPC_DATE("Date of Initial Child Protection Conference", "Initial Child Protection Conference Date", "ICPC Date",
            "Date of ICPC"),

    // list 6: recognised only
    CIN_START("CIN Start Date"),

    // list 7
    PLAN_START("Child Protection Plan Start Date", "CP Plan Start Date", "CPP Start Date"),
    INITIAL_CATEGORY("Initial Category of Abuse"),
    LATEST_CATEGORY("Latest Category of Abuse", "Category of Abuse"),
    LAST_STATUTORY_VISIT("Date of the Last Statutory Visit", "Date of Last Statutory Visit", "Last Statutory Visit Date"),
    SEEN_ALONE("Was the Child Seen Alone?", "Child Seen Alone"),
    LATEST_REVIEW_CONFERENCE("Date of latest review conference", "Latest Review Conference Date",
            "Date of Last Review Conference"),
    PLAN_END("Child Protection Plan End Date", "CP Plan End Date", "CPP End Date"),
    PREVIOUS_PLANS("Number of Previous Child Protection Plans", "Number of Previous CP Plans",
            "Number of Previous CPPs"),

    // list 8
    CARE_START("Date Started to be Looked After", "Date Started to Be Looked After (Current Episode)",
            "Date Started Looked After"),
    CARE_END("Date Ceased to be Looked After", "Date Ceased Looked After"),
    LEGAL_STATUS("Child's Legal Status", "Legal Status", "Current Legal Status"),
    LATEST_STATUTORY_REVIEW("Date of Latest Statutory Review", "Date of Last Statutory Review",
            "Latest Statutory Review Date"),
    LAST_SOCIAL_WORK_VISIT("Date of Last Social Work Visit", "Date of Latest Social Work Visit",
            "Last Social Work Visit Date"),
    LAST_HEALTH_ASSESSMENT("Date of Last Health Assessment", "Date of Latest Health Assessment"),
    LAST_DENTAL_CHECK("Date of Last Dental Check", "Date of Latest Dental Check"),
    PLACEMENTS_IN_12_MONTHS("Number of Placements in the Last 12 months", "Number of Placements in Last 12 Months"),
    PLACEMENT_START("Start Date of Most Recent Placement", "Most Recent Placement Start Date",
            "Start Date of Current Placement"),
    PLACEMENT_TYPE("Placement Type"),
    PLACEMENT_PROVIDER("Placement Provider"),
    PLACEMENT_URN("URN of Placement", "Placement URN"),

    // list 9
    ELIGIBILITY("Eligibility Category", "Care Leaver Eligibility Category"),
    PATHWAY_PLAN_REVIEW("Latest Pathway Plan Review Date", "Date of Latest Pathway Plan Review"),
    IN_TOUCH("LA in Touch", "Local Authority in Touch"),
    ACCOMMODATION_SUITABLE("Suitability of Accommodation", "Accommodation Suitability"),
    ACTIVITY("Activity Status", "Main Activity"),

    // list 10 and 11: recognised only
    ADOPTION_DECISION("Date of Decision that Child Should be Placed for Adoption"),
    ADOPTER_ID("Individual adopter identifier", "Adopter identifier");

    private final String header;
    private final List<String> squashedVariants;
    private final boolean personName;

    Column(String header, String... variants) {
        this(false, header, variants);
    }

    Column(boolean personName, String header, String... variants) {
        this.header = header;
        this.personName = personName;
        List<String> all = new java.util.ArrayList<>();
        all.add(squash(header));
        for (String v : variants) {
            all.add(squash(v));
        }
        this.squashedVariants = List.copyOf(all);
    }

    /** @return the header as Ofsted's template has it, for messages */
    String header() {
        return header;
    }

    /** @return true when the column holds people's names, which must never pass into any output */
    boolean personName() {
        return personName;
    }

    boolean matches(String squashedHeader) {
        return squashedVariants.contains(squashedHeader);
    }

    /**
     * {@code Age of Child (Years)}, {@code age_of_child_years} and {@code AGE OF CHILD “YEARS”} all
     * squash to {@code ageofchildyears}.
     */
    static String squash(String header) {
        StringBuilder b = new StringBuilder(header.length());
        for (char c : CellValue.clean(header).toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}

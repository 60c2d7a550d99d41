package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** One child and all of their recorded work. */
@JsonPropertyOrder({"id", "dateOfBirth", "yearOfBirth", "expectedDateOfBirth", "gender", "ethnicity", "disability", "unaccompaniedAsylumSeeking", "allocatedWorker", "allocatedTeam", "referrals", "assessments", "s47Enquiries", "protectionPlans", "careEpisodes", "careLeaver", "chronology", "managementOversight", "recording"})
public final class Child extends Located {
    private String id;
    private LocalDate dateOfBirth;
    private Integer yearOfBirth;
    private LocalDate expectedDateOfBirth;
    private Gender gender;
    private String ethnicity;
    private Boolean disability;
    private Boolean unaccompaniedAsylumSeeking;
    private String allocatedWorker;
    private String allocatedTeam;
    private List<Referral> referrals;
    private List<Assessment> assessments;
    private List<S47Enquiry> s47Enquiries;
    private List<ProtectionPlan> protectionPlans;
    private List<CareEpisode> careEpisodes;
    private CareLeaver careLeaver;
    private Chronology chronology;
    private List<Oversight> managementOversight;
    private Recording recording;

    public Child() {
        // for the loader
    }

    /** @return required, pseudonymous */
    public String getId() {
        return id;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    /** @return when only the year is known */
    public Integer getYearOfBirth() {
        return yearOfBirth;
    }

    public Gender getGender() {
        return gender;
    }

    /** @return DfE ethnicity code */
    public String getEthnicity() {
        return ethnicity;
    }

    public Boolean getDisability() {
        return disability;
    }

    public Boolean getUnaccompaniedAsylumSeeking() {
        return unaccompaniedAsylumSeeking;
    }

    /** @return a workforce id; null = unallocated */
    public String getAllocatedWorker() {
        return allocatedWorker;
    }

    public List<Referral> getReferrals() {
        return referrals == null ? List.of() : referrals;
    }

    public List<Assessment> getAssessments() {
        return assessments == null ? List.of() : assessments;
    }

    public List<S47Enquiry> getS47Enquiries() {
        return s47Enquiries == null ? List.of() : s47Enquiries;
    }

    public List<ProtectionPlan> getProtectionPlans() {
        return protectionPlans == null ? List.of() : protectionPlans;
    }

    public List<CareEpisode> getCareEpisodes() {
        return careEpisodes == null ? List.of() : careEpisodes;
    }

    public CareLeaver getCareLeaver() {
        return careLeaver;
    }

    public Chronology getChronology() {
        return chronology;
    }

    public List<Oversight> getManagementOversight() {
        return managementOversight == null ? List.of() : managementOversight;
    }

    public Recording getRecording() {
        return recording;
    }

    /**
     * The date of birth the rules use: the recorded one, else 1 July of {@code yearOfBirth} (the
     * middle of the year, so an age is at most six months out), else null.
     */
    public LocalDate effectiveDateOfBirth() {
        if (dateOfBirth != null) {
            return dateOfBirth;
        }
        return yearOfBirth == null ? null : LocalDate.of(yearOfBirth, 7, 1);
    }

    /** @return the child's age in whole years on {@code date}, or -1 when the birth date is unknown */
    public int ageOn(LocalDate date) {
        LocalDate born = effectiveDateOfBirth();
        if (born == null || date == null) {
            return -1;
        }
        return (int) ChronoUnit.YEARS.between(born, date);
    }

    /** @return the team the child's work is allocated to, for grouping findings; null when not given */
    public String getAllocatedTeam() {
        return allocatedTeam;
    }

    /** @return an unborn child's expected date of birth */
    public LocalDate getExpectedDateOfBirth() {
        return expectedDateOfBirth;
    }

    /**
     * @return true when the data says whether the child is allocated: a worker id, or an explicit
     *     {@code allocatedWorker: null} (unallocated); false when the key is absent (unknown)
     */
    public boolean isAllocationRecorded() {
        return allocatedWorker != null || isGivenNull("allocatedWorker");
    }

    /** @return true when the data says the child has no allocated worker ({@code allocatedWorker: null}) */
    public boolean isUnallocated() {
        return allocatedWorker == null && isGivenNull("allocatedWorker");
    }

    /** Sets {@code id}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setId(String id) {
        this.id = id;
    }

    /** Sets {@code dateOfBirth}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    /** Sets {@code yearOfBirth}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setYearOfBirth(Integer yearOfBirth) {
        this.yearOfBirth = yearOfBirth;
    }

    /** Sets {@code expectedDateOfBirth}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setExpectedDateOfBirth(LocalDate expectedDateOfBirth) {
        this.expectedDateOfBirth = expectedDateOfBirth;
    }

    /** Sets {@code gender}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setGender(Gender gender) {
        this.gender = gender;
    }

    /** Sets {@code ethnicity}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setEthnicity(String ethnicity) {
        this.ethnicity = ethnicity;
    }

    /** Sets {@code disability}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setDisability(Boolean disability) {
        this.disability = disability;
    }

    /** Sets {@code unaccompaniedAsylumSeeking}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setUnaccompaniedAsylumSeeking(Boolean unaccompaniedAsylumSeeking) {
        this.unaccompaniedAsylumSeeking = unaccompaniedAsylumSeeking;
    }

    /** Sets {@code allocatedWorker}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setAllocatedWorker(String allocatedWorker) {
        this.allocatedWorker = allocatedWorker;
    }

    /** Sets {@code allocatedTeam}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setAllocatedTeam(String allocatedTeam) {
        this.allocatedTeam = allocatedTeam;
    }

    /** Sets {@code referrals}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setReferrals(List<Referral> referrals) {
        this.referrals = referrals;
    }

    /** Sets {@code assessments}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setAssessments(List<Assessment> assessments) {
        this.assessments = assessments;
    }

    /** Sets {@code s47Enquiries}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setS47Enquiries(List<S47Enquiry> s47Enquiries) {
        this.s47Enquiries = s47Enquiries;
    }

    /** Sets {@code protectionPlans}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setProtectionPlans(List<ProtectionPlan> protectionPlans) {
        this.protectionPlans = protectionPlans;
    }

    /** Sets {@code careEpisodes}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setCareEpisodes(List<CareEpisode> careEpisodes) {
        this.careEpisodes = careEpisodes;
    }

    /** Sets {@code careLeaver}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setCareLeaver(CareLeaver careLeaver) {
        this.careLeaver = careLeaver;
    }

    /** Sets {@code chronology}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setChronology(Chronology chronology) {
        this.chronology = chronology;
    }

    /** Sets {@code managementOversight}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setManagementOversight(List<Oversight> managementOversight) {
        this.managementOversight = managementOversight;
    }

    /** Sets {@code recording}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setRecording(Recording recording) {
        this.recording = recording;
    }

    /**
     * @return true when the record says what its {@code managementOversight} were, even none ({@code managementOversight: []});
     *     false when the key is absent: unknown, so criteria that need them count the record as missing data
     */
    public boolean isManagementOversightRecorded() {
        return managementOversight != null;
    }

    /**
     * @return true when the record says what its {@code referrals} were, even none ({@code referrals: []});
     *     false when the key is absent: unknown, so criteria that need them count the record as missing data
     */
    public boolean isReferralsRecorded() {
        return referrals != null;
    }

    /**
     * @return true when the record says what its {@code assessments} were, even none ({@code assessments: []});
     *     false when the key is absent: unknown, so criteria that need them count the record as missing data
     */
    public boolean isAssessmentsRecorded() {
        return assessments != null;
    }
}

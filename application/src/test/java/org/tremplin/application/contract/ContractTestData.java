package org.tremplin.application.contract;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.tremplin.domain.applicant.Applicant;
import org.tremplin.domain.applicant.ApplicantId;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.funding.FundingCommitment;
import org.tremplin.domain.funding.FundingCommitmentId;
import org.tremplin.domain.funding.ParityRule;
import org.tremplin.domain.funding.ParityRuleId;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.outcome.Employer;
import org.tremplin.domain.outcome.EmploymentOutcome;
import org.tremplin.domain.outcome.OutcomeId;
import org.tremplin.domain.outcome.Situation;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.partner.PartnerKind;
import org.tremplin.domain.partner.PartnerRole;
import org.tremplin.domain.partner.Siret;
import org.tremplin.domain.person.Diploma;
import org.tremplin.domain.person.DisabilityStatus;
import org.tremplin.domain.person.Gender;
import org.tremplin.domain.person.InclusionProfile;
import org.tremplin.domain.person.PersonName;
import org.tremplin.domain.programme.PhaseLengths;
import org.tremplin.domain.programme.Programme;
import org.tremplin.domain.programme.ProgrammeId;
import org.tremplin.domain.school.Departement;
import org.tremplin.domain.school.Region;
import org.tremplin.domain.school.School;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.shared.EmailAddress;
import org.tremplin.domain.shared.Money;
import org.tremplin.domain.workstudy.ContractId;
import org.tremplin.domain.workstudy.ContractKind;
import org.tremplin.domain.workstudy.WorkStudyContract;

/**
 * Builds valid records for the contract tests, and saves what they refer to first, so that an
 * adapter with foreign keys accepts them. Names are unique per instance.
 */
public final class ContractTestData {
    public static final LocalDate START = LocalDate.of(2021, 10, 4);
    private final PersistencePorts ports;
    private final AtomicInteger sequence = new AtomicInteger();

    public ContractTestData(PersistencePorts ports) {
        this.ports = ports;
    }

    public static UUID newId() {
        return UUID.randomUUID();
    }

    public int next() {
        return sequence.incrementAndGet();
    }

    public School school(String name, Region region, String departement) {
        return School.plan(new SchoolId(newId()), name, "Town " + next(), region, new Departement(departement),
                Optional.empty());
    }

    public School school() {
        return school("École IA " + next(), Region.OCCITANIE, "34");
    }

    public School savedSchool() {
        return ports.schools().save(school());
    }

    public Programme programme() {
        return Programme.create(new ProgrammeId(newId()), "Développeur·se Data IA " + next(), Optional.empty(),
                Optional.of(5), PhaseLengths.ECOLE_IA);
    }

    public Programme savedProgramme() {
        return ports.programmes().save(programme());
    }

    public Cohort cohort(School school, LocalDate start) {
        Programme programme = savedProgramme();
        return Cohort.open(new CohortId(newId()), school.id(), programme, "Promo " + next(), start, 24);
    }

    public Cohort savedCohort(School school) {
        return ports.cohorts().save(cohort(school, START));
    }

    public Cohort savedCohort() {
        return savedCohort(savedSchool());
    }

    public InclusionProfile profile(Gender gender, int birthYear) {
        return new InclusionProfile(gender, LocalDate.of(birthYear, 3, 15), Optional.of(LocalDate.of(2020, 1, 6)), true,
                Diploma.BAC);
    }

    public Applicant applicant(Cohort cohort, String familyName, LocalDate appliedOn) {
        return Applicant.apply(new ApplicantId(newId()), cohort.id(), new PersonName("Camille", familyName),
                new EmailAddress("applicant" + next() + "@example.org"), profile(Gender.WOMAN, 1998),
                DisabilityStatus.NOT_RECOGNISED, appliedOn);
    }

    public Learner learner(Cohort cohort, String familyName) {
        return Learner.enrol(new LearnerId(newId()), cohort, Optional.empty(), new PersonName("Sami", familyName),
                new EmailAddress("learner" + next() + "@example.org"), profile(Gender.MAN, 1997),
                DisabilityStatus.RECOGNISED, cohort.startDate());
    }

    public Learner savedLearner(Cohort cohort) {
        return ports.learners().save(learner(cohort, "Martin" + next()));
    }

    /** A learner who went through the whole programme and graduated on {@code graduatedOn}. */
    public Learner graduate(Cohort cohort, LocalDate graduatedOn) {
        return learner(cohort, "Graduate" + next())
                .startCentre(cohort.startDate())
                .startWorkStudy(cohort.calendar().workStudyStart())
                .graduate(graduatedOn);
    }

    public Partner partner(PartnerKind kind, String name) {
        Optional<Siret> siret = kind.siretRequired() ? Optional.of(siret()) : Optional.empty();
        return Partner.register(new PartnerId(newId()), name, kind, siret);
    }

    public Partner savedPartner() {
        return ports.partners().save(partner(PartnerKind.SME, "Partner " + next()));
    }

    public Partner savedFunder(School school, String name) {
        return ports.partners().save(partner(PartnerKind.REGION, name).engage(school.id(), Set.of(PartnerRole.FUNDER)));
    }

    /** A valid SIRET, different each time: a unique SIREN-like prefix and a Luhn check digit. */
    public Siret siret() {
        return new Siret(Siret.withLuhnKey(String.format("%013d", 7_300_000_000L + next() * 7919L)));
    }

    public FundingCommitment commitment(Partner funder, School school, Optional<CohortId> cohort, long euros, int year) {
        return FundingCommitment.commit(new FundingCommitmentId(newId()), funder.id(), school.id(), cohort,
                Money.euros(euros), year);
    }

    public ParityRule parity(School school, Optional<CohortId> cohort, Partner first, Partner second) {
        return ParityRule.declare(new ParityRuleId(newId()), school.id(), cohort, first.id(), second.id());
    }

    public WorkStudyContract contract(Learner learner, Partner host, LocalDate start, LocalDate end) {
        return WorkStudyContract.sign(new ContractId(newId()), learner.id(), host.id(), ContractKind.APPRENTICESHIP,
                start, end, "Data analyst apprentice", "Tutor " + next());
    }

    public EmploymentOutcome outcome(Learner learner, LocalDate observedOn, Situation situation, Optional<Partner> employer) {
        Optional<Employer> who = situation.hasEmployer()
                ? Optional.of(employer.map(partner -> Employer.partner(partner.id())).orElse(Employer.named("Acme")))
                : Optional.empty();
        return EmploymentOutcome.record(new OutcomeId(newId()), learner.id(), observedOn, situation, who, Optional.empty());
    }
}

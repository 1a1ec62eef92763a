package org.tremplin.domain.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.tremplin.domain.applicant.Applicant;
import org.tremplin.domain.applicant.ApplicantId;
import org.tremplin.domain.applicant.SelectionStage;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.funding.FundingCommitment;
import org.tremplin.domain.funding.FundingCommitmentId;
import org.tremplin.domain.funding.ParityRule;
import org.tremplin.domain.funding.ParityRuleId;
import org.tremplin.domain.learner.DropOutReason;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.learner.LearnerStatus;
import org.tremplin.domain.outcome.Employer;
import org.tremplin.domain.outcome.EmploymentOutcome;
import org.tremplin.domain.outcome.OutcomeId;
import org.tremplin.domain.outcome.Situation;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.person.Diploma;
import org.tremplin.domain.person.DisabilityStatus;
import org.tremplin.domain.person.Gender;
import org.tremplin.domain.person.InclusionProfile;
import org.tremplin.domain.person.PersonName;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.shared.EmailAddress;
import org.tremplin.domain.shared.Money;
import org.tremplin.domain.workstudy.BrokenBy;
import org.tremplin.domain.workstudy.ContractId;
import org.tremplin.domain.workstudy.ContractKind;
import org.tremplin.domain.workstudy.WorkStudyContract;

/**
 * Builders for the indicators' inputs. Each default is an unremarkable person or record (a man born
 * in 1990, with the baccalauréat, not a job seeker...), so that a test states only what it is about.
 * Identifiers a test does not choose are drawn from a counter far above those tests choose by hand.
 */
final class IndicatorTestData {
    static final SchoolId SCHOOL = new SchoolId(uuid(900_001));
    static final CohortId COHORT = new CohortId(uuid(900_002));

    private static final AtomicLong SEQUENCE = new AtomicLong(1_000_000);

    private IndicatorTestData() {
    }

    static UUID uuid(long value) {
        return new UUID(0, value);
    }

    private static UUID nextUuid() {
        return uuid(SEQUENCE.incrementAndGet());
    }

    static PartnerId partner(long value) {
        return new PartnerId(uuid(value));
    }

    static PartnerId aPartner() {
        return new PartnerId(nextUuid());
    }

    static LearnerId aLearnerId() {
        return new LearnerId(nextUuid());
    }

    static <T> List<T> times(int count, Supplier<T> make) {
        return Stream.generate(make).limit(count).toList();
    }

    @SafeVarargs
    static <T> List<T> concat(List<? extends T>... lists) {
        List<T> all = new ArrayList<>();
        for (List<? extends T> list : lists) {
            all.addAll(list);
        }
        return List.copyOf(all);
    }

    static ProfileBuilder aProfile() {
        return new ProfileBuilder();
    }

    static ApplicantBuilder anApplicant() {
        return new ApplicantBuilder();
    }

    static LearnerBuilder aLearner() {
        return new LearnerBuilder();
    }

    /**
     * A learner who graduated on {@code leftOn}, enrolled 19 months before (7 months in the centre,
     * then work-study), so that any leaving day can be chosen without tripping the learner's own rules.
     */
    static LearnerBuilder aLeaver(LocalDate leftOn) {
        return aLearner().enrolledOn(leftOn.minusMonths(19)).graduatedOn(leftOn);
    }

    static ContractBuilder aContract() {
        return new ContractBuilder();
    }

    static OutcomeBuilder anOutcome() {
        return new OutcomeBuilder();
    }

    static CommitmentBuilder aCommitment() {
        return new CommitmentBuilder();
    }

    static ParityRule parityRule(long id, Optional<CohortId> cohort, PartnerId first, PartnerId second) {
        return ParityRule.declare(new ParityRuleId(uuid(id)), SCHOOL, cohort, first, second);
    }

    static InputsBuilder inputs() {
        return new InputsBuilder();
    }

    static final class ProfileBuilder {
        private Gender gender = Gender.MAN;
        private LocalDate dateOfBirth = LocalDate.of(1990, 6, 15);
        private Optional<LocalDate> jobSeekerSince = Optional.empty();
        private boolean priorityNeighbourhood;
        private Diploma diploma = Diploma.BAC;

        ProfileBuilder woman() {
            return gender(Gender.WOMAN);
        }

        ProfileBuilder gender(Gender value) {
            gender = value;
            return this;
        }

        ProfileBuilder bornOn(LocalDate value) {
            dateOfBirth = value;
            return this;
        }

        ProfileBuilder jobSeekerSince(LocalDate value) {
            jobSeekerSince = Optional.of(value);
            return this;
        }

        ProfileBuilder inPriorityNeighbourhood() {
            priorityNeighbourhood = true;
            return this;
        }

        ProfileBuilder diploma(Diploma value) {
            diploma = value;
            return this;
        }

        InclusionProfile build() {
            return new InclusionProfile(gender, dateOfBirth, jobSeekerSince, priorityNeighbourhood, diploma);
        }
    }

    /** What applicants and learners share: the same person, whose profile and disability a test may choose. */
    abstract static sealed class PersonBuilder<B extends PersonBuilder<B>> permits ApplicantBuilder, LearnerBuilder {
        static final PersonName NAME = new PersonName("Camille", "Martin");
        static final EmailAddress EMAIL = new EmailAddress("camille.martin@example.org");

        ProfileBuilder profile = aProfile();
        DisabilityStatus disability = DisabilityStatus.NOT_RECOGNISED;

        B profile(ProfileBuilder value) {
            profile = value;
            return self();
        }

        B disability(DisabilityStatus value) {
            disability = value;
            return self();
        }

        abstract B self();
    }

    /** An applicant who applied, then moved one stage a week up to {@link #reaching} and maybe was rejected. */
    static final class ApplicantBuilder extends PersonBuilder<ApplicantBuilder> {
        private ApplicantId id = new ApplicantId(nextUuid());
        private LocalDate appliedOn = LocalDate.of(2025, 3, 3);
        private SelectionStage reached = SelectionStage.APPLIED;
        private boolean rejected;

        @Override
        ApplicantBuilder self() {
            return this;
        }

        /** The same identifier on two builds makes the same person, for comparing reports that differ in one detail. */
        ApplicantBuilder id(ApplicantId value) {
            id = value;
            return this;
        }

        ApplicantBuilder appliedOn(LocalDate value) {
            appliedOn = value;
            return this;
        }

        ApplicantBuilder reaching(SelectionStage value) {
            reached = value;
            return this;
        }

        ApplicantBuilder thenRejected() {
            rejected = true;
            return this;
        }

        Applicant build() {
            Applicant applicant = Applicant.apply(id, COHORT, NAME, EMAIL, profile.build(), disability, appliedOn);
            LocalDate on = appliedOn;
            for (SelectionStage next : List.of(SelectionStage.PRESELECTED, SelectionStage.SELECTED, SelectionStage.ENROLLED)) {
                if (next.ordinal() > reached.ordinal()) {
                    break;
                }
                on = on.plusWeeks(1);
                applicant = applicant.moveTo(next, on);
            }
            return rejected ? applicant.moveTo(SelectionStage.REJECTED, on.plusWeeks(1)) : applicant;
        }
    }

    /**
     * A learner who enrolled and went through the programme as far as asked: the centre starts on
     * enrolment, work-study seven months later (or on graduation if that comes first).
     */
    static final class LearnerBuilder extends PersonBuilder<LearnerBuilder> {
        private LearnerId id = new LearnerId(nextUuid());
        private LocalDate enrolledOn = LocalDate.of(2023, 9, 4);
        private LearnerStatus status = LearnerStatus.ENROLLED;
        private LocalDate leftOn;

        @Override
        LearnerBuilder self() {
            return this;
        }

        LearnerBuilder id(LearnerId value) {
            id = value;
            return this;
        }

        LearnerBuilder enrolledOn(LocalDate value) {
            enrolledOn = value;
            return this;
        }

        LearnerBuilder inCentre() {
            status = LearnerStatus.IN_CENTRE;
            return this;
        }

        LearnerBuilder inWorkStudy() {
            status = LearnerStatus.IN_WORK_STUDY;
            return this;
        }

        LearnerBuilder graduatedOn(LocalDate value) {
            status = LearnerStatus.GRADUATED;
            leftOn = value;
            return this;
        }

        /** Drops out while still only enrolled, the simplest way to have left without graduating. */
        LearnerBuilder droppedOutOn(LocalDate value) {
            status = LearnerStatus.DROPPED_OUT;
            leftOn = value;
            return this;
        }

        Learner build() {
            Learner learner = new Learner(id, 0, SCHOOL, COHORT, Optional.empty(), NAME, EMAIL, profile.build(),
                    disability, enrolledOn, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
            return switch (status) {
                case ENROLLED -> learner;
                case IN_CENTRE -> learner.startCentre(enrolledOn);
                case IN_WORK_STUDY -> learner.startCentre(enrolledOn).startWorkStudy(workStudyStart());
                case GRADUATED -> learner.startCentre(enrolledOn).startWorkStudy(workStudyStart()).graduate(leftOn);
                case DROPPED_OUT -> learner.dropOut(leftOn, DropOutReason.OTHER);
            };
        }

        private LocalDate workStudyStart() {
            LocalDate afterCentre = enrolledOn.plusMonths(7);
            return leftOn != null && leftOn.isBefore(afterCentre) ? leftOn : afterCentre;
        }
    }

    static final class ContractBuilder {
        private LearnerId learnerId = aLearnerId();
        private PartnerId hostId = aPartner();
        private LocalDate start = LocalDate.of(2024, 9, 2);
        private LocalDate plannedEnd = LocalDate.of(2025, 8, 31);
        private LocalDate brokenOn;

        ContractBuilder forLearner(LearnerId value) {
            learnerId = value;
            return this;
        }

        ContractBuilder forLearner(Learner value) {
            return forLearner(value.id());
        }

        ContractBuilder hostedBy(PartnerId value) {
            hostId = value;
            return this;
        }

        ContractBuilder running(LocalDate from, LocalDate plannedTo) {
            start = from;
            plannedEnd = plannedTo;
            return this;
        }

        ContractBuilder brokenOn(LocalDate value) {
            brokenOn = value;
            return this;
        }

        WorkStudyContract build() {
            WorkStudyContract contract = WorkStudyContract.sign(new ContractId(nextUuid()), learnerId, hostId,
                    ContractKind.APPRENTICESHIP, start, plannedEnd, "Data analyst apprentice", "Tutor Name");
            return brokenOn == null ? contract : contract.breakOff(brokenOn, BrokenBy.EMPLOYER);
        }
    }

    /** A follow-up; situations that need an employer get a company outside the network unless told otherwise. */
    static final class OutcomeBuilder {
        private OutcomeId id = new OutcomeId(nextUuid());
        private LearnerId learnerId = aLearnerId();
        private LocalDate observedOn = LocalDate.of(2025, 1, 15);
        private Situation situation = Situation.PERMANENT_CONTRACT;
        private Optional<Employer> employer = Optional.empty();

        OutcomeBuilder id(long value) {
            id = new OutcomeId(uuid(value));
            return this;
        }

        OutcomeBuilder forLearner(LearnerId value) {
            learnerId = value;
            return this;
        }

        OutcomeBuilder forLearner(Learner value) {
            return forLearner(value.id());
        }

        OutcomeBuilder observedOn(LocalDate value) {
            observedOn = value;
            return this;
        }

        OutcomeBuilder situation(Situation value) {
            situation = value;
            return this;
        }

        OutcomeBuilder employedBy(PartnerId value) {
            employer = Optional.of(Employer.partner(value));
            return this;
        }

        EmploymentOutcome build() {
            Optional<Employer> named = employer.isEmpty() && situation.hasEmployer()
                    ? Optional.of(Employer.named("A company outside the network"))
                    : employer;
            return EmploymentOutcome.record(id, learnerId, observedOn, situation, named, Optional.empty());
        }
    }

    static final class CommitmentBuilder {
        private PartnerId funder = aPartner();
        private Optional<CohortId> cohort = Optional.empty();
        private Money amount = Money.euros(10_000);
        private int year = 2025;

        CommitmentBuilder by(PartnerId value) {
            funder = value;
            return this;
        }

        CommitmentBuilder forCohort(CohortId value) {
            cohort = Optional.of(value);
            return this;
        }

        CommitmentBuilder euros(long value) {
            amount = Money.euros(value);
            return this;
        }

        CommitmentBuilder in(int value) {
            year = value;
            return this;
        }

        FundingCommitment build() {
            return FundingCommitment.commit(new FundingCommitmentId(nextUuid()), funder, SCHOOL, cohort, amount, year);
        }
    }

    /** Empty inputs unless told otherwise, so that a test fills only the lists it is about. */
    static final class InputsBuilder {
        private final List<Applicant> applicants = new ArrayList<>();
        private final List<Learner> learners = new ArrayList<>();
        private final List<WorkStudyContract> contracts = new ArrayList<>();
        private final List<EmploymentOutcome> outcomes = new ArrayList<>();
        private final List<FundingCommitment> commitments = new ArrayList<>();
        private final List<ParityRule> parityRules = new ArrayList<>();

        InputsBuilder applicants(List<Applicant> values) {
            applicants.addAll(values);
            return this;
        }

        InputsBuilder applicants(Applicant... values) {
            return applicants(List.of(values));
        }

        InputsBuilder learners(List<Learner> values) {
            learners.addAll(values);
            return this;
        }

        InputsBuilder learners(Learner... values) {
            return learners(List.of(values));
        }

        InputsBuilder contracts(List<WorkStudyContract> values) {
            contracts.addAll(values);
            return this;
        }

        InputsBuilder contracts(WorkStudyContract... values) {
            return contracts(List.of(values));
        }

        InputsBuilder outcomes(List<EmploymentOutcome> values) {
            outcomes.addAll(values);
            return this;
        }

        InputsBuilder outcomes(EmploymentOutcome... values) {
            return outcomes(List.of(values));
        }

        /** {@code count} leavers who left on {@code leftOn}, each followed up once, in {@code situation} on {@code observedOn}. */
        InputsBuilder leavers(int count, LocalDate leftOn, Situation situation, LocalDate observedOn) {
            for (int i = 0; i < count; i++) {
                Learner learner = aLeaver(leftOn).build();
                learners.add(learner);
                outcomes.add(anOutcome().forLearner(learner).observedOn(observedOn).situation(situation).build());
            }
            return this;
        }

        /** {@code count} leavers who left on {@code leftOn} and were never followed up. */
        InputsBuilder leaversWithoutFollowUp(int count, LocalDate leftOn) {
            for (int i = 0; i < count; i++) {
                learners.add(aLeaver(leftOn).build());
            }
            return this;
        }

        InputsBuilder commitments(FundingCommitment... values) {
            commitments.addAll(List.of(values));
            return this;
        }

        InputsBuilder parityRules(ParityRule... values) {
            parityRules.addAll(List.of(values));
            return this;
        }

        IndicatorInputs build() {
            return new IndicatorInputs(applicants, learners, contracts, outcomes, commitments, parityRules);
        }

        IndicatorReport reportAsOf(LocalDate asOf) {
            return Indicators.report(build(), asOf);
        }

        /** The report whose follow-ups count only the leavers of {@code leavingYear}. */
        IndicatorReport reportAsOf(LocalDate asOf, LeavingYear leavingYear) {
            return Indicators.report(build(), asOf, Optional.of(leavingYear));
        }
    }
}

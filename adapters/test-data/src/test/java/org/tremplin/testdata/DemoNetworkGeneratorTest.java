package org.tremplin.testdata;

import static java.util.function.Function.identity;
import static java.util.stream.Collectors.collectingAndThen;
import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toList;
import static java.util.stream.Collectors.toMap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collector;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tremplin.domain.applicant.Applicant;
import org.tremplin.domain.applicant.SelectionStage;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.cohort.CohortCalendar;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.funding.FundingCommitment;
import org.tremplin.domain.funding.ParityRule;
import org.tremplin.domain.funding.ParityStatus;
import org.tremplin.domain.indicator.FunnelStage;
import org.tremplin.domain.indicator.InclusionGroup;
import org.tremplin.domain.indicator.FollowUp;
import org.tremplin.domain.indicator.IndicatorReport;
import org.tremplin.domain.indicator.Indicators;
import org.tremplin.domain.indicator.Rate;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.learner.LearnerStatus;
import org.tremplin.domain.outcome.Employer;
import org.tremplin.domain.outcome.EmploymentOutcome;
import org.tremplin.domain.outcome.Situation;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.partner.PartnerKind;
import org.tremplin.domain.partner.PartnerRole;
import org.tremplin.domain.partner.Siret;
import org.tremplin.domain.person.DisabilityStatus;
import org.tremplin.domain.programme.PhaseLengths;
import org.tremplin.domain.school.Region;
import org.tremplin.domain.school.School;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.school.SchoolStatus;
import org.tremplin.domain.workstudy.ContractKind;
import org.tremplin.domain.workstudy.WorkStudyContract;

class DemoNetworkGeneratorTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    private static DemoNetwork network;
    private static IndicatorReport report;
    private static Map<CohortId, Cohort> cohorts;
    private static Map<LearnerId, Learner> learners;
    private static Map<PartnerId, Partner> partners;

    @BeforeAll
    static void generateTheStandardNetwork() {
        network = new DemoNetworkGenerator().generate(DemoScale.standard(), AS_OF);
        report = Indicators.report(network.indicatorInputs(), AS_OF);
        cohorts = network.cohorts().stream().collect(toMap(Cohort::id, identity()));
        learners = network.learners().stream().collect(toMap(Learner::id, identity()));
        partners = network.partners().stream().collect(toMap(Partner::id, identity()));
    }

    // ------------------------------------------------------------------ determinism and shape

    @Test
    void theSameScaleAndDateAlwaysGiveTheSameNetwork() {
        DemoNetwork again = new DemoNetworkGenerator().generate(DemoScale.standard(), AS_OF);

        assertThat(again.equals(network)).as("a second generation equals the first").isTrue();
        assertThat(again.learners().getFirst().id()).isEqualTo(network.learners().getFirst().id());
    }

    @Test
    void anotherSeedGivesAnotherNetwork() {
        DemoNetwork other = new DemoNetworkGenerator(7).generate(DemoScale.standard(), AS_OF);

        assertThat(other.learners().getFirst().id()).isNotEqualTo(network.learners().getFirst().id());
        assertThat(other.schools()).extracting(School::name)
                .containsExactlyElementsOf(network.schools().stream().map(School::name).toList());
    }

    @Test
    void everyRecordIsUnsavedAndHasAnIdentifierOfItsOwn() {
        List<Long> versions = new ArrayList<>();
        network.programmes().forEach(record -> versions.add(record.version()));
        network.schools().forEach(record -> versions.add(record.version()));
        network.partners().forEach(record -> versions.add(record.version()));
        network.cohorts().forEach(record -> versions.add(record.version()));
        network.applicants().forEach(record -> versions.add(record.version()));
        network.learners().forEach(record -> versions.add(record.version()));
        network.contracts().forEach(record -> versions.add(record.version()));
        network.outcomes().forEach(record -> versions.add(record.version()));
        network.commitments().forEach(record -> versions.add(record.version()));
        network.parityRules().forEach(record -> versions.add(record.version()));
        assertThat(versions).containsOnly(0L);

        List<UUID> ids = Stream.of(
                network.programmes().stream().map(record -> record.id().value()),
                network.schools().stream().map(record -> record.id().value()),
                network.partners().stream().map(record -> record.id().value()),
                network.cohorts().stream().map(record -> record.id().value()),
                network.applicants().stream().map(record -> record.id().value()),
                network.learners().stream().map(record -> record.id().value()),
                network.contracts().stream().map(record -> record.id().value()),
                network.outcomes().stream().map(record -> record.id().value()),
                network.commitments().stream().map(record -> record.id().value()),
                network.parityRules().stream().map(record -> record.id().value())).flatMap(identity()).toList();
        assertThat(ids).hasSize(versions.size()).doesNotHaveDuplicates();
        assertThat(ids).allSatisfy(id -> {
            assertThat(id.version()).isEqualTo(4);
            assertThat(id.variant()).isEqualTo(2);
        });
    }

    @Test
    void eachListOnlyRefersToRecordsOfTheListsBeforeIt() {
        Set<Object> saved = new HashSet<>();
        List<Object> unsaved = new ArrayList<>();
        Consumer<Object> refersTo = id -> {
            if (!saved.contains(id)) {
                unsaved.add(id);
            }
        };
        network.programmes().forEach(programme -> saved.add(programme.id()));
        network.schools().forEach(school -> saved.add(school.id()));
        for (Partner partner : network.partners()) {
            partner.engagements().keySet().forEach(refersTo);
            saved.add(partner.id());
        }
        for (Cohort cohort : network.cohorts()) {
            refersTo.accept(cohort.schoolId());
            refersTo.accept(cohort.programmeId());
            saved.add(cohort.id());
        }
        for (Applicant applicant : network.applicants()) {
            refersTo.accept(applicant.cohortId());
            saved.add(applicant.id());
        }
        for (Learner learner : network.learners()) {
            refersTo.accept(learner.schoolId());
            refersTo.accept(learner.cohortId());
            refersTo.accept(learner.applicantId().orElseThrow());
            saved.add(learner.id());
        }
        for (WorkStudyContract contract : network.contracts()) {
            refersTo.accept(contract.learnerId());
            refersTo.accept(contract.hostId());
        }
        for (EmploymentOutcome outcome : network.outcomes()) {
            refersTo.accept(outcome.learnerId());
            outcome.employer().flatMap(Employer::partnerId).ifPresent(refersTo);
        }
        for (FundingCommitment commitment : network.commitments()) {
            refersTo.accept(commitment.funderId());
            refersTo.accept(commitment.schoolId());
            commitment.cohortId().ifPresent(refersTo);
        }
        for (ParityRule rule : network.parityRules()) {
            refersTo.accept(rule.schoolId());
            refersTo.accept(rule.firstFunder());
            refersTo.accept(rule.secondFunder());
        }
        assertThat(unsaved).as("references to records not saved before").isEmpty();
    }

    // ------------------------------------------------------------------ programme, schools, partners, funding

    @Test
    void oneProgrammeOfSevenMonthsInSchoolThenTwelveOfApprenticeship() {
        assertThat(network.programmes()).singleElement().satisfies(programme -> {
            assertThat(programme.title()).isEqualTo("Développeur·se Data IA");
            assertThat(programme.level()).contains(6);
            assertThat(programme.rncpCode()).isEmpty();
            assertThat(programme.phases()).isEqualTo(PhaseLengths.ECOLE_IA);
        });
    }

    @Test
    void aboutTwentySchoolsOpenedFrom2018OneStillPlannedAndOneClosed() {
        assertThat(network.schools()).hasSizeBetween(18, 22);
        assertThat(network.schools()).extracting(School::name).doesNotHaveDuplicates()
                .allMatch(name -> name.startsWith("École IA "));
        School planned = network.schools().stream()
                .filter(school -> school.status() == SchoolStatus.PLANNED).collect(onlyOne());
        assertThat(planned.openedOn().orElseThrow()).as("planned opening").isAfter(AS_OF);
        School closed = network.schools().stream()
                .filter(school -> school.status() == SchoolStatus.CLOSED).collect(onlyOne());
        assertThat(closed.closedOn().orElseThrow()).isBefore(AS_OF);
        School castelnau = castelnau();
        assertThat(network.schools()).filteredOn(school -> school.status() != SchoolStatus.PLANNED)
                .allSatisfy(school -> assertThat(school.openedOn().orElseThrow())
                        .isBetween(castelnau.openedOn().orElseThrow(), LocalDate.of(2022, 12, 31)));
        assertThat(network.schools().stream().map(School::region).distinct().count()).isGreaterThan(10);
    }

    @Test
    void castelnauLeLezIsTheFirstSchoolAndItsRegionAndMicrosoftFundItEqually() {
        School castelnau = castelnau();
        assertThat(castelnau.name()).isEqualTo("École IA Castelnau-le-Lez");
        assertThat(castelnau.region()).isEqualTo(Region.OCCITANIE);
        assertThat(castelnau.departement().code()).isEqualTo("34");
        assertThat(castelnau.status()).isEqualTo(SchoolStatus.OPEN);
        assertThat(castelnau.openedOn()).contains(LocalDate.of(2018, 10, 1));

        Partner region = partner("Région Occitanie");
        Partner microsoft = partner("Microsoft France");
        assertThat(region.kind()).isEqualTo(PartnerKind.REGION);
        assertThat(region.plays(PartnerRole.FUNDER, castelnau.id())).isTrue();
        assertThat(microsoft.plays(PartnerRole.FUNDER, castelnau.id())).isTrue();
        ParityRule rule = network.parityRules().stream()
                .filter(candidate -> candidate.schoolId().equals(castelnau.id())).collect(onlyOne());
        assertThat(rule.cohortId()).isEmpty();
        assertThat(Set.of(rule.firstFunder(), rule.secondFunder()))
                .containsExactlyInAnyOrder(region.id(), microsoft.id());
        ParityStatus status = rule.check(network.commitments());
        assertThat(status.honoured()).isTrue();
        assertThat(status.firstTotal().isPositive()).isTrue();
        // Equal every single year from 2018, not only in total.
        for (int year = 2018; year <= AS_OF.getYear(); year++) {
            int inYear = year;
            var commitments = network.commitments().stream()
                    .filter(commitment -> commitment.schoolId().equals(castelnau.id()) && commitment.year() == inYear)
                    .toList();
            assertThat(rule.check(commitments).honoured()).as("parity in %d", year).isTrue();
            assertThat(commitments).as("commitments in %d", year)
                    .anyMatch(commitment -> commitment.funderId().equals(region.id()));
        }
    }

    @Test
    void parityIsDeclaredAtOtherSchoolsAndNotHonouredAtOne() {
        List<ParityStatus> statuses = network.parityRules().stream()
                .map(rule -> rule.check(network.commitments())).toList();
        assertThat(statuses).hasSizeBetween(3, 4);
        assertThat(statuses).filteredOn(status -> !status.honoured()).singleElement()
                .satisfies(gap -> assertThat(gap.gap().isPositive()).isTrue());
        assertThat(report.funding().parity()).containsExactlyInAnyOrderElementsOf(statuses);
    }

    @Test
    void partnersPlayTheirRolesAtTheSchools() {
        List<School> opened = network.schools().stream()
                .filter(school -> school.status() != SchoolStatus.PLANNED).toList();
        Partner microsoft = partner("Microsoft France");
        assertThat(microsoft.kind()).isEqualTo(PartnerKind.TECH_COMPANY);
        assertThat(microsoft.siret()).isEmpty();
        assertThat(opened).allMatch(school -> microsoft.plays(PartnerRole.FUNDER, school.id()));
        assertThat(opened).filteredOn(school -> microsoft.plays(PartnerRole.RECRUITER, school.id()))
                .hasSizeBetween(2, 6);

        Partner simplon = partner("Simplon.co");
        assertThat(simplon.kind()).isEqualTo(PartnerKind.TRAINING_OPERATOR);
        assertThat(simplon.siret()).isPresent();
        assertThat(network.schools()).allMatch(school -> simplon.plays(PartnerRole.TEACHING, school.id()));
        Partner employmentService = network.partners().stream()
                .filter(partner -> partner.kind() == PartnerKind.PUBLIC_EMPLOYMENT_SERVICE).collect(onlyOne());
        assertThat(network.schools())
                .allMatch(school -> employmentService.plays(PartnerRole.CANDIDATE_SOURCING, school.id()));
        assertThat(partner("Ville de Castelnau-le-Lez").plays(PartnerRole.CANDIDATE_SOURCING, castelnau().id()))
                .isTrue();
        assertThat(network.partners()).filteredOn(partner -> partner.kind() == PartnerKind.STATE)
                .anyMatch(state -> state.plays(PartnerRole.FUNDER, castelnau().id()));
        for (School school : opened) {
            assertThat(network.partners()).as("the region funding %s", school.name())
                    .anyMatch(partner -> partner.kind() == PartnerKind.REGION
                            && partner.plays(PartnerRole.FUNDER, school.id()));
        }

        Set<PartnerKind> companyKinds = Set.of(PartnerKind.LARGE_COMPANY, PartnerKind.SME, PartnerKind.START_UP);
        List<Partner> companies = network.partners().stream()
                .filter(partner -> companyKinds.contains(partner.kind())).toList();
        assertThat(companies).hasSizeBetween(25, 35);
        assertThat(companies).extracting(Partner::kind)
                .contains(PartnerKind.LARGE_COMPANY, PartnerKind.SME, PartnerKind.START_UP);
        assertThat(companies).allSatisfy(company -> {
            assertThat(company.engagements()).hasSizeBetween(1, 4);
            assertThat(company.engagements().values()).allSatisfy(roles ->
                    assertThat(roles).isNotEmpty().isSubsetOf(PartnerRole.WORK_STUDY_HOST, PartnerRole.RECRUITER));
        });
        assertThat(network.partners()).flatExtracting(partner -> partner.siret().stream().toList())
                .extracting(Siret::value).doesNotHaveDuplicates().allMatch(siret -> siret.startsWith("000"));
        for (School school : opened) {
            assertThat(companies).as("hosts at %s", school.name())
                    .filteredOn(company -> company.plays(PartnerRole.WORK_STUDY_HOST, school.id()))
                    .hasSizeGreaterThanOrEqualTo(2);
            assertThat(network.partners()).as("recruiters at %s", school.name())
                    .anyMatch(partner -> partner.plays(PartnerRole.RECRUITER, school.id()));
        }
    }

    // ------------------------------------------------------------------ cohorts and selection

    @Test
    void cohortsStartedByTheDateWithTwentyToTwentySixSeats() {
        assertThat(network.cohorts()).allSatisfy(cohort -> {
            assertThat(cohort.startDate()).isBeforeOrEqualTo(AS_OF);
            assertThat(cohort.seats()).isBetween(20, 26);
            assertThat(cohort.name()).isEqualTo("Promo " + cohort.startDate().getYear());
            School school = school(cohort.schoolId());
            assertThat(cohort.startDate()).isAfterOrEqualTo(school.openedOn().orElseThrow());
        });
        assertThat(network.cohorts()).extracting(cohort -> cohort.schoolId() + cohort.name()).doesNotHaveDuplicates();
        List<Cohort> atCastelnau = network.cohorts().stream()
                .filter(cohort -> cohort.schoolId().equals(castelnau().id())).toList();
        assertThat(atCastelnau).extracting(cohort -> cohort.startDate().getYear())
                .containsExactly(2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
        assertThat(atCastelnau).extracting(cohort -> cohort.startDate().getMonthValue()).containsOnly(10);
        Map<SchoolId, Long> perOtherSchool = network.cohorts().stream()
                .filter(cohort -> !cohort.schoolId().equals(castelnau().id()))
                .collect(groupingBy(Cohort::schoolId, counting()));
        assertThat(perOtherSchool.values()).allMatch(count -> count >= 1 && count <= 3);
    }

    @Test
    void applicantsGoThroughTheFunnelBeforeTheirCohortStarts() {
        Map<CohortId, List<Applicant>> byCohort = network.applicants().stream()
                .collect(groupingBy(Applicant::cohortId));
        for (Cohort cohort : network.cohorts()) {
            List<Applicant> applicants = byCohort.get(cohort.id());
            assertThat((double) applicants.size() / cohort.seats()).as("applicants a seat in %s", cohort.name())
                    .isBetween(2.45, 3.05);
            assertThat(applicants).filteredOn(applicant -> applicant.stage() == SelectionStage.ENROLLED)
                    .hasSizeBetween(cohort.seats() - 2, cohort.seats())
                    .allSatisfy(enrolled -> assertThat(enrolled.lastChangedOn()).isEqualTo(cohort.startDate()));
            LocalDate start = cohort.startDate();
            assertThat(applicants).allSatisfy(applicant -> {
                assertThat(applicant.appliedOn()).isBetween(start.minusDays(120), start.minusDays(60));
                assertThat(applicant.stage().isFinal()).isTrue();
                assertThat(applicant.lastChangedOn()).isBeforeOrEqualTo(start);
            });
        }
        // Some leave at every stage of selection, rejected or of their own accord.
        for (SelectionStage from : EnumSet.range(SelectionStage.APPLIED, SelectionStage.SELECTED)) {
            for (SelectionStage exit : List.of(SelectionStage.REJECTED, SelectionStage.WITHDREW)) {
                assertThat(network.applicants()).as("%s after %s", exit, from)
                        .anyMatch(applicant -> applicant.stage() == exit
                                && applicant.history().get(applicant.history().size() - 2).stage() == from);
            }
        }
    }

    @Test
    void peopleAreClearlyFictitious() {
        assertThat(network.applicants()).extracting(applicant -> applicant.email().value())
                .doesNotHaveDuplicates()
                .allMatch(email -> email.matches("[a-z-]+\\.[a-z-]+\\.\\d+@exemple\\.invalid"));
        assertThat(network.learners()).extracting(learner -> learner.email().value()).doesNotHaveDuplicates();
    }

    @Test
    void theInclusionMixAtApplicationIsTheNetworks() {
        FunnelStage applied = report.funnel().stages().getFirst();
        assertThat(applied.stage()).isEqualTo(SelectionStage.APPLIED);
        Map<InclusionGroup, Rate> shares = applied.diversity();
        assertThat(share(shares.get(InclusionGroup.WOMEN))).isBetween(0.35, 0.40);
        assertThat(share(shares.get(InclusionGroup.UNDER_26))).isBetween(0.40, 0.50);
        assertThat(share(shares.get(InclusionGroup.JOB_SEEKERS))).isBetween(0.65, 0.75);
        assertThat(share(shares.get(InclusionGroup.PRIORITY_NEIGHBOURHOOD))).isBetween(0.20, 0.30);
        assertThat(share(shares.get(InclusionGroup.RECOGNISED_DISABILITY))).isBetween(0.06, 0.10);
        assertThat(share(shares.get(InclusionGroup.BELOW_BAC))).isBetween(0.15, 0.25);
        double longTermAmongJobSeekers = (double) shares.get(InclusionGroup.LONG_TERM_JOB_SEEKERS).numerator()
                / shares.get(InclusionGroup.JOB_SEEKERS).numerator();
        assertThat(longTermAmongJobSeekers).isBetween(0.28, 0.38);

        assertThat(network.applicants()).allSatisfy(applicant ->
                assertThat(applicant.profile().ageAt(applicant.appliedOn())).isBetween(18, 55));
        assertThat(network.applicants()).extracting(Applicant::disability)
                .contains(DisabilityStatus.UNDISCLOSED, DisabilityStatus.NOT_RECOGNISED);
    }

    // ------------------------------------------------------------------ learners

    @Test
    void learnersAreTheEnrolledApplicants() {
        Map<Object, Applicant> applicants = network.applicants().stream().collect(toMap(Applicant::id, identity()));
        long enrolled = network.applicants().stream()
                .filter(applicant -> applicant.stage() == SelectionStage.ENROLLED).count();
        assertThat(network.learners()).hasSize((int) enrolled);
        assertThat(network.learners()).extracting(learner -> learner.applicantId().orElseThrow())
                .doesNotHaveDuplicates();
        assertThat(network.learners()).allSatisfy(learner -> {
            Applicant applicant = applicants.get(learner.applicantId().orElseThrow());
            Cohort cohort = cohorts.get(learner.cohortId());
            assertThat(applicant.stage()).isEqualTo(SelectionStage.ENROLLED);
            assertThat(applicant.cohortId()).isEqualTo(learner.cohortId());
            assertThat(learner.schoolId()).isEqualTo(cohort.schoolId());
            assertThat(learner.name()).isEqualTo(applicant.name());
            assertThat(learner.email()).isEqualTo(applicant.email());
            assertThat(learner.profile()).isEqualTo(applicant.profile());
            assertThat(learner.disability()).isEqualTo(applicant.disability());
            assertThat(learner.enrolledOn()).isEqualTo(cohort.startDate());
        });
    }

    @Test
    void learnersFollowTheirCohortsCalendarUpToTheDate() {
        for (Learner learner : network.learners()) {
            CohortCalendar calendar = cohorts.get(learner.cohortId()).calendar();
            assertThat(learner.centreStartedOn()).contains(calendar.centreStart());
            learner.workStudyStartedOn().ifPresent(on -> assertThat(on).isEqualTo(calendar.workStudyStart()));
            if (learner.dropOut().isPresent()) {
                assertThat(learner.dropOut().get().on()).isBeforeOrEqualTo(AS_OF);
                continue;
            }
            LearnerStatus expected = AS_OF.isBefore(calendar.workStudyStart()) ? LearnerStatus.IN_CENTRE
                    : AS_OF.isBefore(calendar.workStudyEnd()) ? LearnerStatus.IN_WORK_STUDY : LearnerStatus.GRADUATED;
            assertThat(learner.status()).as("%s of a cohort started on %s", learner, calendar.centreStart())
                    .isEqualTo(expected);
            learner.graduatedOn().ifPresent(on -> assertThat(on).isEqualTo(calendar.workStudyEnd()));
        }
        List<Learner> ofFinishedCohorts = network.learners().stream()
                .filter(learner -> cohorts.get(learner.cohortId()).calendar().end().isBefore(AS_OF)).toList();
        List<Learner> droppedOut = ofFinishedCohorts.stream().filter(learner -> learner.dropOut().isPresent()).toList();
        assertThat((double) droppedOut.size() / ofFinishedCohorts.size()).isBetween(0.09, 0.15);
        assertThat(droppedOut).filteredOn(learner -> learner.workStudyStartedOn().isEmpty())
                .hasSizeGreaterThan(droppedOut.size() / 2);
        assertThat(report.training().inCentre()).isPositive();
        assertThat(report.training().inWorkStudy()).isPositive();
    }

    // ------------------------------------------------------------------ contracts

    @Test
    void everyLearnerInWorkStudyGetsContractsThatNeverOverlapWithHostsOfTheirSchool() {
        Map<LearnerId, List<WorkStudyContract>> byLearner = byLearner(network.contracts(),
                WorkStudyContract::learnerId);
        for (WorkStudyContract contract : network.contracts()) {
            Learner learner = learners.get(contract.learnerId());
            CohortCalendar calendar = cohorts.get(learner.cohortId()).calendar();
            assertThatCode(() -> contract.requireNoOverlapWith(byLearner.get(learner.id()))).doesNotThrowAnyException();
            assertThat(partners.get(contract.hostId()).plays(PartnerRole.WORK_STUDY_HOST, learner.schoolId()))
                    .as("the host plays WORK_STUDY_HOST at the learner's school").isTrue();
            assertThat(contract.startDate()).isAfterOrEqualTo(learner.workStudyStartedOn().orElseThrow())
                    .isBeforeOrEqualTo(AS_OF);
            assertThat(contract.plannedEndDate()).isEqualTo(calendar.workStudyEnd());
            learner.leftOn().ifPresent(left -> assertThat(contract.effectiveEndDate()).isBeforeOrEqualTo(left));
            contract.breakOff().ifPresent(broken -> assertThat(broken.on()).isBeforeOrEqualTo(AS_OF));
        }
        assertThat(network.learners()).filteredOn(learner -> learner.workStudyStartedOn().isPresent())
                .allSatisfy(learner -> assertThat(byLearner.get(learner.id()))
                        .anyMatch(contract -> contract.startDate().equals(learner.workStudyStartedOn().get())));
        assertThat(network.contracts()).extracting(WorkStudyContract::kind)
                .contains(ContractKind.PROFESSIONALISATION)
                .filteredOn(kind -> kind == ContractKind.APPRENTICESHIP)
                .hasSizeGreaterThan(network.contracts().size() * 3 / 4);
    }

    @Test
    void aboutOneContractInTenBreaksAndMostAreFollowedByAnotherWithin30Days() {
        Map<LearnerId, List<WorkStudyContract>> byLearner = byLearner(network.contracts(),
                WorkStudyContract::learnerId);
        List<WorkStudyContract> broken = network.contracts().stream().filter(WorkStudyContract::isBroken).toList();
        assertThat(report.contracts().breakRate().numerator()).isEqualTo(broken.size());
        assertThat(share(report.contracts().breakRate())).isBetween(0.06, 0.15);

        Predicate<WorkStudyContract> replacedWithin30Days = contract -> byLearner.get(contract.learnerId()).stream()
                .anyMatch(next -> next.startDate().isAfter(contract.effectiveEndDate())
                        && !next.startDate().isAfter(contract.effectiveEndDate().plusDays(30))
                        && !next.hostId().equals(contract.hostId()));
        assertThat(broken).filteredOn(replacedWithin30Days).hasSizeGreaterThan(broken.size() / 3);
        // The console's early warnings have something to show.
        assertThat(broken).filteredOn(replacedWithin30Days.negate())
                .anyMatch(contract -> learners.get(contract.learnerId()).status() == LearnerStatus.IN_WORK_STUDY);
        assertThat(report.contracts().learnersInWorkStudyWithoutContract()).isPositive();
    }

    // ------------------------------------------------------------------ outcomes and jobs

    @Test
    void followUpsComeSixTwelveEighteenAndTwentyFourMonthsAfterLeavingAndNameTheEmployersOfSalariedLearners() {
        Map<LearnerId, List<EmploymentOutcome>> byLearner = byLearner(network.outcomes(), EmploymentOutcome::learnerId);
        for (EmploymentOutcome outcome : network.outcomes()) {
            Learner learner = learners.get(outcome.learnerId());
            LocalDate left = learner.leftOn().orElseThrow();
            assertThatCode(() -> outcome.requireObservedAfterLeaving(left)).doesNotThrowAnyException();
            assertThat(outcome.observedOn()).isBeforeOrEqualTo(AS_OF);
            if (outcome.situation().hasEmployer()) {
                Employer employer = outcome.employer().orElseThrow();
                // A new work-study contract may be with a host; a job is with a recruiter.
                List<PartnerRole> expected = outcome.situation() == Situation.HIRED_WORK_STUDY
                        ? List.of(PartnerRole.RECRUITER, PartnerRole.WORK_STUDY_HOST) : List.of(PartnerRole.RECRUITER);
                employer.partnerId().ifPresent(partner -> assertThat(partners.get(partner).rolesAt(learner.schoolId()))
                        .as("the employing partner's roles at the school").containsAnyElementsOf(expected));
            } else if (!outcome.situation().mayNameEmployer()) {
                assertThat(outcome.employer()).isEmpty();
            }
        }
        for (Learner learner : network.learners()) {
            List<EmploymentOutcome> followUps = byLearner.getOrDefault(learner.id(), List.of());
            Optional<LocalDate> left = learner.leftOn();
            int expected = left.isEmpty() || left.get().plusMonths(6).isAfter(AS_OF) ? 0
                    : left.get().plusMonths(12).isAfter(AS_OF) ? 1 : 2;
            // The latest follow-up due may not be made yet while its observation window is open.
            boolean latestMayBeLate = expected > 0 && lateFollowUpPossible(left.get().plusMonths(6 * expected));
            // Those at +18 and +24 months are answered by some leavers only.
            int longer = expected < 2 ? 0 : (int) java.util.stream.Stream.of(18, 24)
                    .filter(months -> !left.get().plusMonths(months).isAfter(AS_OF)).count();
            assertThat(followUps.size()).as("follow-ups of %s", learner)
                    .isBetween(latestMayBeLate ? expected - 1 : expected, expected + longer);
            if (!followUps.isEmpty()) {
                assertThat(followUps.getFirst().observedOn())
                        .isBetween(left.get().plusMonths(6).minusDays(7), left.get().plusMonths(6).plusDays(10));
            }
        }
        long salaried = network.outcomes().stream().filter(outcome -> outcome.situation().hasEmployer()).count();
        long byPartners = network.outcomes().stream()
                .filter(outcome -> outcome.employer().flatMap(Employer::partnerId).isPresent()).count();
        assertThat(byPartners).as("most employers are partners").isGreaterThan(salaried / 2);
        assertThat(network.outcomes()).extracting(EmploymentOutcome::situation)
                .contains(Situation.PERMANENT_CONTRACT, Situation.FIXED_TERM_6_MONTHS_OR_MORE,
                        Situation.TEMPORARY_AGENCY_WORK, Situation.HIRED_WORK_STUDY, Situation.SELF_EMPLOYED,
                        Situation.FURTHER_STUDIES, Situation.JOB_SEEKING, Situation.INACTIVE, Situation.UNKNOWN);
    }

    @Test
    void someFollowUpsOverdueInTheirStillOpenWindowAreNotMadeYet() {
        Map<LearnerId, List<EmploymentOutcome>> byLearner = byLearner(network.outcomes(), EmploymentOutcome::learnerId);
        int overdue = 0;
        int late = 0;
        for (Learner learner : network.learners()) {
            for (int months : List.of(6, 12)) {
                Optional<LocalDate> due = learner.leftOn().map(left -> left.plusMonths(months))
                        .filter(DemoNetworkGeneratorTest::lateFollowUpPossible);
                if (due.isPresent()) {
                    LocalDate windowOpens = due.get().minusMonths(FollowUp.OBSERVATION_WINDOW_MONTHS);
                    overdue++;
                    late += byLearner.getOrDefault(learner.id(), List.of()).stream()
                            .anyMatch(outcome -> !outcome.observedOn().isBefore(windowOpens)) ? 0 : 1;
                }
            }
        }

        assertThat(late).as("the console's overdue follow-ups have something to show").isPositive()
                .isLessThan(overdue);
    }

    /** A follow-up due on that day is overdue on the generation date, its window still open. */
    private static boolean lateFollowUpPossible(LocalDate dueOn) {
        return dueOn.isBefore(AS_OF) && !dueOn.plusMonths(FollowUp.OBSERVATION_WINDOW_MONTHS).isBefore(AS_OF);
    }

    @Test
    void theNetworkClaimsAboutFiveHundredJobs() {
        assertThat(report.jobsCreated()).isBetween(450L, 550L);
    }

    // ------------------------------------------------------------------ scale

    @Test
    void theStandardScaleIsOneGroupFollowedUpAtEveryHorizon() {
        assertThat(DemoScale.standard()).isEqualTo(new DemoScale(1, 4));
    }

    @Test
    void aScaleRefusesWhatCannotBeGenerated() {
        assertThatThrownBy(() -> new DemoScale(0, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DemoScale(DemoScale.MAX_COPIES + 1, 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DemoScale(1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DemoScale(1, DemoScale.MAX_FOLLOW_UPS + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DemoScale.forBenchmark(0, 1_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DemoScale.forBenchmark(1_000, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DemoScale.forBenchmark(Integer.MAX_VALUE, 1_000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DemoScale.forBenchmark(1_000, Integer.MAX_VALUE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DemoNetworkGenerator().generate(null, AS_OF))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new DemoNetworkGenerator().generate(DemoScale.standard(), null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void forBenchmarkPicksAScaleReachingAHundredThousandLearnersAndAMillionFollowUps() {
        DemoScale scale = DemoScale.forBenchmark(100_000, 1_000_000);
        assertThat(scale.copiesOfEachCohort()).isGreaterThan(1);
        assertThat(scale.followUpsPerLeaver()).isGreaterThan(2);

        // Each copy of a cohort draws from streams of its own, so one copy tells what each adds.
        DemoNetwork oneCopy = new DemoNetworkGenerator().generate(new DemoScale(1, scale.followUpsPerLeaver()), AS_OF);
        long learnersReached = (long) oneCopy.learners().size() * scale.copiesOfEachCohort();
        long outcomesReached = (long) oneCopy.outcomes().size() * scale.copiesOfEachCohort();
        assertThat(learnersReached).isBetween(85_000L, 115_000L);
        assertThat(outcomesReached).isBetween(850_000L, 1_150_000L);

        assertThat(oneCopy.learners()).isEqualTo(network.learners());
        Map<LearnerId, List<EmploymentOutcome>> byLearner = byLearner(oneCopy.outcomes(), EmploymentOutcome::learnerId);
        assertThat(byLearner.values()).allSatisfy(followUps -> {
            assertThat(followUps).hasSizeLessThanOrEqualTo(scale.followUpsPerLeaver());
            LocalDate left = learners.get(followUps.getFirst().learnerId()).leftOn().orElseThrow();
            assertThat(followUps).allSatisfy(outcome ->
                    assertThat(outcome.observedOn()).isAfterOrEqualTo(left).isBeforeOrEqualTo(AS_OF));
        });
    }

    @Test
    void copiesAddDistinctlyNamedGroupsToEveryCohort() {
        DemoNetwork twice = new DemoNetworkGenerator().generate(new DemoScale(2, 2), AS_OF);

        assertThat(twice.cohorts()).hasSize(2 * network.cohorts().size()).containsAll(network.cohorts());
        assertThat(twice.cohorts()).extracting(cohort -> cohort.schoolId() + cohort.name()).doesNotHaveDuplicates();
        assertThat(twice.cohorts()).extracting(Cohort::name).contains("Promo 2019", "Promo 2019 — groupe 2");
        assertThat((double) twice.learners().size() / network.learners().size()).isBetween(1.85, 2.15);
        assertThat(twice.schools()).isEqualTo(network.schools());
        assertThat(twice.learners()).extracting(learner -> learner.email().value()).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2017-06-01", "2018-10-01", "2019-06-30", "2021-02-15", "2030-06-01"})
    void aNetworkCanBeGeneratedAsOfAnyDate(String date) {
        LocalDate asOf = LocalDate.parse(date);
        DemoNetwork then = new DemoNetworkGenerator().generate(DemoScale.standard(), asOf);

        assertThat(then.schools()).hasSize(network.schools().size()).allSatisfy(school -> {
            if (school.status() == SchoolStatus.PLANNED) {
                assertThat(school.openedOn()).hasValueSatisfying(on -> assertThat(on).isAfter(asOf));
            } else {
                assertThat(school.openedOn().orElseThrow()).isBeforeOrEqualTo(asOf);
            }
        });
        assertThat(then.cohorts()).allMatch(cohort -> !cohort.startDate().isAfter(asOf));
        assertThat(then.applicants()).allMatch(applicant -> !applicant.lastChangedOn().isAfter(asOf));
        assertThat(then.contracts()).allMatch(contract -> !contract.startDate().isAfter(asOf));
        assertThat(then.outcomes()).allMatch(outcome -> !outcome.observedOn().isAfter(asOf));
        assertThat(then.learners()).allMatch(learner -> learner.leftOn().map(on -> !on.isAfter(asOf)).orElse(true));
        assertThatCode(() -> Indicators.report(then.indicatorInputs(), asOf)).doesNotThrowAnyException();
    }

    // ------------------------------------------------------------------ helpers

    private static School castelnau() {
        return network.schools().stream().filter(school -> school.town().equals("Castelnau-le-Lez")).collect(onlyOne());
    }

    private static School school(SchoolId id) {
        return network.schools().stream().filter(school -> school.id().equals(id)).collect(onlyOne());
    }

    private static Partner partner(String legalName) {
        return network.partners().stream().filter(partner -> partner.legalName().equals(legalName)).collect(onlyOne());
    }

    private static <T> Collector<T, ?, T> onlyOne() {
        return collectingAndThen(toList(), found -> {
            assertThat(found).hasSize(1);
            return found.getFirst();
        });
    }

    private static <T> Map<LearnerId, List<T>> byLearner(List<T> records, Function<T, LearnerId> learner) {
        return records.stream().collect(groupingBy(learner));
    }

    private static double share(Rate rate) {
        return (double) rate.numerator() / rate.denominator();
    }
}

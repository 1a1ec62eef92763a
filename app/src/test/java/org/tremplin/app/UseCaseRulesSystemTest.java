package org.tremplin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tremplin.app.UseCaseSteps.programmeNamed;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.identity.Permission;
import org.tremplin.application.cohort.CohortDetails;
import org.tremplin.domain.error.ForbiddenException;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.funding.FundingAdministration;
import org.tremplin.application.funding.FundingAdministrationService;
import org.tremplin.application.learner.LearnerAdministration;
import org.tremplin.application.learner.VisibleLearner;
import org.tremplin.application.outcome.OutcomeDetails;
import org.tremplin.application.outcome.OutcomeRecording;
import org.tremplin.application.outcome.OutcomeRecordingService;
import org.tremplin.application.partner.PartnerAdministration;
import org.tremplin.application.partner.PartnerDetails;
import org.tremplin.application.person.PersonDetails;
import org.tremplin.application.port.out.AuditTrail;
import org.tremplin.application.port.in.SchoolFilter;
import org.tremplin.application.port.in.SchoolSortKey;
import org.tremplin.application.school.SchoolAdministration;
import org.tremplin.application.school.SchoolDetails;
import org.tremplin.application.workstudy.ContractTerms;
import org.tremplin.application.workstudy.WorkStudyAdministration;
import org.tremplin.application.workstudy.WorkStudyAdministrationService;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.error.InvalidValueException;
import org.tremplin.domain.error.RuleViolationException;
import org.tremplin.domain.outcome.Situation;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.partner.PartnerKind;
import org.tremplin.domain.partner.PartnerRole;
import org.tremplin.domain.person.Diploma;
import org.tremplin.domain.person.Gender;
import org.tremplin.domain.person.InclusionProfile;
import org.tremplin.domain.school.Region;
import org.tremplin.domain.school.School;
import org.tremplin.domain.workstudy.ContractKind;

/** The rules that need more than one record, as the use cases enforce them. */
@MicronautTest
@Property(name = "tremplin.demo-data.enabled", value = "false")
class UseCaseRulesSystemTest {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    @Inject
    UseCaseSteps steps;
    @Inject
    SchoolAdministration schools;
    @Inject
    PartnerAdministration partners;
    @Inject
    LearnerAdministration learners;
    @Inject
    WorkStudyAdministration workStudy;
    @Inject
    OutcomeRecording outcomes;
    @Inject
    FundingAdministration funding;
    @Inject
    AuditTrail auditTrail;

    private School school;
    private Cohort cohort;
    private Partner company;

    @BeforeEach
    void aSchoolWithACohortAndAnUnengagedCompany() {
        int n = SEQUENCE.incrementAndGet();
        school = steps.planSchool(new SchoolDetails("École IA test " + n, "Montpellier", Region.OCCITANIE, "34"));
        cohort = steps.openCohort(school, programmeNamed("Data IA " + n),
                new CohortDetails("Promo 2022", LocalDate.of(2022, 10, 3), 24));
        company = steps.asAdmin(() -> partners.register(new PartnerDetails("Entreprise " + n, PartnerKind.TECH_COMPANY,
                Optional.empty())));
    }

    @Test
    void a_contract_needs_a_host_engaged_with_the_learners_school_and_never_overlaps() {
        VisibleLearner learner = inWorkStudy("overlap" + System.nanoTime() + "@exemple.invalid");
        ContractTerms terms = new ContractTerms(ContractKind.APPRENTICESHIP, cohort.calendar().workStudyStart(),
                cohort.calendar().workStudyEnd(), "Apprentie data", "Tuteur");

        assertThatThrownBy(() -> steps.asAdmin(() -> workStudy.sign(learner.id(), company.id(), terms)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        refused -> assertThat(refused.code()).isEqualTo(ErrorCodes.HOST_NOT_ENGAGED));
        Partner host = steps.asAdmin(() -> partners.engage(company.id(), company.version(), school.id(),
                EnumSet.of(PartnerRole.WORK_STUDY_HOST)));
        steps.asAdmin(() -> workStudy.sign(learner.id(), host.id(), terms));
        ContractTerms overlapping = new ContractTerms(ContractKind.PROFESSIONALISATION,
                cohort.calendar().workStudyStart().plusMonths(3), cohort.calendar().workStudyEnd(), "Autre", "Autre");
        assertThatThrownBy(() -> steps.asAdmin(() -> workStudy.sign(learner.id(), host.id(), overlapping)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        refused -> assertThat(refused.code()).isEqualTo(ErrorCodes.CONTRACT_OVERLAP));
    }

    @Test
    void an_outcome_is_recorded_only_for_someone_who_has_left() {
        VisibleLearner learner = inWorkStudy("outcome" + System.nanoTime() + "@exemple.invalid");
        OutcomeDetails job = new OutcomeDetails(LocalDate.of(2024, 1, 8), Situation.PERMANENT_CONTRACT, Optional.empty(),
                Optional.of("Entreprise X"), Optional.empty());

        assertThatThrownBy(() -> steps.asAdmin(() -> outcomes.record(learner.id(), job)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        refused -> assertThat(refused.code()).isEqualTo(ErrorCodes.LEARNER_NOT_LEFT));
        VisibleLearner graduate = steps.asAdmin(() -> learners.graduate(learner.id(), learner.version(), LocalDate.of(2023, 10, 2)));
        assertThatThrownBy(() -> steps.asAdmin(() -> outcomes.record(graduate.id(), new OutcomeDetails(
                LocalDate.of(2023, 9, 1), Situation.JOB_SEEKING, Optional.empty(), Optional.empty(), Optional.empty()))))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        refused -> assertThat(refused.field()).contains("observedOn"));
        assertThat(steps.asAdmin(() -> outcomes.record(graduate.id(), job)).situation()).isEqualTo(Situation.PERMANENT_CONTRACT);
    }

    @Test
    void only_a_funder_of_the_school_commits_money_and_amounts_are_read_in_french() {
        assertThatThrownBy(() -> steps.asAdmin(() -> funding.commit(company.id(), school.id(), Optional.empty(), "1000", 2022)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        refused -> assertThat(refused.code()).isEqualTo(ErrorCodes.FUNDER_NOT_ENGAGED));
        Partner funder = steps.asAdmin(() -> partners.engage(company.id(), company.version(), school.id(),
                Set.of(PartnerRole.FUNDER)));

        var commitment = steps.asAdmin(() -> funding.commit(funder.id(), school.id(), Optional.of(cohort.id()), "125000,50",
                2022));

        assertThat(commitment.amount().cents()).isEqualTo(12_500_050L);
        assertThatThrownBy(() -> steps.asAdmin(() -> funding.commit(funder.id(), school.id(), Optional.empty(), "12,345", 2022)))
                .isInstanceOfSatisfying(InvalidValueException.class, invalid -> assertThat(invalid.field()).contains("amount"));
    }

    @Test
    void a_manager_scoped_to_a_school_sees_only_that_school_and_cannot_create_one() {
        Actor manager = new Actor("manager-3", EnumSet.of(Permission.READ_NETWORK, Permission.MANAGE_NETWORK),
                Optional.of(Set.of(school.id())));

        var visible = steps.as(manager, () -> schools.list(SchoolFilter.all(), Sort.ascending(SchoolSortKey.NAME),
                PageRequest.first(50)));

        assertThat(visible.items()).extracting(School::id).containsExactly(school.id());
        assertThatThrownBy(() -> steps.as(manager, () -> schools.plan(new SchoolDetails("École IA pirate", "Sète",
                Region.OCCITANIE, "34"), Optional.empty()))).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void every_change_leaves_an_audit_entry_without_personal_data() {
        VisibleLearner learner = inWorkStudy("audit" + System.nanoTime() + "@exemple.invalid");

        var entries = auditTrail.since(java.time.Instant.EPOCH, 10_000);

        assertThat(entries).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("learner.work-study-started");
            assertThat(entry.recordId()).isEqualTo(learner.id().toString());
            assertThat(entry.actor()).isEqualTo("system");
        });
        assertThat(entries).noneSatisfy(entry -> assertThat(entry.toString()).contains("exemple.invalid"));
    }

    private VisibleLearner inWorkStudy(String email) {
        PersonDetails person = new PersonDetails("Inès", "Moreau", email,
                new InclusionProfile(Gender.WOMAN, LocalDate.of(2000, 2, 2), Optional.empty(), false, Diploma.BELOW_BAC),
                Optional.empty());
        VisibleLearner inCentre = steps.inCentreThroughSelection(cohort, person, LocalDate.of(2022, 6, 1),
                LocalDate.of(2022, 6, 15), LocalDate.of(2022, 7, 1));
        return steps.asAdmin(() -> learners.startWorkStudy(inCentre.id(), inCentre.version(),
                cohort.calendar().workStudyStart()));
    }
}

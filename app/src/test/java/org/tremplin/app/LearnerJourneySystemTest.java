package org.tremplin.app;

import org.tremplin.domain.error.ErrorCodes;
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
import org.junit.jupiter.api.Test;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.identity.Permission;
import org.tremplin.application.cohort.CohortDetails;
import org.tremplin.domain.error.ConflictException;
import org.tremplin.domain.error.ForbiddenException;
import org.tremplin.application.indicator.IndicatorReporting;
import org.tremplin.application.learner.LearnerAdministration;
import org.tremplin.application.learner.VisibleLearner;
import org.tremplin.application.outcome.OutcomeDetails;
import org.tremplin.application.outcome.OutcomeRecording;
import org.tremplin.application.partner.PartnerAdministration;
import org.tremplin.application.partner.PartnerDetails;
import org.tremplin.application.person.PersonDetails;
import org.tremplin.application.port.in.IndicatorScope;
import org.tremplin.application.programme.ProgrammeDetails;
import org.tremplin.application.school.SchoolAdministration;
import org.tremplin.application.school.SchoolDetails;
import org.tremplin.application.workstudy.ContractTerms;
import org.tremplin.application.workstudy.WorkStudyAdministration;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.error.InvalidValueException;
import org.tremplin.domain.learner.LearnerStatus;
import org.tremplin.domain.outcome.Situation;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.partner.PartnerKind;
import org.tremplin.domain.partner.PartnerRole;
import org.tremplin.domain.person.DisabilityStatus;
import org.tremplin.domain.person.Diploma;
import org.tremplin.domain.person.Gender;
import org.tremplin.domain.person.InclusionProfile;
import org.tremplin.domain.school.Region;
import org.tremplin.domain.school.School;
import org.tremplin.domain.workstudy.ContractKind;

/**
 * One person's way through the wired application, from application to a job, through the inbound
 * ports only, as the console and the API will drive it.
 */
@MicronautTest
@Property(name = "tremplin.demo-data.enabled", value = "false")
class LearnerJourneySystemTest {
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
    IndicatorReporting indicators;

    @Test
    void from_application_to_a_permanent_job() {
        School planned = steps.planSchool(new SchoolDetails("École IA Sète", "Sète", Region.OCCITANIE, "34"));
        School openSchool = steps.asAdmin(() -> schools.open(planned.id(), planned.version(), LocalDate.of(2019, 9, 2)));
        Cohort cohort = steps.openCohort(openSchool, new ProgrammeDetails("Développeur·se Data IA", Optional.empty(),
                Optional.of(6), Optional.empty(), Optional.empty()),
                new CohortDetails("Promo 2022", LocalDate.of(2022, 10, 3), 24));
        Partner host = steps.asAdmin(() -> partners.register(new PartnerDetails("Datavia", PartnerKind.START_UP,
                Optional.of("732 829 320 00074"))));
        Partner engaged = steps.asAdmin(() -> partners.engage(host.id(), host.version(), openSchool.id(),
                EnumSet.of(PartnerRole.WORK_STUDY_HOST, PartnerRole.RECRUITER)));

        VisibleLearner inCentre = steps.inCentreThroughSelection(cohort, person("amina.diallo@exemple.invalid"),
                LocalDate.of(2022, 7, 4), LocalDate.of(2022, 7, 20), LocalDate.of(2022, 9, 1));
        LocalDate workStudyStart = cohort.calendar().workStudyStart();
        VisibleLearner inWorkStudy = steps.asAdmin(() -> learners.startWorkStudy(inCentre.id(), inCentre.version(), workStudyStart));
        steps.asAdmin(() -> workStudy.sign(inWorkStudy.id(), engaged.id(), new ContractTerms(ContractKind.APPRENTICESHIP,
                workStudyStart, cohort.calendar().workStudyEnd(), "Data analyst apprentie", "Jeanne Martin")));
        VisibleLearner graduate = steps.asAdmin(() -> learners.graduate(inWorkStudy.id(), inWorkStudy.version(),
                cohort.calendar().workStudyEnd()));
        steps.asAdmin(() -> outcomes.record(graduate.id(), new OutcomeDetails(cohort.calendar().workStudyEnd().plusMonths(6),
                Situation.PERMANENT_CONTRACT, Optional.of(engaged.id()), Optional.empty(), Optional.of("Data analyst"))));

        var report = steps.asAdmin(() -> indicators.report(new IndicatorScope.OfSchool(openSchool.id()),
                LocalDate.of(2025, 1, 1)));
        assertThat(graduate.status()).isEqualTo(LearnerStatus.GRADUATED);
        assertThat(graduate.ageAtEntry()).isEqualTo(26);
        assertThat(report.jobsCreated()).isEqualTo(1);
        assertThat(report.training().graduated()).isEqualTo(1);
        assertThat(report.contracts().contracts()).isEqualTo(1);
    }

    @Test
    void an_edit_based_on_an_old_version_is_refused_and_the_newer_edit_kept() {
        School planned = steps.asAdmin(() -> schools.plan(new SchoolDetails("École IA Albi", "Albi", Region.OCCITANIE, "81"),
                Optional.empty()));
        School renamed = steps.asAdmin(() -> schools.change(planned.id(), planned.version(),
                new SchoolDetails("École IA Albi-Tarn", "Albi", Region.OCCITANIE, "81")));

        assertThatThrownBy(() -> steps.asAdmin(() -> schools.change(planned.id(), planned.version(),
                new SchoolDetails("École IA Tarn", "Albi", Region.OCCITANIE, "81"))))
                .isInstanceOfSatisfying(ConflictException.class,
                        conflict -> assertThat(conflict.code()).isEqualTo(ErrorCodes.STALE_VERSION));
        assertThat(steps.asAdmin(() -> schools.get(planned.id())).name()).isEqualTo(renamed.name());
    }

    @Test
    void every_mistake_of_a_form_is_reported_at_once() {
        assertThatThrownBy(() -> steps.asAdmin(() -> schools.plan(new SchoolDetails(" ", "", Region.BRETAGNE, "34"),
                Optional.empty())))
                .isInstanceOfSatisfying(InvalidValueException.class, invalid -> assertThat(invalid.violations())
                        .extracting(violation -> violation.field()).containsExactly("name", "town"));
    }

    @Test
    void health_data_is_shown_only_to_callers_allowed_to_read_it() {
        School school = steps.planSchool(new SchoolDetails("École IA Nîmes", "Nîmes", Region.OCCITANIE, "30"));
        Cohort cohort = steps.openCohort(school, programmeNamed("Data IA"),
                new CohortDetails("Promo 2023", LocalDate.of(2023, 10, 2), 20));
        VisibleLearner learner = steps.asAdmin(() -> learners.enrol(cohort.id(), person("rqth@exemple.invalid"),
                cohort.startDate()));
        Actor schoolManager = new Actor("manager-1", EnumSet.of(Permission.READ_PERSONAL_DATA, Permission.MANAGE_LEARNERS),
                Optional.of(Set.of(school.id())));
        Actor otherSchoolManager = new Actor("manager-2", EnumSet.of(Permission.READ_PERSONAL_DATA),
                Optional.of(Set.of()));

        assertThat(learner.disability()).contains(DisabilityStatus.RECOGNISED);
        assertThat(steps.as(schoolManager, () -> learners.get(learner.id())).disability()).isEmpty();
        assertThatThrownBy(() -> steps.as(schoolManager, () -> learners.correct(learner.id(), learner.version(),
                person("rqth@exemple.invalid")))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> steps.as(otherSchoolManager, () -> learners.get(learner.id())))
                .isInstanceOf(ForbiddenException.class);
    }

    private static PersonDetails person(String email) {
        return new PersonDetails("Amina", "Diallo", email, new InclusionProfile(Gender.WOMAN, LocalDate.of(1996, 5, 12),
                Optional.of(LocalDate.of(2021, 2, 1)), true, Diploma.BAC), Optional.of(DisabilityStatus.RECOGNISED));
    }
}

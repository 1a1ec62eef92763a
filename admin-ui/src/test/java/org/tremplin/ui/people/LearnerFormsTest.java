package org.tremplin.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tremplin.application.cohort.CohortAdministration;
import org.tremplin.application.learner.LearnerAdministration;
import org.tremplin.application.learner.VisibleLearner;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.identity.Role;
import org.tremplin.domain.learner.DropOutReason;
import org.tremplin.domain.learner.LearnerStatus;
import org.tremplin.domain.person.DisabilityStatus;
import org.tremplin.ui.access.AccessDeniedView;
import org.tremplin.ui.form.ConflictDialog;
import org.tremplin.ui.testing.FakeLearnerAdministration;
import org.tremplin.ui.testing.FakeScopedCohorts;
import org.tremplin.ui.testing.FormTestSupport;

class LearnerFormsTest extends FormTestSupport {
    private final FakeLearnerAdministration learners = new FakeLearnerAdministration();

    LearnerFormsTest() {
        provide(LearnerAdministration.class, learners);
        provide(CohortAdministration.class, new FakeScopedCohorts());
    }

    private void someLearners(Optional<DisabilityStatus> disability) {
        learners.add("Awa", "Diallo", LearnerStatus.IN_CENTRE, LocalDate.of(2026, 1, 5), disability)
                .add("Inès", "Benali", LearnerStatus.IN_WORK_STUDY, LocalDate.of(2025, 9, 1), disability);
    }

    @Test
    void a_direct_enrolment_adds_the_learner() {
        someLearners(Optional.empty());
        openTheEnrolmentInCastelnauAsAnAdministrator();
        fillPerson("Léa", "Moreau", "lea.moreau@example.org");
        test(button("learner-save")).click();

        assertThat(test(grid()).size()).isEqualTo(3);
        VisibleLearner added = learners.named("Moreau");
        assertThat(added.cohortId()).isEqualTo(FakeScopedCohorts.CASTELNAU.id());
        assertThat(added.status()).isEqualTo(LearnerStatus.ENROLLED);
        assertThat(added.enrolledOn()).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void a_person_too_young_on_enrolment_is_told_beside_the_date_of_birth_and_nothing_typed_is_lost() {
        openTheEnrolmentInCastelnauAsAnAdministrator();
        fillPerson("Léa", "Moreau", "lea.moreau@example.org");
        find(DatePicker.class).withId("learner-date-of-birth").single().setValue(LocalDate.of(2014, 1, 1));

        test(button("learner-save")).click();

        assertThat(find(DatePicker.class).withId("learner-date-of-birth").single().getErrorMessage())
                .isEqualTo("La personne doit avoir au moins 16 ans.");
        assertThat(textField("learner-family-name").getValue()).isEqualTo("Moreau");
        assertThat(test(grid()).size()).isZero();
    }

    @Test
    void every_empty_field_of_the_profile_is_marked_on_the_first_save() {
        openTheEnrolmentInCastelnauAsAnAdministrator();
        test(textField("learner-given-name")).setValue("Léa");
        test(textField("learner-family-name")).setValue("Moreau");
        test(textField("learner-email")).setValue("lea.moreau@example.org");

        test(button("learner-save")).click();

        assertThat(select("learner-gender").getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
        assertThat(datePicker("learner-date-of-birth").getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
        assertThat(select("learner-diploma").getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
        assertThat(textField("learner-family-name").getValue()).isEqualTo("Moreau");
        assertThat(test(grid()).size()).isZero();
    }

    @Test
    void a_status_change_is_recorded_on_its_date_and_a_drop_out_names_its_reason() {
        someLearners(Optional.empty());
        signInAs(Role.SCHOOL_MANAGER);
        navigate(LearnersView.class);
        clickInRow(grid(), rowOf("Diallo"), "learner-status");
        assertThat(find(Select.class).withId("learner-drop-out-reason").exists()).as("no reason before a drop-out")
                .isFalse();

        test(this.<LearnerStatus>select("learner-next-status")).selectItem("Abandon");
        test(this.<DropOutReason>select("learner-drop-out-reason")).selectItem("Déménagement");
        find(DatePicker.class).withId("learner-status-date").single().setValue(LocalDate.of(2026, 2, 20));
        test(button("learner-status-save")).click();

        VisibleLearner learner = learners.named("Diallo");
        assertThat(learner.status()).isEqualTo(LearnerStatus.DROPPED_OUT);
        assertThat(learner.dropOut()).hasValueSatisfying(dropOut -> {
            assertThat(dropOut.on()).isEqualTo(LocalDate.of(2026, 2, 20));
            assertThat(dropOut.reason()).isEqualTo(DropOutReason.RELOCATION);
        });
        assertThat(test(grid()).getCellText(rowOf("Diallo"), 3)).isEqualTo("Abandon");
    }

    @Test
    void a_move_the_domain_refuses_is_told_in_the_form() {
        someLearners(Optional.empty());
        signInAs(Role.ADMIN);
        navigate(LearnersView.class);
        clickInRow(grid(), rowOf("Diallo"), "learner-status");
        test(this.<LearnerStatus>select("learner-next-status")).selectItem("Diplômé");

        test(button("learner-status-save")).click();

        assertThat(select("learner-next-status").getErrorMessage())
                .isEqualTo("Cet apprenant ou cette apprenante ne peut pas passer à ce statut.");
        assertThat(learners.named("Diallo").status()).isEqualTo(LearnerStatus.IN_CENTRE);
    }

    @Test
    void a_stale_status_change_asks_and_overwrites_nothing() {
        someLearners(Optional.empty());
        signInAs(Role.ADMIN);
        navigate(LearnersView.class);
        clickInRow(grid(), rowOf("Benali"), "learner-status");
        test(this.<LearnerStatus>select("learner-next-status")).selectItem("Diplômé");
        learners.changeElsewhere("Benali");

        test(button("learner-status-save")).click();

        assertThat(find(ConflictDialog.class).single().isOpened()).isTrue();
        assertThat(learners.named("Benali").status()).isEqualTo(LearnerStatus.IN_WORK_STUDY);
        test(button("conflict-cancel")).click();
        assertThat(select("learner-next-status").getValue()).as("the choice is kept").isEqualTo(LearnerStatus.GRADUATED);
    }

    @Test
    void a_correction_of_someone_allowed_to_read_health_data_shows_and_keeps_the_rqth_status() {
        someLearners(Optional.of(DisabilityStatus.RECOGNISED));
        signInAs(Role.SCHOOL_MANAGER);
        navigate(LearnersView.class);
        clickInRow(grid(), rowOf("Diallo"), "learner-correct");

        assertThat(select("learner-disability").getValue()).isEqualTo(DisabilityStatus.RECOGNISED);
        test(textField("learner-email")).setValue("awa.d@example.org");
        test(button("learner-save")).click();

        assertThat(learners.named("Diallo").email().value()).isEqualTo("awa.d@example.org");
        assertThat(learners.named("Diallo").disability()).contains(DisabilityStatus.RECOGNISED);
    }

    @Test
    void no_rqth_field_when_the_use_case_gives_no_status() {
        someLearners(Optional.empty());
        signInAs(Role.ADMIN);
        navigate(LearnersView.class);
        clickInRow(grid(), rowOf("Diallo"), "learner-correct");

        assertThat(find(Select.class).withId("learner-disability").exists()).isFalse();
        assertThat(textField("learner-family-name").getValue()).isEqualTo("Diallo");
    }

    @Test
    void a_stale_correction_asks_and_reload_shows_the_stored_details() {
        someLearners(Optional.empty());
        signInAs(Role.ADMIN);
        navigate(LearnersView.class);
        clickInRow(grid(), rowOf("Diallo"), "learner-correct");
        test(textField("learner-given-name")).setValue("Awa Marie");
        learners.changeElsewhere("Diallo");

        test(button("learner-save")).click();

        assertThat(find(ConflictDialog.class).single().isOpened()).isTrue();
        test(button("conflict-reload")).click();
        assertThat(textField("learner-given-name").getValue()).isEqualTo("Awa");
        test(textField("learner-given-name")).setValue("Awa Marie");
        test(button("learner-save")).click();
        assertThat(learners.named("Diallo").name().givenName()).isEqualTo("Awa Marie");
    }

    @Test
    void a_manager_enrols_only_in_cohorts_of_their_own_schools() {
        signInAs(Role.SCHOOL_MANAGER, Set.of(FakeLearnerAdministration.SCHOOL));
        navigate(LearnersView.class);
        test(button("learners-enrol")).click();

        assertThat(test(cohortChoice()).getSuggestions()).containsExactly("Roubaix 2026");
    }

    @Test
    void the_name_and_e_mail_columns_are_wide_enough_to_read() {
        someLearners(Optional.empty());
        signInAs(Role.ADMIN);
        navigate(LearnersView.class);

        assertThat(grid().getColumns().get(0).getWidth()).isEqualTo("16rem");
        assertThat(grid().getColumns().get(1).getWidth()).isEqualTo("20rem");
    }

    @Test
    void a_funder_may_not_open_the_learners() {
        signInAs(Role.FUNDER_VIEWER);

        assertThat(navigate("learners", AccessDeniedView.class)).isNotNull();
        assertThat(find(Button.class).withId("learners-enrol").exists()).isFalse();
    }

    /** The enrolment form of an administrator, the Castelnau-le-Lez cohort and the enrolment date chosen. */
    private void openTheEnrolmentInCastelnauAsAnAdministrator() {
        signInAs(Role.ADMIN);
        navigate(LearnersView.class);
        test(button("learners-enrol")).click();
        test(cohortChoice()).selectItem("Castelnau-le-Lez 2026");
        datePicker("learner-enrolled-on").setValue(LocalDate.of(2026, 3, 2));
    }

    private void fillPerson(String given, String family, String email) {
        fillPerson("learner", given, family, email, "Homme", LocalDate.of(1999, 6, 30), "Infra-bac");
    }

    private int rowOf(String family) {
        return rowWhere(grid(), row -> row.name().familyName().equals(family), family);
    }

    private ComboBox<Cohort> cohortChoice() {
        return comboBox("learner-cohort");
    }

    @SuppressWarnings("unchecked")
    private Grid<VisibleLearner> grid() {
        return find(Grid.class).withId("learners-grid").single();
    }
}

package org.tremplin.ui.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tremplin.application.cohort.CohortAdministration;
import org.tremplin.application.programme.ProgrammeAdministration;
import org.tremplin.application.school.SchoolAdministration;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.identity.Role;
import org.tremplin.domain.school.Region;
import org.tremplin.domain.school.School;
import org.tremplin.ui.form.ConflictDialog;
import org.tremplin.ui.testing.FormTestSupport;
import org.tremplin.ui.testing.FakeCohortAdministration;
import org.tremplin.ui.testing.FakeProgrammeAdministration;
import org.tremplin.ui.testing.FakeSchoolAdministration;

class CohortFormsTest extends FormTestSupport {
    private final FakeSchoolAdministration schools = new FakeSchoolAdministration()
            .add("École IA Roubaix", "Roubaix", Region.HAUTS_DE_FRANCE, "59", LocalDate.of(2019, 9, 2))
            .add("École IA Castelnau", "Castelnau-le-Lez", Region.OCCITANIE, "34", LocalDate.of(2020, 1, 6));
    private final FakeProgrammeAdministration programmes = new FakeProgrammeAdministration()
            .add("Développeur·se Data IA", "RNCP37827");
    private final FakeCohortAdministration cohorts = new FakeCohortAdministration(programmes)
            .add(schools.named("École IA Roubaix").id(), programmes.titled("Développeur·se Data IA"), "Roubaix 2025",
                    LocalDate.of(2025, 1, 31), 20)
            .add(schools.named("École IA Castelnau").id(), programmes.titled("Développeur·se Data IA"),
                    "Castelnau 2026", LocalDate.of(2026, 3, 2), 18);

    CohortFormsTest() {
        provide(SchoolAdministration.class, schools);
        provide(ProgrammeAdministration.class, programmes);
        provide(CohortAdministration.class, cohorts);
    }

    @Test
    void lists_the_cohorts_with_their_phase_calendar_and_filters_by_school() {
        signInAs(Role.FUNDER_VIEWER);
        navigate(CohortsView.class);
        var grid = test(grid());

        assertThat(grid.size()).isEqualTo(2);
        assertThat(grid.getCellText(1, 0)).isEqualTo("31/01/2025");
        assertThat(grid.getCellText(1, 1)).isEqualTo("Roubaix 2025");
        assertThat(grid.getCellText(1, 2)).isEqualTo("École IA Roubaix");
        assertThat(grid.getCellText(1, 3)).isEqualTo("Développeur·se Data IA");
        assertThat(grid.getCellText(1, 5)).isEqualTo("31/01/2025 – 30/08/2025");
        assertThat(grid.getCellText(1, 6)).isEqualTo("31/08/2025 – 30/08/2026");

        test(schoolFilter()).selectItem("École IA Castelnau");

        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(test(grid()).getRow(0).name()).isEqualTo("Castelnau 2026");
    }

    @Test
    void opening_a_cohort_adds_it_and_a_refused_value_is_told_beside_its_field() {
        signInAs(Role.ADMIN);
        navigate(CohortsView.class);
        test(button("cohorts-create")).click();
        test(button("cohort-save")).click();
        assertThat(select("cohort-school").getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
        assertThat(select("cohort-programme").getErrorMessage()).isEqualTo("Ce champ est obligatoire.");

        test(select("cohort-school")).selectItem("École IA Castelnau");
        test(select("cohort-programme")).selectItem("Développeur·se Data IA");
        test(find(TextField.class).withId("cohort-name").single()).setValue("Castelnau 2027");
        test(find(DatePicker.class).withId("cohort-start").single()).setValue(LocalDate.of(2027, 1, 11));
        test(seats()).setValue(500);
        test(button("cohort-save")).click();
        assertThat(seats().getErrorMessage()).isEqualTo("Cette valeur est hors des limites permises.");
        assertThat(find(TextField.class).withId("cohort-name").single().getValue()).isEqualTo("Castelnau 2027");

        test(seats()).setValue(16);
        test(button("cohort-save")).click();

        assertThat(test(grid()).size()).isEqualTo(3);
        assertThat(test(grid()).getRow(0).name()).isEqualTo("Castelnau 2027");
    }

    @Test
    void a_stale_reschedule_asks_and_reload_shows_the_stored_values_and_calendar() {
        signInAs(Role.SCHOOL_MANAGER);
        navigate(CohortsView.class);
        test(grid()).select(1);
        test(button("cohorts-edit")).click();
        cohorts.rescheduleElsewhere("Roubaix 2025", 24);
        test(seats()).setValue(22);

        test(button("cohort-save")).click();

        assertThat(find(ConflictDialog.class).single().isOpened()).isTrue();
        assertThat(cohorts.named("Roubaix 2025").seats()).isEqualTo(24);
        test(button("conflict-reload")).click();
        assertThat(seats().getValue()).isEqualTo(24);
        assertThat(find(Paragraph.class).withId("cohort-calendar").single().getText())
                .isEqualTo("En école : 31/01/2025 – 30/08/2025 ; en alternance : 31/08/2025 – 30/08/2026");
    }

    @Test
    void a_manager_is_told_when_the_use_case_refuses_a_school_outside_their_scope() {
        signInAs(Role.SCHOOL_MANAGER);
        cohorts.outOfScope.add(schools.named("École IA Roubaix").id());
        navigate(CohortsView.class);
        test(grid()).select(1);
        test(button("cohorts-edit")).click();
        test(seats()).setValue(22);

        test(button("cohort-save")).click();

        assertThat(find(Span.class).withText("Cette école ne fait pas partie de votre périmètre.").exists()).isTrue();
        assertThat(seats().getValue()).isEqualTo(22);
        assertThat(cohorts.named("Roubaix 2025").seats()).isEqualTo(20);
    }

    @Test
    void a_funder_viewer_sees_no_edit_button() {
        signInAs(Role.FUNDER_VIEWER);
        navigate(CohortsView.class);

        assertThat(find(Button.class).withId("cohorts-create").exists()).isFalse();
        assertThat(find(Button.class).withId("cohorts-edit").exists()).isFalse();
    }

    private IntegerField seats() {
        return find(IntegerField.class).withId("cohort-seats").single();
    }

    private Select<School> schoolFilter() {
        return select("cohorts-school-filter");
    }

    @SuppressWarnings("unchecked")
    private Grid<Cohort> grid() {
        return find(Grid.class).withId("cohorts-grid").single();
    }
}

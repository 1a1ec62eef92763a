package org.tremplin.ui.school;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tremplin.application.school.SchoolAdministration;
import org.tremplin.domain.identity.Role;
import org.tremplin.domain.school.Region;
import org.tremplin.domain.school.School;
import org.tremplin.domain.school.SchoolStatus;
import org.tremplin.ui.form.ConflictDialog;
import org.tremplin.ui.i18n.ConsoleTranslations;
import org.tremplin.ui.session.ConsoleLanguage;
import org.tremplin.ui.testing.FormTestSupport;
import org.tremplin.ui.testing.FakeSchoolAdministration;

class SchoolFormsTest extends FormTestSupport {
    private final FakeSchoolAdministration schools = new FakeSchoolAdministration()
            .add("École IA Roubaix", "Roubaix", Region.HAUTS_DE_FRANCE, "59", LocalDate.of(2019, 9, 2))
            .add("École IA Castelnau", "Castelnau-le-Lez", Region.OCCITANIE, "34", null);

    SchoolFormsTest() {
        provide(SchoolAdministration.class, schools);
    }

    @Test
    void the_domain_message_appears_beside_the_field_and_the_typed_values_stay() {
        openPlanningAsAdministrator();

        type("École IA Nîmes", "Nîmes", "Occitanie", "13");
        test(button("school-save")).click();

        TextField departement = textField("school-departement");
        assertThat(departement.isInvalid()).isTrue();
        assertThat(departement.getErrorMessage()).isEqualTo("Ce département n'appartient pas à la région choisie.");
        assertThat(textField("school-name").isInvalid()).isFalse();
        assertThat(textField("school-name").getValue()).isEqualTo("École IA Nîmes");
        assertThat(departement.getValue()).isEqualTo("13");
        assertThat(test(grid()).size()).as("nothing saved").isEqualTo(2);
    }

    @Test
    void an_english_session_reads_the_same_verdict_in_english() {
        signInAs(Role.ADMIN);
        ConsoleLanguage.choose(VaadinSession.getCurrent(), ConsoleTranslations.ENGLISH);
        UI.getCurrent().setLocale(ConsoleTranslations.ENGLISH);
        openPlanning();

        type("École IA Nîmes", "Nîmes", "Occitanie", "13");
        test(button("school-save")).click();

        assertThat(textField("school-departement").getErrorMessage())
                .isEqualTo("This département is not in the chosen region.");
    }

    @Test
    void every_missing_value_is_told_beside_its_own_field() {
        openPlanningAsAdministrator();

        test(button("school-save")).click();

        assertThat(textField("school-name").getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
        assertThat(textField("school-town").getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
        assertThat(region().getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
        assertThat(textField("school-departement").getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
    }

    @Test
    void planning_a_school_adds_it_to_the_grid() {
        openPlanningAsAdministrator();

        type("École IA Nîmes", "Nîmes", "Occitanie", "30");
        test(button("school-save")).click();

        var grid = test(grid());
        assertThat(grid.size()).isEqualTo(3);
        assertThat(grid.getRow(1).name()).isEqualTo("École IA Nîmes");
        assertThat(grid.getCellText(1, 4)).isEqualTo("En projet");
        assertThat(find(TextField.class).withId("school-name").exists()).as("form closed").isFalse();
    }

    @Test
    void a_stale_save_asks_and_reload_shows_the_stored_values() {
        saveATownAfterCastelnauWasRenamedElsewhere();

        assertThat(find(ConflictDialog.class).single().isOpened()).isTrue();
        assertThat(find(ConflictDialog.class).single().getHeaderTitle()).isEqualTo("Fiche modifiée entre-temps");
        assertThat(textField("school-town").getValue()).as("typed value kept until the user chooses").isEqualTo("Montpellier");
        assertThat(schools.named("École IA Montpellier-Castelnau").town()).as("nothing overwritten")
                .isEqualTo("Castelnau-le-Lez");

        test(button("conflict-reload")).click();

        assertThat(textField("school-name").getValue()).isEqualTo("École IA Montpellier-Castelnau");
        assertThat(textField("school-town").getValue()).isEqualTo("Castelnau-le-Lez");
        test(textField("school-town")).setValue("Montpellier");
        test(button("school-save")).click();
        assertThat(schools.named("École IA Montpellier-Castelnau").town()).as("saved on the reloaded version")
                .isEqualTo("Montpellier");
    }

    @Test
    void cancel_in_the_conflict_dialog_keeps_the_typed_values_unsaved() {
        saveATownAfterCastelnauWasRenamedElsewhere();

        test(button("conflict-cancel")).click();

        assertThat(find(ConflictDialog.class).exists()).isFalse();
        assertThat(textField("school-name").getValue()).isEqualTo("École IA Castelnau");
        assertThat(textField("school-town").getValue()).isEqualTo("Montpellier");
        assertThat(schools.named("École IA Montpellier-Castelnau").town()).isEqualTo("Castelnau-le-Lez");
    }

    @Test
    void opening_a_planned_school_on_a_date_and_a_refused_step_said_in_the_form() {
        signInAs(Role.ADMIN);
        navigate(SchoolsView.class);
        selectRow("École IA Castelnau");
        test(button("schools-open")).click();
        test(find(DatePicker.class).withId("school-status-date").single()).setValue(LocalDate.of(2026, 9, 1));
        test(button("school-status-save")).click();

        School opened = schools.named("École IA Castelnau");
        assertThat(opened.status()).isEqualTo(SchoolStatus.OPEN);
        assertThat(opened.openedOn()).contains(LocalDate.of(2026, 9, 1));

        selectRow("École IA Castelnau");
        test(button("schools-open")).click();
        test(button("school-status-save")).click();
        assertThat(find(Span.class).withText("Cette école ne peut pas passer à ce statut.").exists()).isTrue();
    }

    @Test
    void the_date_picker_speaks_french() {
        openPlanningAsAdministrator();

        DatePicker opening = find(DatePicker.class).withId("school-planned-opening").single();
        assertThat(opening.getI18n().getDateFormats()).containsExactly("dd/MM/yyyy");
        assertThat(opening.getI18n().getFirstDayOfWeek()).isEqualTo(1);
        assertThat(opening.getLabel()).isEqualTo("Ouverture prévue");
    }

    @Test
    void a_funder_viewer_and_a_school_manager_see_no_edit_button() {
        for (Role role : new Role[] {Role.FUNDER_VIEWER, Role.SCHOOL_MANAGER}) {
            signInAs(role);
            navigate(SchoolsView.class);
            assertThat(find(Button.class).withId("schools-plan").exists()).as(role.name()).isFalse();
            assertThat(find(Button.class).withId("schools-edit").exists()).as(role.name()).isFalse();
            assertThat(find(Button.class).withId("schools-open").exists()).as(role.name()).isFalse();
        }
    }

    private void type(String name, String town, String regionName, String departement) {
        test(textField("school-name")).setValue(name);
        test(textField("school-town")).setValue(town);
        test(region()).selectItem(regionName);
        test(textField("school-departement")).setValue(departement);
    }

    /** The administrator edits Castelnau's town while someone else renames the school, then saves. */
    private void saveATownAfterCastelnauWasRenamedElsewhere() {
        signInAs(Role.ADMIN);
        navigate(SchoolsView.class);
        edit("École IA Castelnau");
        schools.changeElsewhere("École IA Castelnau", "École IA Montpellier-Castelnau");
        test(textField("school-town")).setValue("Montpellier");
        test(button("school-save")).click();
    }

    private void openPlanningAsAdministrator() {
        signInAs(Role.ADMIN);
        openPlanning();
    }

    private void openPlanning() {
        navigate(SchoolsView.class);
        test(button("schools-plan")).click();
    }

    private void selectRow(String name) {
        var grid = test(grid());
        for (int row = 0; row < grid.size(); row++) {
            if (grid.getRow(row).name().equals(name)) {
                grid.select(row);
                return;
            }
        }
        throw new AssertionError("no row " + name);
    }

    private void edit(String name) {
        selectRow(name);
        test(button("schools-edit")).click();
    }

    @SuppressWarnings("unchecked")
    private Select<Region> region() {
        return find(Select.class).withId("school-region").single();
    }

    @SuppressWarnings("unchecked")
    private Grid<School> grid() {
        return find(Grid.class).withId("schools-grid").single();
    }
}

package org.tremplin.ui.programme;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.Test;
import org.tremplin.application.programme.ProgrammeAdministration;
import org.tremplin.domain.identity.Role;
import org.tremplin.domain.programme.Programme;
import org.tremplin.ui.form.ConflictDialog;
import org.tremplin.ui.testing.FormTestSupport;
import org.tremplin.ui.testing.FakeProgrammeAdministration;

class ProgrammeFormsTest extends FormTestSupport {
    private final FakeProgrammeAdministration programmes = new FakeProgrammeAdministration()
            .add("Développeur·se Data IA", "RNCP37827")
            .add("Technicien·ne d'assistance informatique", null);

    ProgrammeFormsTest() {
        provide(ProgrammeAdministration.class, programmes);
    }

    @Test
    void lists_the_programmes_by_title() {
        signInAs(Role.FUNDER_VIEWER);
        navigate(ProgrammesView.class);

        var grid = test(grid());
        assertThat(grid.size()).isEqualTo(2);
        assertThat(grid.getCellText(0, 0)).isEqualTo("Développeur·se Data IA");
        assertThat(grid.getCellText(0, 1)).isEqualTo("RNCP37827");
        assertThat(grid.getCellText(0, 3)).isEqualTo("7");
    }

    @Test
    void every_refused_value_is_told_beside_its_field_and_the_typed_values_stay() {
        signInAs(Role.ADMIN);
        navigate(ProgrammesView.class);
        test(button("programmes-create")).click();
        test(textField("programme-title")).setValue("Data analyst IA");
        test(textField("programme-rncp")).setValue("RN12");
        test(integerField("programme-level")).setValue(9);

        test(button("programme-save")).click();

        assertThat(textField("programme-rncp").getErrorMessage())
                .isEqualTo("Le code RNCP s'écrit RNCP suivi de 3 à 6 chiffres.");
        assertThat(integerField("programme-level").getErrorMessage())
                .isEqualTo("Cette valeur est hors des limites permises.");
        assertThat(textField("programme-title").isInvalid()).isFalse();
        assertThat(textField("programme-rncp").getValue()).isEqualTo("RN12");
        assertThat(test(grid()).size()).isEqualTo(2);
    }

    @Test
    void creating_a_programme_adds_it_to_the_grid_with_the_default_phases() {
        signInAs(Role.ADMIN);
        navigate(ProgrammesView.class);
        test(button("programmes-create")).click();
        test(textField("programme-title")).setValue("Assistant·e IA");

        test(button("programme-save")).click();

        var grid = test(grid());
        assertThat(grid.size()).isEqualTo(3);
        assertThat(grid.getRow(0).title()).isEqualTo("Assistant·e IA");
        assertThat(grid.getCellText(0, 3)).isEqualTo("7");
        assertThat(grid.getCellText(0, 4)).isEqualTo("12");
    }

    @Test
    void a_stale_revision_asks_and_reload_shows_the_stored_values() {
        signInAs(Role.ADMIN);
        navigate(ProgrammesView.class);
        test(grid()).select(0);
        test(button("programmes-edit")).click();
        programmes.reviseElsewhere("Développeur·se Data IA", "Développeur·se en intelligence artificielle");
        test(integerField("programme-level")).setValue(6);

        test(button("programme-save")).click();

        assertThat(find(ConflictDialog.class).single().isOpened()).isTrue();
        assertThat(programmes.titled("Développeur·se en intelligence artificielle").level()).contains(5);
        test(button("conflict-reload")).click();
        assertThat(textField("programme-title").getValue()).isEqualTo("Développeur·se en intelligence artificielle");
        assertThat(integerField("programme-level").getValue()).isEqualTo(5);
    }

    @Test
    void only_administrators_see_the_edit_buttons() {
        for (Role role : new Role[] {Role.FUNDER_VIEWER, Role.SCHOOL_MANAGER}) {
            signInAs(role);
            navigate(ProgrammesView.class);
            assertThat(find(Button.class).withId("programmes-create").exists()).as(role.name()).isFalse();
            assertThat(find(Button.class).withId("programmes-edit").exists()).as(role.name()).isFalse();
        }
    }

    private IntegerField integerField(String id) {
        return find(IntegerField.class).withId(id).single();
    }

    @SuppressWarnings("unchecked")
    private Grid<Programme> grid() {
        return find(Grid.class).withId("programmes-grid").single();
    }
}

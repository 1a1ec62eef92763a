package org.tremplin.ui.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tremplin.application.access.AccountAdministration;
import org.tremplin.application.school.SchoolAdministration;
import org.tremplin.domain.access.AccountDetails;
import org.tremplin.domain.access.UserAccount;
import org.tremplin.domain.identity.Role;
import org.tremplin.domain.school.Region;
import org.tremplin.ui.form.ConflictDialog;
import org.tremplin.ui.testing.FormTestSupport;
import org.tremplin.ui.testing.FakeAccessAdministration;
import org.tremplin.ui.testing.FakeSchoolAdministration;

class UsersViewTest extends FormTestSupport {
    private final FakeAccessAdministration access = new FakeAccessAdministration()
            .account("camille@tremplin.example", "Camille Admin", Role.ADMIN)
            // A second administrator, so that the first may be disabled (the last one may not).
            .account("zoe@tremplin.example", "Zoé Admin", Role.ADMIN);

    UsersViewTest() {
        provide(AccountAdministration.class, access);
        provide(SchoolAdministration.class, new FakeSchoolAdministration()
                .add("École IA Roubaix", "Roubaix", Region.HAUTS_DE_FRANCE, "59", LocalDate.of(2019, 9, 2)));
    }

    @Test
    void creating_an_account_shows_it_in_the_grid_without_its_password_hash() {
        signInAs(Role.ADMIN);
        navigate(UsersView.class);
        test(button("users-create")).click();

        test(textField("account-email")).setValue("lea@tremplin.example");
        test(textField("account-name")).setValue("Léa Direction");
        test(role()).selectItem("direction d'école");
        schools().setValue(schools().getListDataView().getItems().toList());
        test(password("account-password")).setValue("une phrase assez longue");
        test(button("account-save")).click();

        var grid = test(grid());
        assertThat(grid.size()).isEqualTo(3);
        assertThat(grid.getRow(1).displayName()).isEqualTo("Léa Direction");
        assertThat(grid.getCellText(1, 0)).isEqualTo("lea@tremplin.example");
        assertThat(grid.getCellText(1, 2)).isEqualTo("direction d'école");
        assertThat(grid.getCellText(1, 3)).isEqualTo("École IA Roubaix");
        assertThat(grid.getCellText(1, 4)).isEqualTo("actif");
        for (int column = 0; column < 5; column++) {
            assertThat(grid.getCellText(1, column)).doesNotContain(FakeAccessAdministration.HASH);
        }
        assertThat(find(TextField.class).withId("account-email").exists()).as("form closed").isFalse();
    }

    @Test
    void a_too_short_password_is_told_beside_the_password_field_and_nothing_is_saved() {
        signInAs(Role.ADMIN);
        navigate(UsersView.class);
        test(button("users-create")).click();
        PasswordField password = password("account-password");
        assertThat(password.getHelperText()).isEqualTo("De 12 à 128 caractères ; la longueur fait la solidité.");

        test(textField("account-email")).setValue("lea@tremplin.example");
        test(textField("account-name")).setValue("Léa");
        test(role()).selectItem("administration");
        test(password).setValue("court");
        test(button("account-save")).click();

        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("Le mot de passe doit compter entre 12 et 128 caractères.");
        assertThat(textField("account-email").isInvalid()).isFalse();
        assertThat(textField("account-email").getValue()).isEqualTo("lea@tremplin.example");
        assertThat(test(grid()).size()).as("nothing saved").isEqualTo(2);
    }

    @Test
    void a_school_manager_without_school_is_told_beside_the_schools() {
        signInAs(Role.ADMIN);
        navigate(UsersView.class);
        test(button("users-create")).click();

        test(textField("account-email")).setValue("lea@tremplin.example");
        test(textField("account-name")).setValue("Léa");
        test(role()).selectItem("direction d'école");
        test(password("account-password")).setValue("une phrase assez longue");
        test(button("account-save")).click();

        assertThat(schools().getErrorMessage())
                .isEqualTo("Un compte de direction d'école doit être rattaché à au moins une école.");
    }

    @Test
    void disabling_then_enabling_an_account_and_resetting_its_password() {
        signInAs(Role.ADMIN);
        navigate(UsersView.class);
        test(grid()).select(0);
        test(button("users-disable")).click();
        assertThat(access.named("Camille Admin").enabled()).isFalse();
        assertThat(test(grid()).getCellText(0, 4)).isEqualTo("désactivé");

        test(grid()).select(0);
        test(button("users-enable")).click();
        assertThat(access.named("Camille Admin").enabled()).isTrue();

        test(grid()).select(0);
        test(button("users-reset-password")).click();
        test(password("reset-password")).setValue("trop court");
        test(button("reset-save")).click();
        assertThat(password("reset-password").getErrorMessage())
                .isEqualTo("Le mot de passe doit compter entre 12 et 128 caractères.");
        test(password("reset-password")).setValue("une nouvelle phrase longue");
        test(button("reset-save")).click();
        assertThat(find(PasswordField.class).withId("reset-password").exists()).as("dialog closed").isFalse();
        assertThat(access.named("Camille Admin").version()).isEqualTo(3);
    }

    @Test
    void a_stale_disable_asks_and_reload_shows_the_stored_account() {
        signInAs(Role.ADMIN);
        navigate(UsersView.class);
        test(grid()).select(0);
        UserAccount shown = access.named("Camille Admin");
        access.disableAccount(shown.id(), shown.version());
        access.enableAccount(shown.id(), shown.version() + 1);

        test(button("users-disable")).click();

        assertThat(find(ConflictDialog.class).single().isOpened()).isTrue();
        assertThat(access.named("Camille Admin").enabled()).as("nothing overwritten").isTrue();
        test(button("conflict-reload")).click();
        test(grid()).select(0);
        test(button("users-disable")).click();
        assertThat(access.named("Camille Admin").enabled()).as("disabled at the reloaded version").isFalse();
    }

    @Test
    void changing_an_account_keeps_its_password_and_shows_the_new_role_and_schools() {
        access.account("lea@tremplin.example", "Léa Financeur", Role.FUNDER_VIEWER);
        signInAs(Role.ADMIN);
        navigate(UsersView.class);
        test(grid()).select(1);
        test(button("users-edit")).click();
        assertThat(textField("account-email").getValue()).isEqualTo("lea@tremplin.example");
        assertThat(find(PasswordField.class).withId("account-password").exists()).as("no password here").isFalse();

        test(textField("account-name")).setValue("Léa Direction");
        test(role()).selectItem("direction d'école");
        test(button("account-save")).click();
        assertThat(schools().getErrorMessage()).as("the domain's verdict, beside the schools")
                .isEqualTo("Un compte de direction d'école doit être rattaché à au moins une école.");
        assertThat(textField("account-name").getValue()).isEqualTo("Léa Direction");

        schools().setValue(schools().getListDataView().getItems().toList());
        test(button("account-save")).click();

        UserAccount changed = access.named("Léa Direction");
        assertThat(changed.role()).isEqualTo(Role.SCHOOL_MANAGER);
        assertThat(changed.passwordHash()).isEqualTo(FakeAccessAdministration.HASH);
        assertThat(test(grid()).getCellText(1, 2)).isEqualTo("direction d'école");
        assertThat(test(grid()).getCellText(1, 3)).isEqualTo("École IA Roubaix");
    }

    @Test
    void a_stale_change_asks_and_reload_shows_the_stored_account() {
        signInAs(Role.ADMIN);
        navigate(UsersView.class);
        test(grid()).select(0);
        test(button("users-edit")).click();
        UserAccount shown = access.named("Camille Admin");
        access.changeAccount(shown.id(), shown.version(), new AccountDetails("camille@tremplin.example",
                "Camille Martin", Role.ADMIN, Optional.empty()));
        test(textField("account-name")).setValue("Camille A.");

        test(button("account-save")).click();

        assertThat(find(ConflictDialog.class).single().isOpened()).isTrue();
        assertThat(textField("account-name").getValue()).as("typed value kept").isEqualTo("Camille A.");
        assertThat(access.named("Camille Martin").displayName()).as("nothing overwritten").isEqualTo("Camille Martin");
        test(button("conflict-reload")).click();
        assertThat(textField("account-name").getValue()).isEqualTo("Camille Martin");
    }

    @Test
    void the_last_administrator_can_be_neither_disabled_nor_demoted_and_is_told_why() {
        signInAs(Role.ADMIN);
        navigate(UsersView.class);
        test(grid()).select(1);
        test(button("users-disable")).click();
        assertThat(access.named("Zoé Admin").enabled()).isFalse();

        test(grid()).select(0);
        test(button("users-disable")).click();

        String lastOne = "Le réseau doit garder au moins un compte d'administration actif pour tout le réseau : "
                + "celui-ci est le dernier.";
        assertThat(find(Span.class).withText(lastOne).exists()).isTrue();
        assertThat(access.named("Camille Admin").enabled()).isTrue();

        test(grid()).select(0);
        test(button("users-edit")).click();
        test(role()).selectItem("financeur");
        test(button("account-save")).click();
        assertThat(role().getErrorMessage()).isEqualTo(lastOne);
        assertThat(access.named("Camille Admin").role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void a_school_manager_and_a_funder_viewer_are_denied_the_accounts() {
        for (Role role : new Role[] {Role.SCHOOL_MANAGER, Role.FUNDER_VIEWER}) {
            signInAs(role);
            assertThat(navigate("users", AccessDeniedView.class)).as(role.name()).isNotNull();
        }
    }

    private PasswordField password(String id) {
        return find(PasswordField.class).withId(id).single();
    }

    @SuppressWarnings("unchecked")
    private Select<Role> role() {
        return find(Select.class).withId("account-role").single();
    }

    @SuppressWarnings("unchecked")
    private MultiSelectComboBox<org.tremplin.domain.school.School> schools() {
        return find(MultiSelectComboBox.class).withId("account-schools").single();
    }

    @SuppressWarnings("unchecked")
    private Grid<UserAccount> grid() {
        return find(Grid.class).withId("users-grid").single();
    }
}

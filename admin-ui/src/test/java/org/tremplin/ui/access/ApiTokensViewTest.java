package org.tremplin.ui.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tremplin.application.access.TokenAdministration;
import org.tremplin.domain.access.ApiToken;
import org.tremplin.domain.identity.Permission;
import org.tremplin.domain.identity.Role;
import org.tremplin.ui.component.ConsoleFormats;
import org.tremplin.ui.testing.FormTestSupport;
import org.tremplin.ui.testing.FakeAccessAdministration;

class ApiTokensViewTest extends FormTestSupport {
    private final FakeAccessAdministration access = new FakeAccessAdministration();

    ApiTokensViewTest() {
        provide(TokenAdministration.class, access);
    }

    @Test
    void issuing_a_token_shows_its_secret_once_and_the_grid_never_shows_it() {
        signInAs(Role.ADMIN);
        navigate(ApiTokensView.class);
        test(button("tokens-issue")).click();
        assertThat(find(DatePicker.class).withId("token-expires").single().getValue())
                .isEqualTo(LocalDate.now(ConsoleFormats.PARIS).plusYears(1));
        assertThat(scopes().getItemLabelGenerator().apply(Permission.READ_INDICATORS)).isEqualTo("lire les indicateurs");

        test(textField("token-name")).setValue("Tableau de bord du financeur");
        scopes().setValue(Set.of(Permission.READ_NETWORK, Permission.READ_INDICATORS));
        test(button("token-save")).click();

        String secret = access.secretsIssued.getFirst();
        TextField shown = textField("token-secret");
        assertThat(shown.getValue()).isEqualTo(secret);
        assertThat(shown.isReadOnly()).isTrue();
        assertThat(find(Paragraph.class).withId("token-secret-warning").single().getText())
                .isEqualTo("Copiez ce jeton maintenant : il ne sera plus jamais affiché.");
        test(button("token-secret-done")).click();
        assertThat(find(TextField.class).withId("token-secret").exists()).as("shown once, then gone").isFalse();

        var grid = test(grid());
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getCellText(0, 0)).isEqualTo("Tableau de bord du financeur");
        assertThat(grid.getCellText(0, 1)).isEqualTo(
                "lire le réseau (écoles, programmes, promotions, partenaires), lire les indicateurs");
        assertThat(grid.getCellText(0, 2)).isEqualTo("tout le réseau");
        assertThat(grid.getCellText(0, 3)).isEqualTo(secret.substring(0, 12) + "…");
        for (int column = 0; column < 7; column++) {
            assertThat(grid.getCellText(0, column)).doesNotContain(secret);
        }
        assertThat(find(TextField.class).all()).extracting(TextField::getValue).doesNotContain(secret);
    }

    @Test
    void a_token_without_scope_is_told_beside_the_scopes() {
        signInAs(Role.ADMIN);
        navigate(ApiTokensView.class);
        test(button("tokens-issue")).click();
        test(textField("token-name")).setValue("Sans permission");
        test(button("token-save")).click();

        assertThat(scopes().isInvalid()).isTrue();
        assertThat(scopes().getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
        assertThat(access.secretsIssued).isEmpty();
    }

    @Test
    void revoking_after_confirming_marks_the_token_revoked() {
        access.issueToken("Intégration CRM", Set.of(Permission.READ_NETWORK), java.util.Optional.empty(),
                java.time.Instant.now().plusSeconds(86_400));
        signInAs(Role.ADMIN);
        navigate(ApiTokensView.class);
        assertThat(test(grid()).getCellText(0, 6)).isEmpty();

        test(grid()).select(0);
        test(button("tokens-revoke")).click();
        test(button("token-revoke-cancel")).click();
        assertThat(access.token("Intégration CRM").revokedAt()).as("cancelled").isEmpty();

        test(grid()).select(0);
        test(button("tokens-revoke")).click();
        test(button("token-revoke-confirm")).click();

        assertThat(access.token("Intégration CRM").revokedAt()).isPresent();
        assertThat(test(grid()).getCellText(0, 6))
                .isEqualTo(ConsoleFormats.dateTime(access.token("Intégration CRM").revokedAt().orElseThrow()));
        test(grid()).select(0);
        assertThat(button("tokens-revoke").isEnabled()).as("already revoked").isFalse();
    }

    @Test
    void a_school_manager_and_a_funder_viewer_are_denied_the_tokens() {
        for (Role role : new Role[] {Role.SCHOOL_MANAGER, Role.FUNDER_VIEWER}) {
            signInAs(role);
            assertThat(navigate("api-tokens", AccessDeniedView.class)).as(role.name()).isNotNull();
        }
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<Permission> scopes() {
        return find(CheckboxGroup.class).withId("token-scopes").single();
    }

    @SuppressWarnings("unchecked")
    private Grid<ApiToken> grid() {
        return find(Grid.class).withId("tokens-grid").single();
    }
}

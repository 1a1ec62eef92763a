package org.tremplin.ui.access;

import org.tremplin.ui.rights.AllowedRoles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import java.util.Set;
import java.util.stream.Collectors;
import org.tremplin.application.access.TokenAdministration;
import org.tremplin.application.school.SchoolAdministration;
import org.tremplin.domain.access.ApiToken;
import org.tremplin.domain.identity.Permission;
import org.tremplin.domain.identity.Role;
import org.tremplin.ui.component.ConsoleFormats;
import org.tremplin.ui.component.LazyGrid;
import org.tremplin.ui.component.SchoolChoices;
import org.tremplin.ui.export.GridCsvExport;
import org.tremplin.ui.shell.MainLayout;

/**
 * The API tokens, newest first, in a lazy grid read page by page from {@link TokenAdministration}.
 * Administrators issue a token (its secret is shown once, in {@link TokenSecretDialog}, and never
 * again: the grid only knows its first characters) and revoke one after confirming.
 */
@Menu(title = "nav.api-tokens", order = 14, icon = "vaadin:key")
@Route(value = "api-tokens", layout = MainLayout.class)
@AllowedRoles(Role.ADMIN)
public final class ApiTokensView extends VerticalLayout implements HasDynamicTitle {
    private final transient TokenAdministration access;
    private final Grid<ApiToken> grid = new Grid<>();

    ApiTokensView(TokenAdministration access, SchoolAdministration schools) {
        this.access = access;
        SchoolChoices schoolChoices = new SchoolChoices(schools);
        setSizeFull();
        grid.addColumn(ApiToken::name).setHeader(getTranslation("tokens.column.name")).setFlexGrow(2);
        grid.addColumn(token -> scopes(token.scopes())).setHeader(getTranslation("tokens.column.scopes"))
                .setFlexGrow(3);
        grid.addColumn(token -> schoolChoices.names(token.schools(), getTranslation("access.whole-network")))
                .setHeader(getTranslation("tokens.column.schools")).setFlexGrow(2);
        grid.addColumn(token -> token.secretPrefix() + "…").setHeader(getTranslation("tokens.column.prefix"))
                .setAutoWidth(true);
        grid.addColumn(token -> ConsoleFormats.dateTime(token.createdAt()))
                .setHeader(getTranslation("tokens.column.created")).setAutoWidth(true);
        grid.addColumn(token -> ConsoleFormats.dateTime(token.expiresAt()))
                .setHeader(getTranslation("tokens.column.expires")).setAutoWidth(true);
        grid.addColumn(token -> token.revokedAt().map(ConsoleFormats::dateTime).orElse(""))
                .setHeader(getTranslation("tokens.column.revoked")).setAutoWidth(true);
        grid.setId("tokens-grid");
        LazyGrid.show(grid, access::listTokens);

        Button issue = new Button(getTranslation("tokens.action.issue"), VaadinIcon.PLUS.create(),
                click -> new TokenFormDialog(access, schoolChoices, issued -> {
                    refresh();
                    new TokenSecretDialog(issued).open();
                }).open());
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issue.setId("tokens-issue");
        Button revoke = new Button(getTranslation("tokens.action.revoke"), VaadinIcon.BAN.create(),
                click -> grid.getSelectedItems().stream().findFirst()
                        .ifPresent(token -> new TokenRevokeDialog(access, token, revoked -> refresh()).open()));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revoke.setId("tokens-revoke");
        revoke.setEnabled(false);
        grid.addSelectionListener(selection -> revoke.setEnabled(
                selection.getFirstSelectedItem().map(token -> token.revokedAt().isEmpty()).orElse(false)));
        add(new H2(getTranslation("tokens.title")), new HorizontalLayout(issue, revoke), grid);
        addComponentAtIndex(indexOf(grid), GridCsvExport.of(grid, "api-tokens"));
        setFlexGrow(1, grid);
    }

    private String scopes(Set<Permission> scopes) {
        return scopes.stream().sorted().map(scope -> getTranslation("permission." + scope.name()))
                .collect(Collectors.joining(", "));
    }

    private void refresh() {
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tokens.title") + " · Tremplin";
    }
}

package org.tremplin.ui.access;

import org.tremplin.ui.component.GridActions;
import org.tremplin.ui.rights.AllowedRoles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import java.time.Instant;
import org.tremplin.application.access.AccountAdministration;
import org.tremplin.application.school.SchoolAdministration;
import org.tremplin.domain.access.UserAccount;
import org.tremplin.domain.identity.Role;
import org.tremplin.ui.component.ConsoleFormats;
import org.tremplin.ui.component.LazyGrid;
import org.tremplin.ui.component.SchoolChoices;
import org.tremplin.ui.export.GridCsvExport;
import org.tremplin.ui.form.DomainForm;
import org.tremplin.ui.shell.MainLayout;

/**
 * The console's accounts, in a lazy grid read page by page from {@link AccountAdministration}
 * (by display name). Administrators create and change accounts, reset passwords, disable and
 * enable them; the use case refuses to disable or demote the last enabled administrator.
 * The password hash never leaves the use case's record: no column shows it.
 */
@Menu(title = "nav.users", order = 13, icon = "vaadin:user-check")
@Route(value = "users", layout = MainLayout.class)
@AllowedRoles(Role.ADMIN)
public final class UsersView extends VerticalLayout implements HasDynamicTitle {
    private final transient AccountAdministration access;
    private final SchoolChoices schoolChoices;
    private final Grid<UserAccount> grid = new Grid<>();
    private final GridActions<UserAccount> actions = new GridActions<>(grid);
    private final DomainForm form = new DomainForm();

    UsersView(AccountAdministration access, SchoolAdministration schools) {
        this.access = access;
        this.schoolChoices = new SchoolChoices(schools);
        setSizeFull();
        grid.addColumn(account -> account.email().value()).setHeader(getTranslation("users.column.email"))
                .setFlexGrow(3);
        grid.addColumn(UserAccount::displayName).setHeader(getTranslation("users.column.name")).setFlexGrow(2);
        grid.addColumn(account -> getTranslation("role." + account.role().name()))
                .setHeader(getTranslation("users.column.role")).setAutoWidth(true);
        grid.addColumn(account -> schoolChoices.names(account.schools(), getTranslation("access.whole-network")))
                .setHeader(getTranslation("users.column.schools")).setFlexGrow(2);
        grid.addColumn(this::status).setHeader(getTranslation("users.column.status")).setAutoWidth(true);
        grid.setId("users-grid");
        LazyGrid.show(grid, access::listAccounts);

        add(new H2(getTranslation("users.title")), toolbar(), form.message(), grid);
        setFlexGrow(1, grid);
    }

    /**
     * Creating an account, then what acts on the selected one: changing it, a new password,
     * disabling or enabling it. Each change names the version the grid shows or the form read.
     */
    private HorizontalLayout toolbar() {
        return new HorizontalLayout(
                GridActions.primary(getTranslation("users.action.create"), VaadinIcon.PLUS.create(), "users-create",
                        () -> AccountFormDialog.creating(access, schoolChoices, actions::showSaved).open()),
                actions.onSelected(getTranslation("form.edit"), VaadinIcon.EDIT.create(), "users-edit",
                        account -> AccountFormDialog.changing(access, schoolChoices, account, actions::showSaved)
                                .open()),
                actions.onSelected(getTranslation("users.action.reset-password"), VaadinIcon.KEY.create(),
                        "users-reset-password",
                        account -> new PasswordResetDialog(access, account, actions::showSaved).open()),
                actions.onSelected(getTranslation("users.action.disable"), null, "users-disable",
                        UserAccount::enabled, account -> change(account, false)),
                actions.onSelected(getTranslation("users.action.enable"), null, "users-enable",
                        account -> !account.enabled(), account -> change(account, true)),
                GridCsvExport.of(grid, "users"));
    }

    private String status(UserAccount account) {
        if (!account.enabled()) {
            return getTranslation("users.status.disabled");
        }
        if (account.isLockedAt(Instant.now())) {
            return getTranslation("users.status.locked-until",
                    ConsoleFormats.dateTime(account.lockedUntil().orElseThrow()));
        }
        return getTranslation("users.status.active");
    }

    /** Disables or enables the account as stored at the version the grid shows. */
    private void change(UserAccount account, boolean enabled) {
        form.submit(() -> enabled ? access.enableAccount(account.id(), account.version())
                : access.disableAccount(account.id(), account.version()), this::refresh).ifPresent(actions::showSaved);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        form.clear();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " · Tremplin";
    }
}

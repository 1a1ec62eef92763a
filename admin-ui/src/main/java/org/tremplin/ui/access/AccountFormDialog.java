package org.tremplin.ui.access;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.tremplin.application.access.AccountAdministration;
import org.tremplin.domain.access.AccountDetails;
import org.tremplin.domain.access.PasswordPolicy;
import org.tremplin.domain.access.UserAccount;
import org.tremplin.domain.identity.Role;
import org.tremplin.domain.school.School;
import org.tremplin.ui.component.SchoolChoices;
import org.tremplin.ui.form.DomainForm;
import org.tremplin.ui.form.FormDialogs;

/**
 * Creates an account with its initial password, or changes an account's e-mail address, name,
 * role and schools (its password stays). The use case judges every value (e-mail address, a
 * school manager's schools, the password's length, that the network keeps an administrator) and
 * {@link DomainForm} shows its verdict. A change names the version it was read at.
 */
final class AccountFormDialog extends Dialog {
    private final transient AccountAdministration access;
    private final transient Consumer<UserAccount> saved;
    private final SchoolChoices schoolChoices;
    private final Binder<Typed> binder = new Binder<>();
    private final PasswordField password = new PasswordField();
    private final DomainForm form = new DomainForm();
    /** The account as last read from the use case; null when creating one. */
    private UserAccount current;

    /** What the fields hold. */
    static final class Typed {
        String email = "";
        String displayName = "";
        Role role;
        Set<School> schools = Set.of();

        AccountDetails details() {
            return new AccountDetails(email, displayName, role, SchoolChoices.scope(schools));
        }
    }

    private AccountFormDialog(AccountAdministration access, SchoolChoices schoolChoices, UserAccount current,
                              Consumer<UserAccount> saved) {
        this.access = access;
        this.saved = saved;
        this.schoolChoices = schoolChoices;
        this.current = current;
        setHeaderTitle(current == null ? getTranslation("users.form.create-title")
                : getTranslation("users.form.edit-title", current.displayName()));
        TextField email = new TextField(getTranslation("users.column.email"));
        email.setId("account-email");
        TextField displayName = new TextField(getTranslation("users.column.name"));
        displayName.setMaxLength(UserAccount.DISPLAY_NAME_MAX_LENGTH);
        displayName.setId("account-name");
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("users.column.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(value -> value == null ? "" : getTranslation("role." + value.name()));
        role.setId("account-role");
        MultiSelectComboBox<School> schools = schoolChoices.field(getTranslation("users.column.schools"));
        schools.setHelperText(getTranslation("users.form.schools-help"));
        schools.setId("account-schools");
        password.setLabel(getTranslation("users.form.initial-password"));
        password.setHelperText(getTranslation("users.form.password-help", PasswordPolicy.MIN_LENGTH,
                PasswordPolicy.MAX_LENGTH));
        password.setId("account-password");

        binder.forField(email).bind(typed -> typed.email, (typed, value) -> typed.email = value);
        binder.forField(displayName).bind(typed -> typed.displayName, (typed, value) -> typed.displayName = value);
        binder.forField(role).bind(typed -> typed.role, (typed, value) -> typed.role = value);
        binder.forField(schools).bind(typed -> typed.schools, (typed, value) -> typed.schools = value);
        form.field("email", email).field("displayName", displayName).field("role", role).field("schools", schools)
                .field("password", password);

        FormLayout fields = new FormLayout(email, displayName, role, schools);
        if (current == null) {
            // The password is set here once, then only by a reset: it is never shown again.
            fields.add(password);
        }
        add(form.message(), fields);
        FormDialogs.addFooter(this, getTranslation("form.save"), "account-save", "account-cancel", this::save);
        if (current != null) {
            show(current);
        }
    }

    static AccountFormDialog creating(AccountAdministration access, SchoolChoices schoolChoices,
                                      Consumer<UserAccount> saved) {
        return new AccountFormDialog(access, schoolChoices, null, saved);
    }

    /** Changes the account as stored now (read again, with its current version). */
    static AccountFormDialog changing(AccountAdministration access, SchoolChoices schoolChoices, UserAccount account,
                                      Consumer<UserAccount> saved) {
        return new AccountFormDialog(access, schoolChoices, access.getAccount(account.id()), saved);
    }

    private void save() {
        Typed typed = new Typed();
        // No validators in the binder: the use case is the judge of every value.
        binder.writeBeanAsDraft(typed, true);
        AccountDetails details = typed.details();
        Optional<UserAccount> result = current == null
                ? form.submit(() -> access.createAccount(details, password.getValue()), null)
                : form.submit(() -> access.changeAccount(current.id(), current.version(), details), this::reload);
        result.ifPresent(FormDialogs.closingThen(this, saved));
    }

    /** Shows the account as stored now, dropping what was typed: only when the user asked for it. */
    private void reload() {
        current = access.getAccount(current.id());
        show(current);
        form.clear();
    }

    private void show(UserAccount account) {
        Typed typed = new Typed();
        typed.email = account.email().value();
        typed.displayName = account.displayName();
        typed.role = account.role();
        typed.schools = schoolChoices.chosen(account.schools());
        binder.readBean(typed);
    }
}

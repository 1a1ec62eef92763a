package org.tremplin.ui.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.tremplin.application.access.AccountDetails;
import org.tremplin.application.access.PasswordPolicy;
import org.tremplin.application.access.Role;
import org.tremplin.application.access.UserAccount;
import org.tremplin.application.security.AccessAdministration;
import org.tremplin.domain.school.School;
import org.tremplin.ui.form.DomainForm;

/**
 * Creates an account with its initial password. The use case judges every value (e-mail address,
 * a school manager's schools, the password's length) and {@link DomainForm} shows its verdict.
 */
final class AccountFormDialog extends Dialog {
    private final transient AccessAdministration access;
    private final transient Consumer<UserAccount> saved;
    private final TextField email = new TextField();
    private final TextField displayName = new TextField();
    private final Select<Role> role = new Select<>();
    private final MultiSelectComboBox<School> schools;
    private final PasswordField password = new PasswordField();
    private final DomainForm form = new DomainForm();

    AccountFormDialog(AccessAdministration access, SchoolChoices schoolChoices, Consumer<UserAccount> saved) {
        this.access = access;
        this.saved = saved;
        setHeaderTitle(getTranslation("users.form.create-title"));
        email.setLabel(getTranslation("users.column.email"));
        email.setId("account-email");
        displayName.setLabel(getTranslation("users.column.name"));
        displayName.setMaxLength(UserAccount.DISPLAY_NAME_MAX_LENGTH);
        displayName.setId("account-name");
        role.setLabel(getTranslation("users.column.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(value -> getTranslation("role." + value.name()));
        role.setId("account-role");
        schools = schoolChoices.field(getTranslation("users.column.schools"));
        schools.setHelperText(getTranslation("users.form.schools-help"));
        schools.setId("account-schools");
        password.setLabel(getTranslation("users.form.initial-password"));
        password.setHelperText(getTranslation("users.form.password-help", PasswordPolicy.MIN_LENGTH,
                PasswordPolicy.MAX_LENGTH));
        password.setId("account-password");
        form.field("email", email).field("displayName", displayName).field("role", role).field("schools", schools)
                .field("password", password);

        add(form.message(), new FormLayout(email, displayName, role, schools, password));
        Button save = new Button(getTranslation("form.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("account-save");
        Button cancel = new Button(getTranslation("form.cancel"), click -> close());
        cancel.setId("account-cancel");
        getFooter().add(cancel, save);
    }

    private void save() {
        AccountDetails details = new AccountDetails(email.getValue(), displayName.getValue(), role.getValue(),
                SchoolChoices.scope(schools.getValue()));
        form.submit(() -> access.createAccount(details, password.getValue()), null).ifPresent(account -> {
            close();
            saved.accept(account);
        });
    }
}

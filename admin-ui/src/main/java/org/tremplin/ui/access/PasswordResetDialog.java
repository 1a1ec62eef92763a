package org.tremplin.ui.access;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.function.Consumer;
import org.tremplin.application.access.AccountAdministration;
import org.tremplin.domain.access.PasswordPolicy;
import org.tremplin.domain.access.UserAccount;
import org.tremplin.ui.form.DomainForm;
import org.tremplin.ui.form.FormDialogs;

/** Gives an account a new password (which also unlocks it), at the version read when it opens. */
final class PasswordResetDialog extends Dialog {
    private final transient AccountAdministration access;
    private final transient Consumer<UserAccount> saved;
    private final PasswordField password = new PasswordField();
    private final DomainForm form = new DomainForm();
    private UserAccount current;

    PasswordResetDialog(AccountAdministration access, UserAccount account, Consumer<UserAccount> saved) {
        this.access = access;
        this.saved = saved;
        this.current = access.getAccount(account.id());
        setHeaderTitle(getTranslation("users.form.reset-title", current.displayName()));
        password.setLabel(getTranslation("users.form.new-password"));
        password.setHelperText(getTranslation("users.form.password-help", PasswordPolicy.MIN_LENGTH,
                PasswordPolicy.MAX_LENGTH));
        password.setId("reset-password");
        password.setWidthFull();
        form.field("password", password);
        add(form.message(), password);
        FormDialogs.addFooter(this, getTranslation("form.save"), "reset-save", "reset-cancel", this::save);
    }

    private void save() {
        form.submit(() -> access.resetPassword(current.id(), current.version(), password.getValue()), this::reload)
                .ifPresent(FormDialogs.closingThen(this, saved));
    }

    private void reload() {
        current = access.getAccount(current.id());
        form.clear();
    }
}

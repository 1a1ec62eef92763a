package org.tremplin.ui.access;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.tremplin.application.access.IssuedApiToken;

/**
 * The secret of a token just issued, the only time anyone sees it: in a read-only field the user
 * can select and copy, with a warning that it will never be shown again. The dialog cannot be
 * closed by a stray click or Escape, only by the button; once closed the secret is gone.
 */
final class TokenSecretDialog extends Dialog {

    TokenSecretDialog(IssuedApiToken issued) {
        setHeaderTitle(getTranslation("tokens.secret.title", issued.token().name()));
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);
        Paragraph warning = new Paragraph(getTranslation("tokens.secret.warning"));
        warning.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        warning.setId("token-secret-warning");
        TextField secret = new TextField(getTranslation("tokens.secret.label"));
        secret.setValue(issued.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setId("token-secret");
        secret.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
        add(warning, secret);
        setWidth("40em");
        Button done = new Button(getTranslation("tokens.secret.done"), click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setId("token-secret-done");
        getFooter().add(done);
    }
}

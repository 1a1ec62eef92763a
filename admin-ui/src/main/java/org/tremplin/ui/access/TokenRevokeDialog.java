package org.tremplin.ui.access;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;
import org.tremplin.application.access.TokenAdministration;
import org.tremplin.domain.access.ApiToken;
import org.tremplin.ui.form.DomainForm;
import org.tremplin.ui.form.FormDialogs;

/** Asks before revoking a token, for good; the token is read afresh (with its version) on opening. */
final class TokenRevokeDialog extends Dialog {
    private final transient TokenAdministration access;
    private final transient Consumer<ApiToken> revoked;
    private final DomainForm form = new DomainForm();
    private ApiToken current;

    TokenRevokeDialog(TokenAdministration access, ApiToken token, Consumer<ApiToken> revoked) {
        this.access = access;
        this.revoked = revoked;
        this.current = access.getToken(token.id());
        setHeaderTitle(getTranslation("tokens.revoke.title"));
        add(form.message(), new Paragraph(getTranslation("tokens.revoke.text", current.name(),
                current.secretPrefix())));
        Button confirm = new Button(getTranslation("tokens.action.revoke"), click -> revoke());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setId("token-revoke-confirm");
        Button cancel = new Button(getTranslation("form.cancel"), click -> close());
        cancel.setId("token-revoke-cancel");
        getFooter().add(cancel, confirm);
    }

    private void revoke() {
        form.submit(() -> access.revokeToken(current.id(), current.version()), this::reload)
                .ifPresent(FormDialogs.closingThen(this, revoked));
    }

    private void reload() {
        current = access.getToken(current.id());
        form.clear();
    }
}

package org.tremplin.ui.component;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Supplier;
import org.tremplin.ui.form.DomainForm;

/**
 * Asks before a change that cannot be undone (withdrawing a commitment, removing a parity rule).
 * The change names the version the user saw: a stale one opens the conflict dialog, whose
 * "Recharger" runs {@code reload}; a refusal is said in the dialog.
 */
public final class ConfirmationDialog extends Dialog {
    private final DomainForm form = new DomainForm();

    public ConfirmationDialog(String title, String text, String confirmLabel, String idPrefix, Supplier<?> change,
                       Runnable done, Runnable reload) {
        setHeaderTitle(title);
        Paragraph question = new Paragraph(text);
        question.setId(idPrefix + "-text");
        add(form.message(), question);
        Button confirm = new Button(confirmLabel, click -> form.submit(change, () -> {
            close();
            reload.run();
        }).ifPresent(changed -> {
            close();
            done.run();
        }));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setId(idPrefix + "-confirm");
        Button cancel = new Button(getTranslation("form.cancel"), click -> close());
        cancel.setId(idPrefix + "-cancel");
        getFooter().add(cancel, confirm);
    }
}

package org.tremplin.ui.form;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Objects;

/**
 * Told when a save lost a race: someone else changed the record since it was read. "Recharger"
 * shows the stored record and drops the user's edits, since they chose so; "Annuler" keeps what
 * they typed, unsaved. Nothing is ever overwritten silently.
 */
public final class ConflictDialog extends Dialog {

    ConflictDialog(Runnable reload) {
        Objects.requireNonNull(reload);
        setHeaderTitle(getTranslation("form.conflict.title"));
        Paragraph text = new Paragraph(getTranslation("form.conflict.text"));
        text.setId("conflict-text");
        add(text);
        Button reloadButton = new Button(getTranslation("form.conflict.reload"), click -> {
            close();
            reload.run();
        });
        reloadButton.setId("conflict-reload");
        reloadButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("form.conflict.cancel"), click -> close());
        cancel.setId("conflict-cancel");
        getFooter().add(cancel, reloadButton);
        setCloseOnOutsideClick(false);
    }
}

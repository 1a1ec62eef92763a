package org.tremplin.ui.form;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.function.Consumer;

/**
 * What the console's form dialogs do alike: a footer of Cancel, which closes the dialog, then the
 * primary action; and once the use case has accepted the action, the dialog closed before its
 * caller hears what was stored, so that the caller may open another one.
 */
public final class FormDialogs {
    private FormDialogs() {
    }

    /**
     * Adds Cancel and the primary action ({@code text}, known by {@code actionId}) to the dialog's
     * footer; {@code cancelId} may be null where no test or user needs to find Cancel.
     *
     * @return the action's button, for a dialog that marks it further (a destructive action)
     */
    public static Button addFooter(Dialog dialog, String text, String actionId, String cancelId, Runnable action) {
        Button primary = new Button(text, click -> action.run());
        primary.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        primary.setId(actionId);
        Button cancel = new Button(dialog.getTranslation("form.cancel"), click -> dialog.close());
        if (cancelId != null) {
            cancel.setId(cancelId);
        }
        dialog.getFooter().add(cancel, primary);
        return primary;
    }

    /** What to do with the stored result of a successful submission: close, then tell {@code saved}. */
    public static <T> Consumer<T> closingThen(Dialog dialog, Consumer<? super T> saved) {
        return stored -> {
            dialog.close();
            saved.accept(stored);
        };
    }
}

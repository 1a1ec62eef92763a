package org.tremplin.ui.component;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The buttons of a grid row's "actions" column: small and tertiary so that the row stays readable,
 * packed without spacing so that the column stays narrow. Each is known by a CSS class rather than
 * an id, since every row repeats it.
 */
public final class RowActions {
    private RowActions() {
    }

    public static Button button(String text, String className, ComponentEventListener<ClickEvent<Button>> click) {
        Button button = new Button(text, click);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.addClassName(className);
        return button;
    }

    public static HorizontalLayout of(Button... buttons) {
        HorizontalLayout actions = new HorizontalLayout(buttons);
        actions.setSpacing(false);
        return actions;
    }
}

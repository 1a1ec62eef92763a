package org.tremplin.ui.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The toolbar buttons of a list view: its primary action, which needs no row, and the actions on
 * the row selected in its grid, each enabled only while a row it applies to is selected. The use
 * case remains the judge of every action; the buttons only spare the user a request bound to fail.
 *
 * @param <T> the grid's rows
 */
public final class GridActions<T> {
    private final Grid<T> grid;
    private final Map<Button, Predicate<T>> rowActions = new LinkedHashMap<>();

    public GridActions(Grid<T> grid) {
        this.grid = grid;
        grid.addSelectionListener(selection -> enableFor(selection.getFirstSelectedItem()));
    }

    /** The view's main action (create, record, sign...), shown as its primary button. */
    public static Button primary(String text, Component icon, String id, Runnable action) {
        Button button = new Button(text, icon, click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setId(id);
        return button;
    }

    /** An action on the selected row, whatever that row; {@code icon} may be null. */
    public Button onSelected(String text, Component icon, String id, Consumer<T> action) {
        return onSelected(text, icon, id, row -> true, action);
    }

    /** An action on the selected row, enabled only while that row is one it {@code appliesTo}. */
    public Button onSelected(String text, Component icon, String id, Predicate<T> appliesTo, Consumer<T> action) {
        Button button = icon == null
                ? new Button(text, click -> selected().ifPresent(action))
                : new Button(text, icon, click -> selected().ifPresent(action));
        button.setId(id);
        button.setEnabled(false);
        rowActions.put(button, appliesTo);
        return button;
    }

    public Optional<T> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    /** After a save: the rows read again, and the saved one selected so that the user sees it. */
    public void showSaved(T saved) {
        grid.getDataProvider().refreshAll();
        grid.select(saved);
    }

    private void enableFor(Optional<T> row) {
        rowActions.forEach((button, appliesTo) -> button.setEnabled(row.map(appliesTo::test).orElse(false)));
    }
}

package org.tremplin.ui.component;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.tremplin.ui.export.GridCsvExport;

/**
 * The frame of a list view filtered by free text alone: its title, a toolbar whose search box takes
 * the free width, then the editing buttons (for those allowed to edit) and the CSV export, and the
 * grid filling the rest of the page. Everything is named after the view's {@code key}: the texts
 * {@code key.title} and {@code key.filter}, the ids {@code key-filter}, the export file {@code key}.
 */
public final class SearchableList {
    private SearchableList() {
    }

    /** @param addEditing adds the editing buttons to the toolbar; null when the user may not edit */
    public static void layOut(VerticalLayout view, String key, TextField search, Grid<?> grid,
                              Consumer<HorizontalLayout> addEditing) {
        view.setSizeFull();
        ListFilters.search(search, view.getTranslation(key + ".filter"), key + "-filter",
                () -> grid.getDataProvider().refreshAll());
        HorizontalLayout toolbar = new HorizontalLayout(search);
        toolbar.setWidthFull();
        toolbar.setFlexGrow(1, search);
        if (addEditing != null) {
            addEditing.accept(toolbar);
        }
        toolbar.add(GridCsvExport.of(grid, key));
        view.add(new H2(view.getTranslation(key + ".title")), toolbar, grid);
        view.setFlexGrow(1, grid);
    }
}

package org.tremplin.ui.programme;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import java.util.Optional;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.ProgrammeFilter;
import org.tremplin.application.port.in.ProgrammeSortKey;
import org.tremplin.application.programme.ProgrammeAdministration;
import org.tremplin.domain.identity.Role;
import org.tremplin.domain.programme.Programme;
import org.tremplin.domain.programme.RncpCode;
import org.tremplin.ui.rights.AllowedRoles;
import org.tremplin.ui.rights.EditingRights;
import org.tremplin.ui.component.GridActions;
import org.tremplin.ui.component.LazyGrid;
import org.tremplin.ui.component.ListFilters;
import org.tremplin.ui.component.SearchableList;
import org.tremplin.ui.shell.MainLayout;

/**
 * The programmes the network teaches, in a lazy grid sorted by title. Administrators create and
 * revise them (the buttons are hidden from the other roles; the use case remains the judge).
 */
@Menu(title = "nav.programmes", order = 4, icon = "vaadin:book")
@Route(value = "programmes", layout = MainLayout.class)
@AllowedRoles({Role.ADMIN, Role.SCHOOL_MANAGER, Role.FUNDER_VIEWER})
public final class ProgrammesView extends VerticalLayout implements HasDynamicTitle {
    private final transient ProgrammeAdministration programmes;
    private final TextField filter = new TextField();
    private final Grid<Programme> grid = new Grid<>();
    private final GridActions<Programme> actions = new GridActions<>(grid);

    ProgrammesView(ProgrammeAdministration programmes) {
        this.programmes = programmes;
        buildGrid();
        SearchableList.layOut(this, "programmes", filter, grid, EditingRights.mayShapeNetwork() ? this::addEditing : null);
    }

    private void buildGrid() {
        grid.addColumn(Programme::title).setHeader(getTranslation("programmes.column.title"))
                .setSortProperty(ProgrammeSortKey.TITLE.name()).setFlexGrow(3);
        grid.addColumn(programme -> programme.rncpCode().map(RncpCode::value).orElse(""))
                .setHeader(getTranslation("programmes.column.rncp")).setAutoWidth(true);
        grid.addColumn(programme -> programme.level().map(String::valueOf).orElse(""))
                .setHeader(getTranslation("programmes.column.level")).setAutoWidth(true);
        grid.addColumn(programme -> programme.phases().centreMonths())
                .setHeader(getTranslation("programmes.column.centre-months")).setAutoWidth(true);
        grid.addColumn(programme -> programme.phases().workStudyMonths())
                .setHeader(getTranslation("programmes.column.work-study-months")).setAutoWidth(true);
        grid.setId("programmes-grid");
        LazyGrid.show(grid, programmes::list, this::filter,
                ProgrammeSortKey.class, Sort.ascending(ProgrammeSortKey.TITLE));
    }

    private void addEditing(HorizontalLayout toolbar) {
        toolbar.add(
                GridActions.primary(getTranslation("programme.action.create"), VaadinIcon.PLUS.create(),
                        "programmes-create", () -> ProgrammeFormDialog.creating(programmes, actions::showSaved).open()),
                actions.onSelected(getTranslation("form.edit"), VaadinIcon.EDIT.create(), "programmes-edit",
                        programme -> ProgrammeFormDialog.revising(programmes, programme, actions::showSaved).open()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("programmes.title") + " · Tremplin";
    }

    private ProgrammeFilter filter() {
        return new ProgrammeFilter(ListFilters.text(filter), Optional.empty());
    }
}

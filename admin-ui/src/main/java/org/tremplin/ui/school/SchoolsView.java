package org.tremplin.ui.school;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import java.util.Optional;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.SchoolFilter;
import org.tremplin.application.port.in.SchoolSortKey;
import org.tremplin.application.school.SchoolAdministration;
import org.tremplin.domain.identity.Role;
import org.tremplin.domain.school.School;
import org.tremplin.ui.rights.AllowedRoles;
import org.tremplin.ui.rights.EditingRights;
import org.tremplin.ui.component.ConsoleFormats;
import org.tremplin.ui.component.GridActions;
import org.tremplin.ui.component.LazyGrid;
import org.tremplin.ui.component.ListFilters;
import org.tremplin.ui.component.SearchableList;
import org.tremplin.ui.shell.MainLayout;

/**
 * The schools of the network (or of the user's scope, which the use case applies), in a lazy
 * grid: each scroll asks {@link SchoolAdministration#list} for one page, sorted by the column the
 * user chose, filtered by a free text. Administrators plan, change, open and close schools from
 * here (the buttons are hidden from the other roles; the use case remains the judge).
 */
@Menu(title = "nav.schools", order = 3, icon = "vaadin:academy-cap")
@Route(value = "schools", layout = MainLayout.class)
@AllowedRoles({Role.ADMIN, Role.SCHOOL_MANAGER, Role.FUNDER_VIEWER})
public final class SchoolsView extends VerticalLayout implements HasDynamicTitle {
    private final transient SchoolAdministration schools;
    private final TextField filter = new TextField();
    private final Grid<School> grid = new Grid<>();
    private final GridActions<School> actions = new GridActions<>(grid);

    SchoolsView(SchoolAdministration schools) {
        this.schools = schools;
        buildGrid();
        SearchableList.layOut(this, "schools", filter, grid, EditingRights.mayShapeNetwork() ? this::addEditing : null);
    }

    private void buildGrid() {
        Grid.Column<School> name = grid.addColumn(School::name).setHeader(getTranslation("schools.column.name"))
                .setSortProperty(SchoolSortKey.NAME.name()).setFlexGrow(3);
        grid.addColumn(School::town).setHeader(getTranslation("schools.column.town"))
                .setSortProperty(SchoolSortKey.TOWN.name()).setFlexGrow(2);
        grid.addColumn(school -> school.region().frenchName()).setHeader(getTranslation("schools.column.region"))
                .setSortProperty(SchoolSortKey.REGION.name()).setFlexGrow(2);
        grid.addColumn(school -> school.departement().code())
                .setHeader(getTranslation("schools.column.departement")).setFlexGrow(0).setAutoWidth(true);
        grid.addColumn(school -> getTranslation("school.status." + school.status().name()))
                .setHeader(getTranslation("schools.column.status")).setSortProperty(SchoolSortKey.STATUS.name())
                .setAutoWidth(true);
        grid.addColumn(school -> ConsoleFormats.date(school.openedOn()))
                .setHeader(getTranslation("schools.column.opened-on"))
                .setSortProperty(SchoolSortKey.OPENED_ON.name()).setAutoWidth(true);
        grid.setMultiSort(false);
        grid.setId("schools-grid");
        LazyGrid.show(grid, schools::list, this::filter, SchoolSortKey.class, Sort.ascending(SchoolSortKey.NAME));
        grid.sort(GridSortOrder.asc(name).build());
    }

    private void addEditing(HorizontalLayout toolbar) {
        toolbar.add(
                GridActions.primary(getTranslation("school.action.plan"), VaadinIcon.PLUS.create(), "schools-plan",
                        () -> SchoolFormDialog.planning(schools, actions::showSaved).open()),
                actions.onSelected(getTranslation("form.edit"), VaadinIcon.EDIT.create(), "schools-edit",
                        school -> SchoolFormDialog.editing(schools, school, actions::showSaved).open()),
                actions.onSelected(getTranslation("school.action.open"), null, "schools-open",
                        school -> new SchoolStatusDialog(schools, school, true, actions::showSaved).open()),
                actions.onSelected(getTranslation("school.action.close"), null, "schools-close",
                        school -> new SchoolStatusDialog(schools, school, false, actions::showSaved).open()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("schools.title") + " · Tremplin";
    }

    private SchoolFilter filter() {
        return new SchoolFilter(Optional.empty(), Optional.empty(), Optional.empty(), ListFilters.text(filter),
                Optional.empty());
    }
}

package org.tremplin.ui.school;

import org.tremplin.ui.component.ConsoleFormats;
import org.tremplin.ui.component.PagedFetch;
import org.tremplin.ui.shell.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.tremplin.domain.identity.Role;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.SchoolFilter;
import org.tremplin.application.port.in.SchoolSortKey;
import org.tremplin.application.school.SchoolAdministration;
import org.tremplin.domain.school.School;
import org.tremplin.ui.access.AllowedRoles;
import org.tremplin.ui.export.GridCsvExport;
import org.tremplin.ui.session.ConsoleSession;

/**
 * The schools of the network (or of the user's scope, which the use case applies), in a lazy
 * grid: each scroll asks {@link SchoolAdministration#list} for one page, sorted by the column the
 * user chose, filtered by a free text. Administrators plan, change, open and close schools from
 * here (the buttons are hidden from the other roles; the use case remains the judge).
 */
@Route(value = "schools", layout = MainLayout.class)
@AllowedRoles({Role.ADMIN, Role.SCHOOL_MANAGER, Role.FUNDER_VIEWER})
public final class SchoolsView extends VerticalLayout implements HasDynamicTitle {
    private final transient SchoolAdministration schools;
    private final TextField filter = new TextField();
    private final Grid<School> grid = new Grid<>();

    SchoolsView(SchoolAdministration schools) {
        this.schools = schools;
        setSizeFull();
        filter.setPlaceholder(getTranslation("schools.filter"));
        filter.setAriaLabel(getTranslation("schools.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setId("schools-filter");
        filter.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

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
        grid.setItems(this::fetch, this::count);
        grid.sort(GridSortOrder.asc(name).build());

        HorizontalLayout toolbar = new HorizontalLayout(filter);
        toolbar.setWidthFull();
        toolbar.setFlexGrow(1, filter);
        if (ConsoleSession.user().map(user -> user.role() == Role.ADMIN).orElse(false)) {
            addEditing(toolbar);
        }
        add(new H2(getTranslation("schools.title")), toolbar, grid);
        toolbar.add(GridCsvExport.of(grid, "schools"));
        setFlexGrow(1, grid);
    }

    private void addEditing(HorizontalLayout toolbar) {
        Button plan = new Button(getTranslation("school.action.plan"), VaadinIcon.PLUS.create(),
                click -> SchoolFormDialog.planning(schools, this::saved).open());
        plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        plan.setId("schools-plan");
        Button edit = new Button(getTranslation("form.edit"), VaadinIcon.EDIT.create(),
                click -> selected(school -> SchoolFormDialog.editing(schools, school, this::saved).open()));
        edit.setId("schools-edit");
        Button open = new Button(getTranslation("school.action.open"),
                click -> selected(school -> new SchoolStatusDialog(schools, school, true, this::saved).open()));
        open.setId("schools-open");
        Button close = new Button(getTranslation("school.action.close"),
                click -> selected(school -> new SchoolStatusDialog(schools, school, false, this::saved).open()));
        close.setId("schools-close");
        for (Button button : List.of(edit, open, close)) {
            button.setEnabled(false);
        }
        grid.addSelectionListener(selection -> {
            boolean one = selection.getFirstSelectedItem().isPresent();
            edit.setEnabled(one);
            open.setEnabled(one);
            close.setEnabled(one);
        });
        toolbar.add(plan, edit, open, close);
    }

    private void selected(java.util.function.Consumer<School> action) {
        grid.getSelectedItems().stream().findFirst().ifPresent(action);
    }

    private void saved(School school) {
        grid.getDataProvider().refreshAll();
        grid.select(school);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("schools.title") + " · Tremplin";
    }

    private Stream<School> fetch(Query<School, Void> query) {
        SchoolFilter currentFilter = filter();
        Sort<SchoolSortKey> sort = sort(query.getSortOrders());
        return PagedFetch.fetch(query.getOffset(), query.getLimit(), page -> schools.list(currentFilter, sort, page));
    }

    private int count(Query<School, Void> query) {
        SchoolFilter currentFilter = filter();
        Sort<SchoolSortKey> sort = sort(query.getSortOrders());
        return PagedFetch.count(page -> schools.list(currentFilter, sort, page));
    }

    private SchoolFilter filter() {
        Optional<String> text = Optional.of(filter.getValue().strip()).filter(value -> !value.isEmpty());
        return new SchoolFilter(Optional.empty(), Optional.empty(), Optional.empty(), text, Optional.empty());
    }

    private static Sort<SchoolSortKey> sort(List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return Sort.ascending(SchoolSortKey.NAME);
        }
        QuerySortOrder order = orders.getFirst();
        SchoolSortKey key = SchoolSortKey.valueOf(order.getSorted());
        return order.getDirection() == SortDirection.DESCENDING ? Sort.descending(key) : Sort.ascending(key);
    }
}

package org.tremplin.ui.programme;

import org.tremplin.ui.component.PagedFetch;
import org.tremplin.ui.shell.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.Optional;
import java.util.stream.Stream;
import org.tremplin.domain.identity.Role;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.ProgrammeFilter;
import org.tremplin.application.port.in.ProgrammeSortKey;
import org.tremplin.application.programme.ProgrammeAdministration;
import org.tremplin.domain.programme.Programme;
import org.tremplin.domain.programme.RncpCode;
import org.tremplin.ui.access.AllowedRoles;
import org.tremplin.ui.export.GridCsvExport;
import org.tremplin.ui.session.ConsoleSession;

/**
 * The programmes the network teaches, in a lazy grid sorted by title. Administrators create and
 * revise them (the buttons are hidden from the other roles; the use case remains the judge).
 */
@Route(value = "programmes", layout = MainLayout.class)
@AllowedRoles({Role.ADMIN, Role.SCHOOL_MANAGER, Role.FUNDER_VIEWER})
public final class ProgrammesView extends VerticalLayout implements HasDynamicTitle {
    private final transient ProgrammeAdministration programmes;
    private final TextField filter = new TextField();
    private final Grid<Programme> grid = new Grid<>();

    ProgrammesView(ProgrammeAdministration programmes) {
        this.programmes = programmes;
        setSizeFull();
        filter.setPlaceholder(getTranslation("programmes.filter"));
        filter.setAriaLabel(getTranslation("programmes.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setId("programmes-filter");
        filter.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

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
        grid.setItems(this::fetch, this::count);

        HorizontalLayout toolbar = new HorizontalLayout(filter);
        toolbar.setWidthFull();
        toolbar.setFlexGrow(1, filter);
        if (ConsoleSession.user().map(user -> user.role() == Role.ADMIN).orElse(false)) {
            Button create = new Button(getTranslation("programme.action.create"), VaadinIcon.PLUS.create(),
                    click -> ProgrammeFormDialog.creating(programmes, this::saved).open());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("programmes-create");
            Button edit = new Button(getTranslation("form.edit"), VaadinIcon.EDIT.create(),
                    click -> grid.getSelectedItems().stream().findFirst().ifPresent(
                            programme -> ProgrammeFormDialog.revising(programmes, programme, this::saved).open()));
            edit.setId("programmes-edit");
            edit.setEnabled(false);
            grid.addSelectionListener(selection -> edit.setEnabled(selection.getFirstSelectedItem().isPresent()));
            toolbar.add(create, edit);
        }
        add(new H2(getTranslation("programmes.title")), toolbar, grid);
        toolbar.add(GridCsvExport.of(grid, "programmes"));
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("programmes.title") + " · Tremplin";
    }

    private void saved(Programme programme) {
        grid.getDataProvider().refreshAll();
        grid.select(programme);
    }

    private Stream<Programme> fetch(Query<Programme, Void> query) {
        ProgrammeFilter current = filter();
        Sort<ProgrammeSortKey> sort = sort(query);
        return PagedFetch.fetch(query.getOffset(), query.getLimit(), page -> programmes.list(current, sort, page));
    }

    private int count(Query<Programme, Void> query) {
        ProgrammeFilter current = filter();
        return PagedFetch.count(page -> programmes.list(current, Sort.ascending(ProgrammeSortKey.TITLE), page));
    }

    private ProgrammeFilter filter() {
        return new ProgrammeFilter(Optional.of(filter.getValue().strip()).filter(text -> !text.isEmpty()), Optional.empty());
    }

    private static Sort<ProgrammeSortKey> sort(Query<Programme, Void> query) {
        boolean descending = !query.getSortOrders().isEmpty()
                && query.getSortOrders().getFirst().getDirection() == SortDirection.DESCENDING;
        return descending ? Sort.descending(ProgrammeSortKey.TITLE) : Sort.ascending(ProgrammeSortKey.TITLE);
    }
}

package org.tremplin.ui.cohort;

import org.tremplin.ui.component.ConsoleFormats;
import org.tremplin.ui.component.ListViews;
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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.tremplin.domain.identity.Role;
import org.tremplin.application.cohort.CohortAdministration;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.CohortFilter;
import org.tremplin.application.port.in.CohortSortKey;
import org.tremplin.application.port.in.ProgrammeFilter;
import org.tremplin.application.port.in.ProgrammeSortKey;
import org.tremplin.application.programme.ProgrammeAdministration;
import org.tremplin.application.school.SchoolAdministration;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.cohort.CohortCalendar;
import org.tremplin.domain.programme.Programme;
import org.tremplin.domain.programme.ProgrammeId;
import org.tremplin.domain.school.School;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.ui.access.AllowedRoles;
import org.tremplin.ui.export.GridCsvExport;
import org.tremplin.ui.session.ConsoleSession;

/**
 * The cohorts, in a lazy grid filtered by school, with each cohort's two phases (in the school,
 * then in work-study) as {@link Cohort#calendar()} derives them. Administrators and school
 * managers open and reschedule cohorts; the use case decides which schools a manager may touch.
 * The schools and programmes that name the rows are read once, one page each (the network counts
 * a few dozen of each).
 */
@Route(value = "cohorts", layout = MainLayout.class)
@AllowedRoles({Role.ADMIN, Role.SCHOOL_MANAGER, Role.FUNDER_VIEWER})
public final class CohortsView extends VerticalLayout implements HasDynamicTitle {
    private final transient CohortAdministration cohorts;
    private final Map<SchoolId, School> schools = new LinkedHashMap<>();
    private final Map<ProgrammeId, Programme> programmes = new LinkedHashMap<>();
    private final Select<School> school = new Select<>();
    private final Grid<Cohort> grid = new Grid<>();

    CohortsView(CohortAdministration cohorts, SchoolAdministration schoolAdministration,
                ProgrammeAdministration programmeAdministration) {
        this.cohorts = cohorts;
        setSizeFull();
        PageRequest all = PageRequest.first(PageRequest.MAX_SIZE);
        ListViews.schools(schoolAdministration).forEach(each -> schools.put(each.id(), each));
        programmeAdministration.list(ProgrammeFilter.all(), Sort.ascending(ProgrammeSortKey.TITLE), all).items()
                .forEach(each -> programmes.put(each.id(), each));

        school.setLabel(getTranslation("cohorts.filter.school"));
        school.setEmptySelectionAllowed(true);
        school.setEmptySelectionCaption(getTranslation("cohorts.filter.all-schools"));
        school.setItems(List.copyOf(schools.values()));
        school.setItemLabelGenerator(each -> each == null ? getTranslation("cohorts.filter.all-schools") : each.name());
        school.setId("cohorts-school-filter");
        school.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        Grid.Column<Cohort> start = grid.addColumn(cohort -> ConsoleFormats.date(Optional.of(cohort.startDate())))
                .setHeader(getTranslation("cohorts.column.start")).setSortProperty(CohortSortKey.START_DATE.name())
                .setAutoWidth(true);
        grid.addColumn(Cohort::name).setHeader(getTranslation("cohorts.column.name"))
                .setSortProperty(CohortSortKey.NAME.name()).setFlexGrow(2);
        grid.addColumn(cohort -> name(schools, cohort.schoolId(), School::name))
                .setHeader(getTranslation("cohorts.column.school")).setFlexGrow(2);
        grid.addColumn(cohort -> name(programmes, cohort.programmeId(), Programme::title))
                .setHeader(getTranslation("cohorts.column.programme")).setFlexGrow(2);
        grid.addColumn(Cohort::seats).setHeader(getTranslation("cohorts.column.seats")).setAutoWidth(true);
        grid.addColumn(cohort -> period(cohort.calendar().centreStart(), cohort.calendar().centreEnd()))
                .setHeader(getTranslation("cohorts.column.centre")).setAutoWidth(true);
        grid.addColumn(cohort -> workStudy(cohort.calendar()))
                .setHeader(getTranslation("cohorts.column.work-study")).setAutoWidth(true);
        grid.setMultiSort(false);
        grid.setId("cohorts-grid");
        grid.setItems(this::fetch, this::count);
        grid.sort(GridSortOrder.desc(start).build());

        HorizontalLayout toolbar = new HorizontalLayout(school);
        toolbar.setWidthFull();
        toolbar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        if (ConsoleSession.user().map(user -> user.role() != Role.FUNDER_VIEWER).orElse(false)) {
            Button create = new Button(getTranslation("cohort.action.create"), VaadinIcon.PLUS.create(),
                    click -> CohortFormDialog.opening(cohorts, List.copyOf(schools.values()),
                            List.copyOf(programmes.values()), this::saved).open());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("cohorts-create");
            Button edit = new Button(getTranslation("cohort.action.reschedule"), VaadinIcon.EDIT.create(),
                    click -> grid.getSelectedItems().stream().findFirst().ifPresent(
                            cohort -> CohortFormDialog.rescheduling(cohorts, cohort, this::saved).open()));
            edit.setId("cohorts-edit");
            edit.setEnabled(false);
            grid.addSelectionListener(selection -> edit.setEnabled(selection.getFirstSelectedItem().isPresent()));
            toolbar.add(create, edit);
        }
        add(new H2(getTranslation("cohorts.title")), toolbar, grid);
        toolbar.add(GridCsvExport.of(grid, "cohorts"));
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cohorts.title") + " · Tremplin";
    }

    private void saved(Cohort cohort) {
        grid.getDataProvider().refreshAll();
        grid.select(cohort);
    }

    private Stream<Cohort> fetch(Query<Cohort, Void> query) {
        CohortFilter current = filter();
        Sort<CohortSortKey> sort = sort(query.getSortOrders());
        return PagedFetch.fetch(query.getOffset(), query.getLimit(), page -> cohorts.list(current, sort, page));
    }

    private int count(Query<Cohort, Void> query) {
        CohortFilter current = filter();
        return PagedFetch.count(page -> cohorts.list(current, Sort.ascending(CohortSortKey.START_DATE), page));
    }

    private CohortFilter filter() {
        return new CohortFilter(Optional.ofNullable(school.getValue()).map(chosen -> Set.of(chosen.id())),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static Sort<CohortSortKey> sort(List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return Sort.descending(CohortSortKey.START_DATE);
        }
        CohortSortKey key = CohortSortKey.valueOf(orders.getFirst().getSorted());
        return orders.getFirst().getDirection() == SortDirection.DESCENDING ? Sort.descending(key) : Sort.ascending(key);
    }

    private static <K, V> String name(Map<K, V> known, K id, Function<V, String> name) {
        V value = known.get(id);
        return value == null ? "" : name.apply(value);
    }

    static String period(LocalDate from, LocalDate to) {
        return ConsoleFormats.date(Optional.of(from)) + " – " + ConsoleFormats.date(Optional.of(to));
    }

    private String workStudy(CohortCalendar calendar) {
        return calendar.workStudyEnd().isBefore(calendar.workStudyStart()) ? getTranslation("cohorts.no-work-study")
                : period(calendar.workStudyStart(), calendar.workStudyEnd());
    }
}

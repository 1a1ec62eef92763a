package org.tremplin.ui.cohort;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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
import org.tremplin.domain.identity.Permission;
import org.tremplin.domain.identity.Role;
import org.tremplin.domain.programme.Programme;
import org.tremplin.domain.programme.ProgrammeId;
import org.tremplin.domain.school.School;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.ui.component.GridActions;
import org.tremplin.ui.rights.AllowedRoles;
import org.tremplin.ui.rights.EditingRights;
import org.tremplin.ui.component.ConsoleFormats;
import org.tremplin.ui.component.LazyGrid;
import org.tremplin.ui.component.ListFilters;
import org.tremplin.ui.export.GridCsvExport;
import org.tremplin.ui.shell.MainLayout;

/**
 * The cohorts, in a lazy grid filtered by school, with each cohort's two phases (in the school,
 * then in work-study) as {@link Cohort#calendar()} derives them. Administrators and school
 * managers open and reschedule cohorts; the use case decides which schools a manager may touch.
 * The schools and programmes that name the rows are read once, one page each (the network counts
 * a few dozen of each).
 */
@Menu(title = "nav.cohorts", order = 5, icon = "vaadin:group")
@Route(value = "cohorts", layout = MainLayout.class)
@AllowedRoles({Role.ADMIN, Role.SCHOOL_MANAGER, Role.FUNDER_VIEWER})
public final class CohortsView extends VerticalLayout implements HasDynamicTitle {
    private final transient CohortAdministration cohorts;
    private final Map<SchoolId, School> schools = new LinkedHashMap<>();
    private final Map<ProgrammeId, Programme> programmes = new LinkedHashMap<>();
    private final Select<School> school = new Select<>();
    private final Grid<Cohort> grid = new Grid<>();
    private final GridActions<Cohort> actions = new GridActions<>(grid);

    CohortsView(CohortAdministration cohorts, SchoolAdministration schoolAdministration,
                ProgrammeAdministration programmeAdministration) {
        this.cohorts = cohorts;
        setSizeFull();
        readNames(schoolAdministration, programmeAdministration);
        buildSchoolFilter();
        buildGrid();
        HorizontalLayout toolbar = new HorizontalLayout(school);
        toolbar.setWidthFull();
        toolbar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        if (EditingRights.may(Permission.MANAGE_NETWORK)) {
            addEditing(toolbar);
        }
        add(new H2(getTranslation("cohorts.title")), toolbar, grid);
        toolbar.add(GridCsvExport.of(grid, "cohorts"));
        setFlexGrow(1, grid);
    }

    private void readNames(SchoolAdministration schoolAdministration, ProgrammeAdministration programmeAdministration) {
        PageRequest all = PageRequest.first(PageRequest.MAX_SIZE);
        ListFilters.schools(schoolAdministration).forEach(each -> schools.put(each.id(), each));
        programmeAdministration.list(ProgrammeFilter.all(), Sort.ascending(ProgrammeSortKey.TITLE), all).items()
                .forEach(each -> programmes.put(each.id(), each));
    }

    private void buildSchoolFilter() {
        school.setLabel(getTranslation("cohorts.filter.school"));
        school.setEmptySelectionAllowed(true);
        school.setEmptySelectionCaption(getTranslation("cohorts.filter.all-schools"));
        school.setItems(List.copyOf(schools.values()));
        school.setItemLabelGenerator(each -> each == null ? getTranslation("cohorts.filter.all-schools") : each.name());
        school.setId("cohorts-school-filter");
        school.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
    }

    private void buildGrid() {
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
        LazyGrid.show(grid, cohorts::list, this::filter,
                CohortSortKey.class, Sort.descending(CohortSortKey.START_DATE));
        grid.sort(GridSortOrder.desc(start).build());
    }

    private void addEditing(HorizontalLayout toolbar) {
        toolbar.add(
                GridActions.primary(getTranslation("cohort.action.create"), VaadinIcon.PLUS.create(), "cohorts-create",
                        () -> CohortFormDialog.opening(cohorts, List.copyOf(schools.values()),
                                List.copyOf(programmes.values()), actions::showSaved).open()),
                actions.onSelected(getTranslation("cohort.action.reschedule"), VaadinIcon.EDIT.create(), "cohorts-edit",
                        cohort -> CohortFormDialog.rescheduling(cohorts, cohort, actions::showSaved).open()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cohorts.title") + " · Tremplin";
    }

    private CohortFilter filter() {
        return new CohortFilter(Optional.ofNullable(school.getValue()).map(chosen -> Set.of(chosen.id())),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
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

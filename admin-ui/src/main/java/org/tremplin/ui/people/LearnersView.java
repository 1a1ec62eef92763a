package org.tremplin.ui.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tremplin.application.cohort.CohortAdministration;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.learner.LearnerAdministration;
import org.tremplin.application.learner.VisibleLearner;
import org.tremplin.application.port.in.CohortFilter;
import org.tremplin.application.port.in.CohortSortKey;
import org.tremplin.application.port.in.LearnerFilter;
import org.tremplin.application.port.in.LearnerSortKey;
import org.tremplin.application.school.SchoolAdministration;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.identity.Role;
import org.tremplin.domain.learner.LearnerStatus;
import org.tremplin.domain.school.School;
import org.tremplin.ui.component.GridActions;
import org.tremplin.ui.rights.AllowedRoles;
import org.tremplin.ui.component.ConsoleFormats;
import org.tremplin.ui.component.LazyGrid;
import org.tremplin.ui.component.ListFilters;
import org.tremplin.ui.component.RowActions;
import org.tremplin.ui.export.GridCsvExport;
import org.tremplin.ui.shell.MainLayout;

/**
 * The learners of the user's schools (the use case narrows the list), in a lazy grid over
 * {@link LearnerAdministration#list}: each scroll asks for one page. The RQTH column shows only
 * when the use case returns the disability status, which it does only to callers allowed to read
 * health data; the view never decides that from the role. Learners are enrolled directly here,
 * moved along the programme and have their details corrected through forms (ADR 0009).
 */
@Menu(title = "nav.learners", order = 7, icon = "vaadin:users")
@Route(value = "learners", layout = MainLayout.class)
@AllowedRoles({Role.ADMIN, Role.SCHOOL_MANAGER})
public final class LearnersView extends VerticalLayout implements HasDynamicTitle {
    private final transient LearnerAdministration learners;
    private final transient CohortAdministration cohorts;
    private final CohortChoices cohortChoices;
    private final Map<CohortId, String> cohortNames = new HashMap<>();
    private final Select<School> school = new Select<>();
    private final Select<Cohort> cohort = new Select<>();
    private final Select<LearnerStatus> status = new Select<>();
    private final DatePicker enrolledFrom = new DatePicker();
    private final DatePicker enrolledTo = new DatePicker();
    private final TextField text = new TextField();
    private final Grid<VisibleLearner> grid = new Grid<>();
    private final Grid.Column<VisibleLearner> disability;

    LearnersView(LearnerAdministration learners, SchoolAdministration schools, CohortAdministration cohorts) {
        this.learners = learners;
        this.cohorts = cohorts;
        setSizeFull();
        List<School> schoolList = ListFilters.schools(schools);
        cohortChoices = new CohortChoices(cohorts, schoolList);
        buildFilters(schoolList);
        disability = buildGrid();
        showDisabilityIfGiven();

        HorizontalLayout filters = new HorizontalLayout(text, school, cohort, status, enrolledFrom, enrolledTo);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2(getTranslation("learners.title")), toolbar(), filters, grid);
        filters.add(GridCsvExport.of(grid, "learners"));
        setFlexGrow(1, grid);
    }

    private void buildFilters(List<School> schoolList) {
        ListFilters.anyOf(school, getTranslation("filter.school"), "learners-school", schoolList, School::name);
        school.addValueChangeListener(change -> {
            cohort.setItems(cohortsOf(change.getValue()));
            cohort.setEnabled(change.getValue() != null);
            refresh();
        });
        cohort.setLabel(getTranslation("filter.cohort"));
        cohort.setItemLabelGenerator(chosen -> chosen == null ? getTranslation("filter.all") : chosen.name());
        cohort.setEmptySelectionAllowed(true);
        cohort.setEmptySelectionCaption(getTranslation("filter.all"));
        cohort.setEnabled(false);
        cohort.setId("learners-cohort");
        cohort.addValueChangeListener(change -> refresh());
        ListFilters.anyOf(status, getTranslation("learners.column.status"), "learners-status",
                List.of(LearnerStatus.values()), chosen -> getTranslation("learner.status." + chosen.name()));
        status.addValueChangeListener(change -> refresh());
        enrolledFrom.setLabel(getTranslation("learners.filter.enrolled-from"));
        enrolledFrom.setId("learners-enrolled-from");
        enrolledFrom.addValueChangeListener(change -> refresh());
        enrolledTo.setLabel(getTranslation("learners.filter.enrolled-to"));
        enrolledTo.setId("learners-enrolled-to");
        enrolledTo.addValueChangeListener(change -> refresh());
        text.setLabel(getTranslation("learners.filter"));
        ListFilters.search(text, "learners-filter", this::refresh);
    }

    /** The grid's columns and rows; returns the disability column, shown only when the use case gives it. */
    private Grid.Column<VisibleLearner> buildGrid() {
        Grid.Column<VisibleLearner> name = grid.addColumn(learner -> ConsoleFormats.name(learner.name()))
                .setHeader(getTranslation("learners.column.name")).setSortProperty(LearnerSortKey.FAMILY_NAME.name())
                .setWidth("16rem").setFlexGrow(2).setResizable(true);
        grid.addColumn(learner -> learner.email().value()).setHeader(getTranslation("learners.column.email"))
                .setWidth("20rem").setFlexGrow(2).setResizable(true);
        grid.addColumn(learner -> cohortName(learner.cohortId())).setHeader(getTranslation("learners.column.cohort"))
                .setWidth("12rem").setFlexGrow(2).setResizable(true);
        grid.addColumn(learner -> getTranslation("learner.status." + learner.status().name()))
                .setHeader(getTranslation("learners.column.status")).setAutoWidth(true);
        grid.addColumn(learner -> ConsoleFormats.date(learner.enrolledOn()))
                .setHeader(getTranslation("learners.column.enrolled-on"))
                .setSortProperty(LearnerSortKey.ENROLLED_ON.name()).setAutoWidth(true);
        grid.addColumn(VisibleLearner::ageAtEntry).setHeader(getTranslation("learners.column.age-at-entry"))
                .setAutoWidth(true);
        grid.addColumn(learner -> getTranslation("gender." + learner.profile().gender().name()))
                .setHeader(getTranslation("learners.column.gender")).setAutoWidth(true);
        grid.addColumn(learner -> getTranslation(learner.profile().priorityNeighbourhood() ? "yes" : "no"))
                .setHeader(getTranslation("learners.column.priority-neighbourhood")).setAutoWidth(true);
        grid.addColumn(learner -> ConsoleFormats.date(learner.profile().jobSeekerSince()))
                .setHeader(getTranslation("learners.column.job-seeker-since")).setAutoWidth(true);
        grid.addColumn(learner -> getTranslation("diploma." + learner.profile().highestDiploma().name()))
                .setHeader(getTranslation("learners.column.diploma")).setAutoWidth(true);
        Grid.Column<VisibleLearner> disabilityColumn = grid.addColumn(learner -> learner.disability()
                        .map(value -> getTranslation("disability." + value.name())).orElse(""))
                .setHeader(getTranslation("learners.column.disability")).setAutoWidth(true).setKey("disability");
        disabilityColumn.setVisible(false);
        grid.addComponentColumn(this::rowActions).setHeader(getTranslation("column.actions")).setKey("actions")
                .setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        grid.setMultiSort(false);
        grid.setId("learners-grid");
        LazyGrid.show(grid, learners::list, this::filter,
                LearnerSortKey.class, Sort.ascending(LearnerSortKey.FAMILY_NAME));
        grid.sort(GridSortOrder.asc(name).build());
        return disabilityColumn;
    }

    /** The actions above the list: a direct enrolment. */
    private HorizontalLayout toolbar() {
        return new HorizontalLayout(GridActions.primary(getTranslation("learner.action.enrol"),
                VaadinIcon.PLUS.create(), "learners-enrol",
                () -> LearnerFormDialog.enrolling(learners, cohortChoices, PersonFields.mayGiveHealthData(),
                        this::saved).open()));
    }

    private HorizontalLayout rowActions(VisibleLearner learner) {
        Button move = RowActions.button(getTranslation("learner.action.status"), "learner-status",
                click -> LearnerStatusDialog.moving(learners, learner, this::saved).open());
        move.setEnabled(!learner.status().hasLeft());
        Button correct = RowActions.button(getTranslation("learner.action.correct"), "learner-correct",
                click -> LearnerFormDialog.correcting(learners, cohortChoices, learner, this::saved).open());
        return RowActions.of(move, correct);
    }

    private void saved(VisibleLearner learner) {
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("learners.title") + " · Tremplin";
    }

    private void refresh() {
        showDisabilityIfGiven();
        grid.getDataProvider().refreshAll();
    }

    /**
     * Shows the RQTH column once the port gives a disability status: the use case gives it to
     * every learner or to none, depending on who asks, so one row tells.
     */
    private void showDisabilityIfGiven() {
        if (!disability.isVisible()) {
            boolean given = learners.list(filter(), Sort.ascending(LearnerSortKey.FAMILY_NAME), PageRequest.first(1))
                    .items().stream().anyMatch(learner -> learner.disability().isPresent());
            disability.setVisible(given);
        }
    }

    private LearnerFilter filter() {
        return new LearnerFilter(Optional.ofNullable(school.getValue()).map(chosen -> Set.of(chosen.id())),
                Optional.ofNullable(cohort.getValue()).map(Cohort::id), Optional.ofNullable(status.getValue()),
                Optional.ofNullable(enrolledFrom.getValue()), Optional.ofNullable(enrolledTo.getValue()),
                ListFilters.text(text), Optional.empty());
    }

    private List<Cohort> cohortsOf(School chosen) {
        if (chosen == null) {
            return List.of();
        }
        return cohorts.list(new CohortFilter(Optional.of(Set.of(chosen.id())), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()), Sort.ascending(CohortSortKey.NAME),
                PageRequest.first(PageRequest.MAX_SIZE)).items();
    }

    /** A page names a few cohorts, asked once each. */
    private String cohortName(CohortId id) {
        return cohortNames.computeIfAbsent(id, key -> cohorts.get(key).name());
    }
}

package org.tremplin.ui.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tremplin.application.applicant.ApplicantSelection;
import org.tremplin.application.applicant.VisibleApplicant;
import org.tremplin.application.cohort.CohortAdministration;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.ApplicantFilter;
import org.tremplin.application.port.in.ApplicantSortKey;
import org.tremplin.application.school.SchoolAdministration;
import org.tremplin.domain.applicant.SelectionStage;
import org.tremplin.domain.applicant.StageChange;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.identity.Role;
import org.tremplin.domain.school.School;
import org.tremplin.ui.component.GridActions;
import org.tremplin.ui.rights.AllowedRoles;
import org.tremplin.ui.component.ConsoleFormats;
import org.tremplin.ui.component.LazyGrid;
import org.tremplin.ui.component.ListFilters;
import org.tremplin.ui.component.PagedFetch;
import org.tremplin.ui.component.RowActions;
import org.tremplin.ui.export.GridCsvExport;
import org.tremplin.ui.shell.MainLayout;

/**
 * The selection funnel as a list: a lazy grid over {@link ApplicantSelection#list} with each
 * applicant's stage, and above it how many applicants stand at each stage, each count asked of the
 * port as the total of a stage-filtered list (one single-row page per stage), never by loading
 * the applicants. Or, once a cohort is chosen, as a board ({@link ApplicantBoard}). Each applicant
 * may be moved to another stage (enrolment creates the learner) or have their details corrected;
 * new applications are recorded here too (ADR 0009).
 */
@Menu(title = "nav.applicants", order = 6, icon = "vaadin:filter")
@Route(value = "applicants", layout = MainLayout.class)
@AllowedRoles({Role.ADMIN, Role.SCHOOL_MANAGER})
public final class ApplicantsView extends VerticalLayout implements HasDynamicTitle {
    private final transient ApplicantSelection applicants;
    private final transient CohortAdministration cohorts;
    private final Map<CohortId, String> cohortNames = new HashMap<>();
    private final CohortChoices cohortChoices;
    private final ComboBox<Cohort> cohort;
    private final Tab listMode = new Tab();
    private final Tab boardMode = new Tab();
    private final ApplicantBoard board;
    private final Select<School> school = new Select<>();
    private final Select<SelectionStage> stage = new Select<>();
    private final DatePicker appliedFrom = new DatePicker();
    private final DatePicker appliedTo = new DatePicker();
    private final TextField text = new TextField();
    private final HorizontalLayout counts = new HorizontalLayout();
    private final Grid<VisibleApplicant> grid = new Grid<>();

    ApplicantsView(ApplicantSelection applicants, SchoolAdministration schools, CohortAdministration cohorts) {
        this.applicants = applicants;
        this.cohorts = cohorts;
        setSizeFull();
        List<School> schoolList = ListFilters.schools(schools);
        cohortChoices = new CohortChoices(cohorts, schoolList);
        cohort = cohortChoices.field(getTranslation("filter.cohort"));
        cohort.setId("applicants-cohort");
        cohort.addValueChangeListener(change -> refresh());
        board = new ApplicantBoard(applicants, this::move, this::correct);
        board.setVisible(false);
        buildFilters(schoolList);
        buildGrid();
        counts.setId("applicants-counts");
        counts.setWrap(true);
        showCounts();

        HorizontalLayout filters = new HorizontalLayout(text, school, cohort, stage, appliedFrom, appliedTo);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2(getTranslation("applicants.title")), toolbar(), counts, filters, grid, board);
        filters.add(GridCsvExport.of(grid, "applicants"));
        setFlexGrow(1, grid);
    }

    private void buildFilters(List<School> schoolList) {
        text.setLabel(getTranslation("applicants.filter"));
        ListFilters.search(text, "applicants-filter", this::refresh);
        ListFilters.anyOf(school, getTranslation("filter.school"), "applicants-school", schoolList, School::name);
        school.addValueChangeListener(change -> refresh());
        ListFilters.anyOf(stage, getTranslation("applicants.column.stage"), "applicants-stage",
                List.of(SelectionStage.values()), chosen -> getTranslation("applicant.stage." + chosen.name()));
        stage.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        appliedFrom.setLabel(getTranslation("applicants.filter.applied-from"));
        appliedFrom.setId("applicants-applied-from");
        appliedFrom.addValueChangeListener(change -> refresh());
        appliedTo.setLabel(getTranslation("applicants.filter.applied-to"));
        appliedTo.setId("applicants-applied-to");
        appliedTo.addValueChangeListener(change -> refresh());
    }

    private void buildGrid() {
        Grid.Column<VisibleApplicant> appliedOn = grid.addColumn(applicant -> ConsoleFormats.date(appliedOn(applicant)))
                .setHeader(getTranslation("applicants.column.applied-on"))
                .setSortProperty(ApplicantSortKey.APPLIED_ON.name()).setAutoWidth(true);
        grid.addColumn(applicant -> ConsoleFormats.name(applicant.name()))
                .setHeader(getTranslation("applicants.column.name"))
                .setSortProperty(ApplicantSortKey.FAMILY_NAME.name()).setFlexGrow(2);
        grid.addColumn(applicant -> applicant.email().value()).setHeader(getTranslation("applicants.column.email"))
                .setFlexGrow(2);
        grid.addColumn(applicant -> cohortName(applicant.cohortId()))
                .setHeader(getTranslation("applicants.column.cohort")).setFlexGrow(2);
        grid.addColumn(applicant -> getTranslation("applicant.stage." + applicant.stage().name()))
                .setHeader(getTranslation("applicants.column.stage")).setSortProperty(ApplicantSortKey.STAGE.name())
                .setAutoWidth(true);
        grid.addColumn(applicant -> ConsoleFormats.date(applicant.history().isEmpty() ? Optional.empty()
                        : Optional.of(applicant.history().getLast().on())))
                .setHeader(getTranslation("applicants.column.stage-since")).setAutoWidth(true);
        grid.addComponentColumn(this::rowActions).setHeader(getTranslation("column.actions")).setKey("actions")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setMultiSort(false);
        grid.setId("applicants-grid");
        LazyGrid.show(grid, applicants::list, () -> filter(Optional.ofNullable(stage.getValue())),
                ApplicantSortKey.class, Sort.descending(ApplicantSortKey.APPLIED_ON));
        grid.sort(GridSortOrder.desc(appliedOn).build());
    }

    /** The actions above the list: a new application and the choice between list and board. */
    private HorizontalLayout toolbar() {
        Button apply = GridActions.primary(getTranslation("applicant.action.apply"), VaadinIcon.PLUS.create(),
                "applicants-apply", () -> ApplicantFormDialog.applying(applicants, cohortChoices,
                        PersonFields.mayGiveHealthData(), this::saved).open());
        listMode.setLabel(getTranslation("applicants.mode.list"));
        listMode.setId("applicants-mode-list");
        boardMode.setLabel(getTranslation("applicants.mode.board"));
        boardMode.setId("applicants-mode-board");
        Tabs mode = new Tabs(listMode, boardMode);
        mode.setId("applicants-mode");
        mode.addSelectedChangeListener(change -> showMode());
        HorizontalLayout toolbar = new HorizontalLayout(apply, mode);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        toolbar.setWrap(true);
        return toolbar;
    }

    private void showMode() {
        boolean onBoard = boardMode.isSelected();
        grid.setVisible(!onBoard);
        counts.setVisible(!onBoard);
        stage.setVisible(!onBoard);
        board.setVisible(onBoard);
        setFlexGrow(onBoard ? 0 : 1, grid);
        refresh();
    }

    /** The board reads only when shown, and only the chosen cohort's applicants. */
    private void showBoard() {
        if (board.isVisible()) {
            board.show(Optional.ofNullable(cohort.getValue()).map(chosen -> atStage -> filter(Optional.of(atStage))));
        }
    }

    private HorizontalLayout rowActions(VisibleApplicant applicant) {
        Button moveButton = RowActions.button(getTranslation("applicant.action.move"), "applicant-move",
                click -> move(applicant));
        moveButton.setEnabled(!applicant.stage().isFinal());
        Button correctButton = RowActions.button(getTranslation("applicant.action.correct"), "applicant-correct",
                click -> correct(applicant));
        return RowActions.of(moveButton, correctButton);
    }

    private void move(VisibleApplicant applicant) {
        ApplicantStageDialog.moving(applicants, applicant, this::refresh).open();
    }

    private void correct(VisibleApplicant applicant) {
        ApplicantFormDialog.correcting(applicants, cohortChoices, applicant, saved -> refresh()).open();
    }

    private void saved(VisibleApplicant applicant) {
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("applicants.title") + " · Tremplin";
    }

    /** Reads again what is shown, and only that: the list and its counts, or the board. */
    private void refresh() {
        if (board.isVisible()) {
            showBoard();
        } else {
            showCounts();
            grid.getDataProvider().refreshAll();
        }
    }

    /** One count per stage, under the other filters (the stage filter itself does not narrow the strip). */
    private void showCounts() {
        counts.removeAll();
        Sort<ApplicantSortKey> sort = Sort.ascending(ApplicantSortKey.APPLIED_ON);
        for (SelectionStage each : SelectionStage.values()) {
            ApplicantFilter atStage = filter(Optional.of(each));
            int count = PagedFetch.count(page -> applicants.list(atStage, sort, page));
            Span label = new Span(getTranslation("applicants.count", getTranslation("applicant.stage." + each.name()),
                    count));
            label.setId("applicants-count-" + each.name());
            counts.add(label);
        }
    }

    private ApplicantFilter filter(Optional<SelectionStage> atStage) {
        return new ApplicantFilter(Optional.ofNullable(school.getValue()).map(chosen -> Set.of(chosen.id())),
                Optional.ofNullable(cohort.getValue()).map(Cohort::id), atStage,
                Optional.ofNullable(appliedFrom.getValue()),
                Optional.ofNullable(appliedTo.getValue()), ListFilters.text(text), Optional.empty());
    }

    /** The day of the first stage on record: the application. */
    private static Optional<LocalDate> appliedOn(VisibleApplicant applicant) {
        return applicant.history().stream().findFirst().map(StageChange::on);
    }

    private String cohortName(CohortId id) {
        return cohortNames.computeIfAbsent(id, key -> cohorts.get(key).name());
    }
}

package org.tremplin.ui.outcome;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tremplin.application.common.Sort;
import org.tremplin.application.learner.LearnerAdministration;
import org.tremplin.application.outcome.OutcomeRecording;
import org.tremplin.application.partner.PartnerAdministration;
import org.tremplin.application.port.in.OutcomeFilter;
import org.tremplin.application.port.in.OutcomeSortKey;
import org.tremplin.domain.identity.Role;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.outcome.Employer;
import org.tremplin.domain.outcome.EmploymentOutcome;
import org.tremplin.domain.outcome.Situation;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.ui.component.GridActions;
import org.tremplin.ui.rights.AllowedRoles;
import org.tremplin.ui.component.ConsoleFormats;
import org.tremplin.ui.component.LazyGrid;
import org.tremplin.ui.component.ListFilters;
import org.tremplin.ui.component.RowActions;
import org.tremplin.ui.export.GridCsvExport;
import org.tremplin.ui.shell.MainLayout;

/**
 * Former learners' situations in a lazy grid over {@link OutcomeRecording#list}, latest observation
 * first. Follow-ups are recorded, corrected and deleted (after confirmation) here (ADR 0009).
 */
@Menu(title = "nav.outcomes", order = 11, icon = "vaadin:briefcase")
@Route(value = "outcomes", layout = MainLayout.class)
@AllowedRoles({Role.ADMIN, Role.SCHOOL_MANAGER})
public final class OutcomesView extends VerticalLayout implements HasDynamicTitle {
    private final transient OutcomeRecording outcomes;
    private final transient LearnerAdministration learners;
    private final transient PartnerAdministration partners;
    private final Map<LearnerId, String> learnerNames = new HashMap<>();
    private final Map<PartnerId, String> employerNames = new HashMap<>();
    private final Select<Situation> situation = new Select<>();
    private final DatePicker observedFrom = new DatePicker();
    private final DatePicker observedTo = new DatePicker();
    private final Grid<EmploymentOutcome> grid = new Grid<>();

    OutcomesView(OutcomeRecording outcomes, LearnerAdministration learners, PartnerAdministration partners) {
        this.outcomes = outcomes;
        this.learners = learners;
        this.partners = partners;
        setSizeFull();
        buildFilters();
        buildGrid();
        HorizontalLayout filters = new HorizontalLayout(situation, observedFrom, observedTo);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2(getTranslation("outcomes.title")), toolbar(), filters, grid);
        filters.add(GridCsvExport.of(grid, "outcomes"));
        setFlexGrow(1, grid);
    }

    private void buildFilters() {
        ListFilters.anyOf(situation, getTranslation("outcomes.column.situation"), "outcomes-situation",
                List.of(Situation.values()), chosen -> getTranslation("situation." + chosen.name()));
        situation.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        observedFrom.setLabel(getTranslation("outcomes.filter.observed-from"));
        observedFrom.setId("outcomes-observed-from");
        observedFrom.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        observedTo.setLabel(getTranslation("outcomes.filter.observed-to"));
        observedTo.setId("outcomes-observed-to");
        observedTo.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
    }

    private void buildGrid() {
        grid.addColumn(outcome -> learnerName(outcome.learnerId())).setHeader(getTranslation("outcomes.column.learner"))
                .setFlexGrow(2);
        Grid.Column<EmploymentOutcome> observedOn = grid.addColumn(outcome -> ConsoleFormats.date(outcome.observedOn()))
                .setHeader(getTranslation("outcomes.column.observed-on"))
                .setSortProperty(OutcomeSortKey.OBSERVED_ON.name()).setAutoWidth(true);
        grid.addColumn(outcome -> getTranslation("situation." + outcome.situation().name()))
                .setHeader(getTranslation("outcomes.column.situation")).setFlexGrow(2);
        grid.addColumn(outcome -> outcome.employer().map(this::employerName).orElse(""))
                .setHeader(getTranslation("outcomes.column.employer")).setFlexGrow(2);
        grid.addColumn(outcome -> outcome.jobTitle().orElse("")).setHeader(getTranslation("outcomes.column.job-title"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::rowActions).setHeader(getTranslation("column.actions")).setKey("actions")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setMultiSort(false);
        grid.setId("outcomes-grid");
        LazyGrid.show(grid, outcomes::list, this::filter,
                OutcomeSortKey.class, Sort.descending(OutcomeSortKey.OBSERVED_ON));
        grid.sort(GridSortOrder.desc(observedOn).build());
    }

    /** The actions above the list: a new follow-up. */
    private HorizontalLayout toolbar() {
        return new HorizontalLayout(GridActions.primary(getTranslation("outcome.action.record"),
                VaadinIcon.PLUS.create(), "outcomes-record",
                () -> OutcomeFormDialog.recording(outcomes, learners, partners, this::saved).open()));
    }

    private HorizontalLayout rowActions(EmploymentOutcome outcome) {
        Button correct = RowActions.button(getTranslation("outcome.action.correct"), "outcome-correct",
                click -> OutcomeFormDialog.correcting(outcomes, learners, partners, outcome, this::saved).open());
        Button delete = RowActions.button(getTranslation("outcome.action.delete"), "outcome-delete",
                click -> OutcomeDeleteDialog.asking(outcomes, outcome, learnerName(outcome.learnerId()),
                        () -> grid.getDataProvider().refreshAll()).open());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return RowActions.of(correct, delete);
    }

    private void saved(EmploymentOutcome outcome) {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outcomes.title") + " · Tremplin";
    }

    private OutcomeFilter filter() {
        return new OutcomeFilter(Optional.empty(), Optional.empty(), Optional.ofNullable(situation.getValue()),
                Optional.ofNullable(observedFrom.getValue()), Optional.ofNullable(observedTo.getValue()),
                Optional.empty());
    }

    private String learnerName(LearnerId id) {
        return learnerNames.computeIfAbsent(id, key -> ConsoleFormats.name(learners.get(key).name()));
    }

    /** A partner of the network by its legal name (asked once), any other employer by the name typed. */
    private String employerName(Employer employer) {
        return employer.partnerId()
                .map(id -> employerNames.computeIfAbsent(id, key -> partners.get(key).legalName()))
                .orElseGet(() -> employer.name().orElse(""));
    }
}

package org.tremplin.ui.contract;

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
import org.tremplin.application.partner.PartnerAdministration;
import org.tremplin.application.port.in.ContractFilter;
import org.tremplin.application.port.in.ContractSortKey;
import org.tremplin.application.workstudy.WorkStudyAdministration;
import org.tremplin.domain.identity.Permission;
import org.tremplin.domain.identity.Role;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.workstudy.WorkStudyContract;
import org.tremplin.ui.component.GridActions;
import org.tremplin.ui.rights.AllowedRoles;
import org.tremplin.ui.rights.EditingRights;
import org.tremplin.ui.component.ConsoleFormats;
import org.tremplin.ui.component.LazyGrid;
import org.tremplin.ui.component.ListFilters;
import org.tremplin.ui.export.GridCsvExport;
import org.tremplin.ui.shell.MainLayout;

/**
 * Work-study contracts in a lazy grid over {@link WorkStudyAdministration#list}. A broken contract's
 * row carries the part name {@value #BROKEN_PART} (styled by {@code styles/console.css}) and says
 * in words when and by whom it was broken, so the highlight is not the only sign. Users who
 * manage contracts sign, amend and break them off from here.
 */
@Menu(title = "nav.contracts", order = 10, icon = "vaadin:handshake")
@Route(value = "contracts", layout = MainLayout.class)
@AllowedRoles({Role.ADMIN, Role.SCHOOL_MANAGER})
public final class ContractsView extends VerticalLayout implements HasDynamicTitle {
    static final String BROKEN_PART = "broken-contract";

    private final transient WorkStudyAdministration contracts;
    private final transient LearnerAdministration learners;
    private final transient PartnerAdministration partners;
    private final Map<LearnerId, String> learnerNames = new HashMap<>();
    private final Map<PartnerId, String> hostNames = new HashMap<>();
    private final Select<Boolean> broken = new Select<>();
    private final Grid<WorkStudyContract> grid = new Grid<>();
    private final GridActions<WorkStudyContract> actions = new GridActions<>(grid);

    ContractsView(WorkStudyAdministration contracts, LearnerAdministration learners, PartnerAdministration partners) {
        this.contracts = contracts;
        this.learners = learners;
        this.partners = partners;
        setSizeFull();
        buildBrokenFilter();
        buildGrid();
        HorizontalLayout toolbar = toolbar();
        toolbar.add(GridCsvExport.of(grid, "contracts"));
        add(new H2(getTranslation("contracts.title")), toolbar, grid);
        setFlexGrow(1, grid);
    }

    private void buildBrokenFilter() {
        ListFilters.anyOf(broken, getTranslation("contracts.filter.broken"), "contracts-broken",
                List.of(Boolean.TRUE, Boolean.FALSE),
                chosen -> getTranslation(chosen ? "contracts.filter.broken-only" : "contracts.filter.unbroken-only"));
        broken.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
    }

    private void buildGrid() {
        grid.addColumn(contract -> learnerName(contract.learnerId())).setHeader(getTranslation("contracts.column.learner"))
                .setFlexGrow(2);
        grid.addColumn(contract -> hostName(contract.hostId())).setHeader(getTranslation("contracts.column.host"))
                .setFlexGrow(2);
        grid.addColumn(contract -> getTranslation("contract.kind." + contract.kind().name()))
                .setHeader(getTranslation("contracts.column.kind")).setAutoWidth(true);
        Grid.Column<WorkStudyContract> start = grid.addColumn(contract -> ConsoleFormats.date(contract.startDate()))
                .setHeader(getTranslation("contracts.column.start")).setSortProperty(ContractSortKey.START_DATE.name())
                .setAutoWidth(true);
        grid.addColumn(contract -> ConsoleFormats.date(contract.plannedEndDate()))
                .setHeader(getTranslation("contracts.column.planned-end"))
                .setSortProperty(ContractSortKey.PLANNED_END_DATE.name()).setAutoWidth(true);
        grid.addColumn(WorkStudyContract::jobTitle).setHeader(getTranslation("contracts.column.job-title"))
                .setFlexGrow(2);
        grid.addColumn(contract -> contract.breakOff().map(breakOff -> getTranslation("contracts.broken",
                        ConsoleFormats.date(breakOff.on()), getTranslation("contract.broken-by." + breakOff.by().name())))
                        .orElse(""))
                .setHeader(getTranslation("contracts.column.break")).setFlexGrow(2);
        grid.setPartNameGenerator(contract -> contract.isBroken() ? BROKEN_PART : null);
        grid.addClassName("contracts-grid");
        grid.setMultiSort(false);
        grid.setId("contracts-grid");
        LazyGrid.show(grid, contracts::list, this::filter,
                ContractSortKey.class, Sort.descending(ContractSortKey.START_DATE));
        grid.sort(GridSortOrder.desc(start).build());
    }

    /**
     * The filter, then, for users who manage contracts ({@link Permission#MANAGE_CONTRACTS}), the
     * buttons that sign, amend and break off a contract. A broken contract cannot be broken again:
     * its button is off.
     */
    private HorizontalLayout toolbar() {
        HorizontalLayout toolbar = new HorizontalLayout(broken);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        if (!EditingRights.may(Permission.MANAGE_CONTRACTS)) {
            return toolbar;
        }
        toolbar.add(
                GridActions.primary(getTranslation("contract.action.sign"), VaadinIcon.PLUS.create(), "contracts-sign",
                        () -> ContractFormDialog.signing(contracts, learners, partners, actions::showSaved).open()),
                actions.onSelected(getTranslation("form.edit"), VaadinIcon.EDIT.create(), "contracts-amend",
                        contract -> ContractFormDialog.amending(contracts, learners, partners, contract,
                                describe(contract), actions::showSaved).open()),
                actions.onSelected(getTranslation("contract.action.break-off"), VaadinIcon.UNLINK.create(),
                        "contracts-break-off", contract -> !contract.isBroken(),
                        contract -> ContractBreakDialog.breakingOff(contracts, contract, describe(contract),
                                actions::showSaved).open()));
        return toolbar;
    }

    /** "Roux, Amina – Acme Data": whose contract with whom, as the forms recall it. */
    private String describe(WorkStudyContract contract) {
        return getTranslation("contract.form.parties", learnerName(contract.learnerId()), hostName(contract.hostId()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contracts.title") + " · Tremplin";
    }

    private ContractFilter filter() {
        return new ContractFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.ofNullable(broken.getValue()), Optional.empty());
    }

    /** Each learner on screen is asked once of the port; the session keeps no more than the names seen. */
    private String learnerName(LearnerId id) {
        return learnerNames.computeIfAbsent(id, key -> ContractFormDialog.name(learners.get(key)));
    }

    private String hostName(PartnerId id) {
        return hostNames.computeIfAbsent(id, key -> partners.get(key).legalName());
    }
}

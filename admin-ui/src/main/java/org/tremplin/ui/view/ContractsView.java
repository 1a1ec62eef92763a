package org.tremplin.ui.view;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.tremplin.application.access.Role;
import org.tremplin.application.common.Sort;
import org.tremplin.application.learner.LearnerAdministration;
import org.tremplin.application.partner.PartnerAdministration;
import org.tremplin.application.port.out.ContractFilter;
import org.tremplin.application.port.out.ContractSortKey;
import org.tremplin.application.workstudy.WorkStudyAdministration;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.workstudy.WorkStudyContract;
import org.tremplin.ui.access.AllowedRoles;
import org.tremplin.ui.export.GridCsvExport;

/**
 * Work-study contracts in a lazy grid over {@link WorkStudyAdministration#list}. A broken contract's
 * row carries the part name {@value #BROKEN_PART} (styled by {@code styles/console.css}) and says
 * in words when and by whom it was broken, so the highlight is not the only sign.
 */
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

    ContractsView(WorkStudyAdministration contracts, LearnerAdministration learners, PartnerAdministration partners) {
        this.contracts = contracts;
        this.learners = learners;
        this.partners = partners;
        setSizeFull();

        broken.setLabel(getTranslation("contracts.filter.broken"));
        broken.setItems(Boolean.TRUE, Boolean.FALSE);
        broken.setItemLabelGenerator(chosen -> chosen == null ? getTranslation("filter.all")
                : getTranslation(chosen ? "contracts.filter.broken-only" : "contracts.filter.unbroken-only"));
        broken.setEmptySelectionAllowed(true);
        broken.setEmptySelectionCaption(getTranslation("filter.all"));
        broken.setId("contracts-broken");
        broken.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

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
        grid.setItems(this::fetch, this::count);
        grid.sort(GridSortOrder.desc(start).build());

        add(new H2(getTranslation("contracts.title")), broken, grid);
        addComponentAtIndex(indexOf(grid), GridCsvExport.of(grid, "contracts"));
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contracts.title") + " · Tremplin";
    }

    private Stream<WorkStudyContract> fetch(Query<WorkStudyContract, Void> query) {
        ContractFilter current = filter();
        Sort<ContractSortKey> sort = sort(query);
        return PagedFetch.fetch(query.getOffset(), query.getLimit(), page -> contracts.list(current, sort, page));
    }

    private int count(Query<WorkStudyContract, Void> query) {
        ContractFilter current = filter();
        Sort<ContractSortKey> sort = sort(query);
        return PagedFetch.count(page -> contracts.list(current, sort, page));
    }

    private static Sort<ContractSortKey> sort(Query<WorkStudyContract, Void> query) {
        return ListViews.sort(query.getSortOrders(), ContractSortKey.class, Sort.descending(ContractSortKey.START_DATE));
    }

    private ContractFilter filter() {
        return new ContractFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.ofNullable(broken.getValue()), Optional.empty());
    }

    /** Each learner on screen is asked once of the port; the session keeps no more than the names seen. */
    private String learnerName(LearnerId id) {
        return learnerNames.computeIfAbsent(id, key -> {
            var name = learners.get(key).name();
            return name.familyName() + ", " + name.givenName();
        });
    }

    private String hostName(PartnerId id) {
        return hostNames.computeIfAbsent(id, key -> partners.get(key).legalName());
    }
}

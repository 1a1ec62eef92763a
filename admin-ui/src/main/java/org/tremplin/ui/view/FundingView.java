package org.tremplin.ui.view;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.tremplin.application.access.Role;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.funding.FundingAdministration;
import org.tremplin.application.partner.PartnerAdministration;
import org.tremplin.application.port.out.FundingFilter;
import org.tremplin.application.port.out.FundingSortKey;
import org.tremplin.application.port.out.PartnerFilter;
import org.tremplin.application.port.out.PartnerSortKey;
import org.tremplin.application.school.SchoolAdministration;
import org.tremplin.domain.funding.FundingCommitment;
import org.tremplin.domain.funding.ParityStatus;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.partner.PartnerRole;
import org.tremplin.domain.school.School;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.ui.access.AllowedRoles;
import org.tremplin.ui.export.GridCsvExport;

/**
 * The funding ledger in a lazy grid over {@link FundingAdministration#list}, amounts in euros as
 * French readers write them; and, for the school chosen in the filter, each parity rule said in
 * plain words: respected, or not and by how much.
 */
@Route(value = "funding", layout = MainLayout.class)
@AllowedRoles({Role.ADMIN, Role.SCHOOL_MANAGER, Role.FUNDER_VIEWER})
public final class FundingView extends VerticalLayout implements HasDynamicTitle {
    private final transient FundingAdministration funding;
    private final transient PartnerAdministration partners;
    private final Map<SchoolId, String> schoolNames = new HashMap<>();
    private final Map<PartnerId, String> funderNames = new HashMap<>();
    private final Select<School> school = new Select<>();
    private final Select<Partner> funder = new Select<>();
    private final IntegerField year = new IntegerField();
    private final Grid<FundingCommitment> grid = new Grid<>();
    private final VerticalLayout parity = new VerticalLayout();

    FundingView(FundingAdministration funding, SchoolAdministration schools, PartnerAdministration partners) {
        this.funding = funding;
        this.partners = partners;
        setSizeFull();

        List<School> schoolChoices = ListViews.schools(schools);
        schoolChoices.forEach(choice -> schoolNames.put(choice.id(), choice.name()));
        school.setLabel(getTranslation("filter.school"));
        school.setItems(schoolChoices);
        school.setItemLabelGenerator(chosen -> chosen == null ? getTranslation("filter.all") : chosen.name());
        school.setEmptySelectionAllowed(true);
        school.setEmptySelectionCaption(getTranslation("filter.all"));
        school.setId("funding-school");
        school.addValueChangeListener(change -> {
            grid.getDataProvider().refreshAll();
            showParity();
        });
        List<Partner> funders = partners.list(new PartnerFilter(Optional.empty(), Optional.of(PartnerRole.FUNDER),
                        Optional.empty(), Optional.empty(), Optional.empty()), Sort.ascending(PartnerSortKey.LEGAL_NAME),
                PageRequest.first(PageRequest.MAX_SIZE)).items();
        funders.forEach(choice -> funderNames.put(choice.id(), choice.legalName()));
        funder.setLabel(getTranslation("funding.filter.funder"));
        funder.setItems(funders);
        funder.setItemLabelGenerator(chosen -> chosen == null ? getTranslation("filter.all") : chosen.legalName());
        funder.setEmptySelectionAllowed(true);
        funder.setEmptySelectionCaption(getTranslation("filter.all"));
        funder.setId("funding-funder");
        funder.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        year.setLabel(getTranslation("funding.filter.year"));
        year.setMin(FundingCommitment.FIRST_YEAR);
        year.setMax(FundingCommitment.LAST_YEAR);
        year.setClearButtonVisible(true);
        year.setId("funding-year");
        year.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        Grid.Column<FundingCommitment> yearColumn = grid.addColumn(FundingCommitment::year)
                .setHeader(getTranslation("funding.column.year")).setSortProperty(FundingSortKey.YEAR.name())
                .setAutoWidth(true);
        grid.addColumn(commitment -> schoolName(commitment.schoolId())).setHeader(getTranslation("funding.column.school"))
                .setFlexGrow(2);
        grid.addColumn(commitment -> funderName(commitment.funderId())).setHeader(getTranslation("funding.column.funder"))
                .setFlexGrow(2);
        grid.addColumn(commitment -> getTranslation(commitment.cohortId().isPresent() ? "funding.scope.cohort"
                : "funding.scope.school")).setHeader(getTranslation("funding.column.scope")).setAutoWidth(true);
        grid.addColumn(commitment -> ConsoleFormats.money(commitment.amount()))
                .setHeader(getTranslation("funding.column.amount")).setSortProperty(FundingSortKey.AMOUNT.name())
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.setMultiSort(false);
        grid.setId("funding-grid");
        grid.setItems(this::fetch, this::count);
        grid.sort(GridSortOrder.desc(yearColumn).build());

        parity.setPadding(false);
        parity.setSpacing(false);
        parity.setId("funding-parity");
        showParity();

        HorizontalLayout filters = new HorizontalLayout(school, funder, year);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2(getTranslation("funding.title")), filters, grid, parity);
        filters.add(GridCsvExport.of(grid, "funding"));
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("funding.title") + " · Tremplin";
    }

    /** The chosen school's parity rules, each on a line: which two funders, respected or the gap. */
    private void showParity() {
        parity.removeAll();
        parity.add(new H3(getTranslation("funding.parity.title")));
        School chosen = school.getValue();
        if (chosen == null) {
            parity.add(new Paragraph(getTranslation("funding.parity.choose-school")));
            return;
        }
        List<ParityStatus> statuses = funding.parity(chosen.id());
        if (statuses.isEmpty()) {
            parity.add(new Paragraph(getTranslation("funding.parity.none")));
        }
        for (ParityStatus status : statuses) {
            String first = funderName(status.rule().firstFunder());
            String second = funderName(status.rule().secondFunder());
            String scope = status.rule().cohortId().isPresent() ? getTranslation("funding.parity.for-cohort") : "";
            Span line = new Span(status.honoured()
                    ? getTranslation("funding.parity.honoured", first, second, scope)
                    : getTranslation("funding.parity.not-honoured", first, second, scope,
                            ConsoleFormats.money(status.gap())));
            line.addClassName(status.honoured() ? "parity-honoured" : "parity-not-honoured");
            parity.add(line);
        }
    }

    private Stream<FundingCommitment> fetch(Query<FundingCommitment, Void> query) {
        FundingFilter current = filter();
        Sort<FundingSortKey> sort = sort(query);
        return PagedFetch.fetch(query.getOffset(), query.getLimit(), page -> funding.list(current, sort, page));
    }

    private int count(Query<FundingCommitment, Void> query) {
        FundingFilter current = filter();
        Sort<FundingSortKey> sort = sort(query);
        return PagedFetch.count(page -> funding.list(current, sort, page));
    }

    private static Sort<FundingSortKey> sort(Query<FundingCommitment, Void> query) {
        return ListViews.sort(query.getSortOrders(), FundingSortKey.class, Sort.descending(FundingSortKey.YEAR));
    }

    private FundingFilter filter() {
        return new FundingFilter(Optional.ofNullable(school.getValue()).map(chosen -> Set.of(chosen.id())),
                Optional.empty(), Optional.ofNullable(funder.getValue()).map(Partner::id),
                Optional.ofNullable(year.getValue()), Optional.empty());
    }

    private String schoolName(SchoolId id) {
        return schoolNames.getOrDefault(id, "");
    }

    /** Funders are few: those of the filter are known; any other is asked once. */
    private String funderName(PartnerId id) {
        return funderNames.computeIfAbsent(id, key -> partners.get(key).legalName());
    }
}

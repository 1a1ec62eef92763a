package org.tremplin.ui.funding;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
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
import org.tremplin.application.funding.FundingAdministration;
import org.tremplin.application.partner.PartnerAdministration;
import org.tremplin.application.port.in.FundingFilter;
import org.tremplin.application.port.in.FundingSortKey;
import org.tremplin.application.port.in.PartnerFilter;
import org.tremplin.application.port.in.PartnerSortKey;
import org.tremplin.application.school.SchoolAdministration;
import org.tremplin.domain.funding.FundingCommitment;
import org.tremplin.domain.funding.ParityRule;
import org.tremplin.domain.funding.ParityStatus;
import org.tremplin.domain.identity.Permission;
import org.tremplin.domain.identity.Role;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.partner.PartnerRole;
import org.tremplin.domain.school.School;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.ui.component.GridActions;
import org.tremplin.ui.rights.AllowedRoles;
import org.tremplin.ui.rights.EditingRights;
import org.tremplin.ui.component.ConfirmationDialog;
import org.tremplin.ui.component.ConsoleFormats;
import org.tremplin.ui.component.LazyGrid;
import org.tremplin.ui.component.ListFilters;
import org.tremplin.ui.export.GridCsvExport;
import org.tremplin.ui.shell.MainLayout;

/**
 * The funding ledger in a lazy grid over {@link FundingAdministration#list}, amounts in euros as
 * French readers write them; and, for the school chosen in the filter, each parity rule said in
 * plain words: respected, or not and by how much. Users who manage funding commit, amend and
 * withdraw money and declare or remove parity rules from here; the parity is said again after
 * every change.
 */
@Menu(title = "nav.funding", order = 9, icon = "vaadin:euro")
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
    private final GridActions<FundingCommitment> actions = new GridActions<>(grid);
    private final VerticalLayout parity = new VerticalLayout();
    private final FundingChoices choices;

    FundingView(FundingAdministration funding, SchoolAdministration schools, PartnerAdministration partners,
                CohortAdministration cohorts) {
        this.funding = funding;
        this.partners = partners;
        setSizeFull();
        List<School> schoolChoices = ListFilters.schools(schools);
        choices = new FundingChoices(schoolChoices, partners, cohorts);
        buildSchoolFilter(schoolChoices);
        buildFunderFilter();
        buildYearFilter();
        buildGrid();
        parity.setPadding(false);
        parity.setSpacing(false);
        parity.setId("funding-parity");
        showParity();

        HorizontalLayout toolbar = toolbar();
        toolbar.add(GridCsvExport.of(grid, "funding"));
        add(new H2(getTranslation("funding.title")), toolbar, grid, parity);
        setFlexGrow(1, grid);
    }

    private void buildSchoolFilter(List<School> schoolChoices) {
        schoolChoices.forEach(choice -> schoolNames.put(choice.id(), choice.name()));
        ListFilters.anyOf(school, getTranslation("filter.school"), "funding-school", schoolChoices, School::name);
        school.addValueChangeListener(change -> {
            grid.getDataProvider().refreshAll();
            showParity();
        });
    }

    /** The funders of the network: a few dozen, one page; their names also label the rows. */
    private void buildFunderFilter() {
        List<Partner> funders = partners.list(new PartnerFilter(Optional.empty(), Optional.of(PartnerRole.FUNDER),
                        Optional.empty(), Optional.empty(), Optional.empty()), Sort.ascending(PartnerSortKey.LEGAL_NAME),
                PageRequest.first(PageRequest.MAX_SIZE)).items();
        funders.forEach(choice -> funderNames.put(choice.id(), choice.legalName()));
        ListFilters.anyOf(funder, getTranslation("funding.filter.funder"), "funding-funder",
                funders, Partner::legalName);
        funder.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
    }

    private void buildYearFilter() {
        year.setLabel(getTranslation("funding.filter.year"));
        year.setMin(FundingCommitment.FIRST_YEAR);
        year.setMax(FundingCommitment.LAST_YEAR);
        year.setClearButtonVisible(true);
        year.setId("funding-year");
        year.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
    }

    private void buildGrid() {
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
        LazyGrid.show(grid, funding::list, this::filter, FundingSortKey.class, Sort.descending(FundingSortKey.YEAR));
        grid.sort(GridSortOrder.desc(yearColumn).build());
    }

    /**
     * The filters, then, for users who manage funding ({@link Permission#MANAGE_FUNDING}), the
     * buttons that commit, amend and withdraw money and declare a parity rule. A funder viewer
     * reads the ledger only.
     */
    private HorizontalLayout toolbar() {
        HorizontalLayout toolbar = new HorizontalLayout(school, funder, year);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        if (!mayManage()) {
            return toolbar;
        }
        Button commit = GridActions.primary(getTranslation("funding.action.commit"), VaadinIcon.PLUS.create(),
                "funding-commit", () -> CommitmentFormDialog.committing(funding, choices, this::saved).open());
        Button amend = actions.onSelected(getTranslation("form.edit"), VaadinIcon.EDIT.create(), "funding-amend",
                commitment -> CommitmentFormDialog.amending(funding, choices, commitment, describe(commitment),
                        this::saved).open());
        Button withdraw = actions.onSelected(getTranslation("funding.action.withdraw"), VaadinIcon.TRASH.create(),
                "funding-withdraw", this::confirmWithdrawal);
        Button declare = new Button(getTranslation("funding.action.declare-parity"), VaadinIcon.SCALE.create(),
                click -> new ParityFormDialog(funding, choices, school.getValue(), this::declared).open());
        declare.setId("funding-declare-parity");
        toolbar.add(commit, amend, withdraw, declare);
        return toolbar;
    }

    private static boolean mayManage() {
        return EditingRights.may(Permission.MANAGE_FUNDING);
    }

    /** Withdraws the commitment at the version the grid shows, once the user confirmed it. */
    private void confirmWithdrawal(FundingCommitment commitment) {
        new ConfirmationDialog(getTranslation("funding.withdraw.title"),
                getTranslation("funding.withdraw.text", describe(commitment)),
                getTranslation("funding.action.withdraw"), "withdrawal",
                () -> {
                    funding.withdraw(commitment.id(), commitment.version());
                    return commitment;
                },
                this::changed, this::changed).open();
    }

    /** "Région Hauts-de-France, École IA Roubaix, 2026 : 12 500,00 €". */
    private String describe(FundingCommitment commitment) {
        return getTranslation("funding.commitment.described", funderName(commitment.funderId()),
                schoolName(commitment.schoolId()), String.valueOf(commitment.year()), ConsoleFormats.money(commitment.amount()));
    }

    private void saved(FundingCommitment commitment) {
        changed();
        grid.select(commitment);
    }

    /** The parity is said again after every change of the ledger: a commitment may make or break it. */
    private void changed() {
        grid.getDataProvider().refreshAll();
        showParity();
    }

    /** Shows the rule's school, so that its status is said at once. */
    private void declared(ParityRule rule) {
        choices.schools().stream().filter(each -> each.id().equals(rule.schoolId())).findFirst()
                .ifPresent(school::setValue);
        showParity();
    }

    private void confirmRemoval(ParityStatus status, String described) {
        ParityRule rule = status.rule();
        new ConfirmationDialog(getTranslation("funding.parity.remove-title"),
                getTranslation("funding.parity.remove-text", described),
                getTranslation("funding.parity.remove"), "parity-removal",
                () -> {
                    funding.removeParity(rule.id(), rule.version());
                    return rule;
                },
                this::showParity, this::showParity).open();
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
            Span line = ParityLine.of(status, this::funderName, this);
            if (mayManage()) {
                Button remove = new Button(getTranslation("funding.parity.remove"),
                        click -> confirmRemoval(status, line.getText()));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                remove.setId("parity-remove-" + status.rule().id());
                HorizontalLayout withAction = new HorizontalLayout(line, remove);
                withAction.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
                parity.add(withAction);
            } else {
                parity.add(line);
            }
        }
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

package org.tremplin.ui.partner;

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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tremplin.application.common.Sort;
import org.tremplin.application.partner.PartnerAdministration;
import org.tremplin.application.port.in.PartnerFilter;
import org.tremplin.application.port.in.PartnerSortKey;
import org.tremplin.application.school.SchoolAdministration;
import org.tremplin.domain.identity.Permission;
import org.tremplin.domain.identity.Role;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.partner.PartnerKind;
import org.tremplin.domain.partner.PartnerRole;
import org.tremplin.domain.partner.Siret;
import org.tremplin.domain.school.School;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.ui.component.GridActions;
import org.tremplin.ui.rights.AllowedRoles;
import org.tremplin.ui.rights.EditingRights;
import org.tremplin.ui.component.LazyGrid;
import org.tremplin.ui.component.ListFilters;
import org.tremplin.ui.export.GridCsvExport;
import org.tremplin.ui.shell.MainLayout;

/**
 * The network's partners in a lazy grid over {@link PartnerAdministration#list}, with the roles
 * each plays for each school, filtered by kind, role and text. Users who manage the network
 * register partners, amend them and set the roles they play per school from here.
 */
@Menu(title = "nav.partners", order = 8, icon = "vaadin:building")
@Route(value = "partners", layout = MainLayout.class)
@AllowedRoles({Role.ADMIN, Role.SCHOOL_MANAGER, Role.FUNDER_VIEWER})
public final class PartnersView extends VerticalLayout implements HasDynamicTitle {
    private final transient PartnerAdministration partners;
    private final Map<SchoolId, String> schoolNames = new HashMap<>();
    /** The schools the user sees (a manager's own): the only ones offered for an engagement. */
    private final List<School> schoolChoices;
    private final Select<PartnerKind> kind = new Select<>();
    private final Select<PartnerRole> role = new Select<>();
    private final TextField text = new TextField();
    private final Grid<Partner> grid = new Grid<>();
    private final GridActions<Partner> actions = new GridActions<>(grid);

    PartnersView(PartnerAdministration partners, SchoolAdministration schools) {
        this.partners = partners;
        setSizeFull();
        schoolChoices = ListFilters.schools(schools);
        schoolChoices.forEach(school -> schoolNames.put(school.id(), school.name()));
        buildFilters();
        buildGrid();
        HorizontalLayout toolbar = toolbar();
        toolbar.add(GridCsvExport.of(grid, "partners"));
        add(new H2(getTranslation("partners.title")), toolbar, grid);
        setFlexGrow(1, grid);
    }

    private void buildFilters() {
        text.setLabel(getTranslation("partners.filter"));
        ListFilters.search(text, "partners-filter", () -> grid.getDataProvider().refreshAll());
        ListFilters.anyOf(kind, getTranslation("partners.column.kind"), "partners-kind",
                List.of(PartnerKind.values()), chosen -> getTranslation("partner.kind." + chosen.name()));
        kind.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        ListFilters.anyOf(role, getTranslation("partners.filter.role"), "partners-role",
                List.of(PartnerRole.values()), chosen -> getTranslation("partner.role." + chosen.name()));
        role.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
    }

    private void buildGrid() {
        Grid.Column<Partner> name = grid.addColumn(Partner::legalName)
                .setHeader(getTranslation("partners.column.legal-name"))
                .setSortProperty(PartnerSortKey.LEGAL_NAME.name()).setFlexGrow(2);
        grid.addColumn(partner -> getTranslation("partner.kind." + partner.kind().name()))
                .setHeader(getTranslation("partners.column.kind")).setSortProperty(PartnerSortKey.KIND.name())
                .setAutoWidth(true);
        grid.addColumn(partner -> partner.siret().map(Siret::value).orElse(""))
                .setHeader(getTranslation("partners.column.siret")).setAutoWidth(true);
        grid.addColumn(this::rolesPerSchool).setHeader(getTranslation("partners.column.roles")).setFlexGrow(4);
        grid.setMultiSort(false);
        grid.setId("partners-grid");
        LazyGrid.show(grid, partners::list, this::filter,
                PartnerSortKey.class, Sort.ascending(PartnerSortKey.LEGAL_NAME));
        grid.sort(GridSortOrder.asc(name).build());
    }

    /**
     * The filters, then the editing buttons the user's role allows: registering and engaging
     * need {@link Permission#MANAGE_NETWORK}; amending a partner, shared by its schools, also a
     * network-wide user (the use case refuses the others).
     */
    private HorizontalLayout toolbar() {
        HorizontalLayout toolbar = new HorizontalLayout(text, kind, role);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        if (EditingRights.may(Permission.MANAGE_NETWORK)) {
            toolbar.add(GridActions.primary(getTranslation("partner.action.register"), VaadinIcon.PLUS.create(),
                    "partners-register", () -> PartnerFormDialog.registering(partners, actions::showSaved).open()));
            if (EditingRights.mayNetworkWide(Permission.MANAGE_NETWORK)) {
                toolbar.add(actions.onSelected(getTranslation("form.edit"), VaadinIcon.EDIT.create(), "partners-amend",
                        partner -> PartnerFormDialog.amending(partners, partner, actions::showSaved).open()));
            }
            toolbar.add(actions.onSelected(getTranslation("partner.action.engage"), VaadinIcon.HANDSHAKE.create(),
                    "partners-engage", partner -> PartnerEngagementDialog.engaging(partners, partner, schoolChoices,
                            actions::showSaved).open()));
        }
        return toolbar;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("partners.title") + " · Tremplin";
    }

    /** "École IA Roubaix : financeur, entreprise d'accueil ; …", schools by name, roles in their order. */
    private String rolesPerSchool(Partner partner) {
        return partner.engagements().entrySet().stream()
                .map(engagement -> Map.entry(schoolNames.getOrDefault(engagement.getKey(),
                        getTranslation("partners.other-school")), engagement.getValue()))
                .sorted(Map.Entry.comparingByKey())
                .map(engagement -> getTranslation("partners.roles-at", engagement.getKey(),
                        engagement.getValue().stream().sorted(Comparator.naturalOrder())
                                .map(played -> getTranslation("partner.role." + played.name()))
                                .collect(Collectors.joining(", "))))
                .collect(Collectors.joining(" ; "));
    }

    private PartnerFilter filter() {
        return new PartnerFilter(Optional.empty(), Optional.ofNullable(role.getValue()),
                Optional.ofNullable(kind.getValue()), ListFilters.text(text), Optional.empty());
    }
}

package org.tremplin.ui.partner;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.partner.PartnerAdministration;
import org.tremplin.application.port.in.SchoolFilter;
import org.tremplin.application.port.in.SchoolSortKey;
import org.tremplin.application.school.SchoolAdministration;
import org.tremplin.domain.identity.Role;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.partner.PartnerKind;
import org.tremplin.domain.partner.PartnerRole;
import org.tremplin.domain.school.School;
import org.tremplin.ui.testing.ConsoleTestSupport;
import org.tremplin.ui.testing.FakePartnerAdministration;
import org.tremplin.ui.testing.FakeSchoolAdministration;

class PartnersViewTest extends ConsoleTestSupport {
    private final FakeSchoolAdministration schools = FakeSchoolAdministration.castelnauAndRoubaix();
    private final FakePartnerAdministration partners = new FakePartnerAdministration();

    PartnersViewTest() {
        provide(SchoolAdministration.class, schools);
        provide(PartnerAdministration.class, partners);
    }

    @BeforeEach
    void somePartners() {
        var all = schools.list(SchoolFilter.all(), Sort.ascending(SchoolSortKey.NAME), PageRequest.first(10)).items();
        School castelnau = all.get(0);
        School roubaix = all.get(1);
        partners.add("Région Occitanie", PartnerKind.REGION, Optional.empty(),
                Map.of(castelnau.id(), Set.of(PartnerRole.FUNDER)));
        partners.add("Datalyse", PartnerKind.SME, Optional.of("73282932000074"),
                Map.of(roubaix.id(), Set.of(PartnerRole.RECRUITER, PartnerRole.WORK_STUDY_HOST),
                        castelnau.id(), Set.of(PartnerRole.WORK_STUDY_HOST)));
        signInAs(Role.FUNDER_VIEWER);
    }

    @Test
    void lists_the_partners_with_their_roles_per_school() {
        navigate(PartnersView.class);
        var grid = test(grid());

        assertThat(grid.size()).isEqualTo(2);
        assertThat(grid.getCellText(0, 0)).isEqualTo("Datalyse");
        assertThat(grid.getCellText(0, 1)).isEqualTo("PME");
        assertThat(grid.getCellText(0, 2)).isEqualTo("73282932000074");
        assertThat(grid.getCellText(0, 3)).isEqualTo(
                "École IA Castelnau : accueil en alternance ; École IA Roubaix : accueil en alternance, recrutement");
        assertThat(grid.getCellText(1, 3)).isEqualTo("École IA Castelnau : financeur");
        assertThat(partners.pages.requests).isNotEmpty();
    }

    @Test
    void sorts_by_kind_through_the_port() {
        navigate(PartnersView.class);
        var grid = test(grid());

        grid.sortByColumn(1, SortDirection.ASCENDING);

        assertThat(grid.getRow(0).legalName()).isEqualTo("Région Occitanie");
        assertThat(partners.pages.requests).isNotEmpty();
    }

    @Test
    void the_kind_and_role_filters_reach_the_port() {
        navigate(PartnersView.class);

        @SuppressWarnings("unchecked")
        Select<PartnerRole> role = find(Select.class).withId("partners-role").single();
        role.setValue(PartnerRole.FUNDER);
        @SuppressWarnings("unchecked")
        Select<PartnerKind> kind = find(Select.class).withId("partners-kind").single();
        kind.setValue(PartnerKind.REGION);

        var grid = test(grid());
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getRow(0).legalName()).isEqualTo("Région Occitanie");
        assertThat(partners.filters.getLast().role()).contains(PartnerRole.FUNDER);
        assertThat(partners.filters.getLast().kind()).contains(PartnerKind.REGION);
    }

    @SuppressWarnings("unchecked")
    private Grid<Partner> grid() {
        return find(Grid.class).withId("partners-grid").single();
    }
}

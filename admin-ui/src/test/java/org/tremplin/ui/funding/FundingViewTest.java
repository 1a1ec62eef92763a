package org.tremplin.ui.funding;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.funding.FundingAdministration;
import org.tremplin.application.partner.PartnerAdministration;
import org.tremplin.application.port.in.SchoolFilter;
import org.tremplin.application.port.in.SchoolSortKey;
import org.tremplin.application.school.SchoolAdministration;
import org.tremplin.domain.funding.FundingCommitment;
import org.tremplin.domain.identity.Role;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.partner.PartnerKind;
import org.tremplin.domain.partner.PartnerRole;
import org.tremplin.domain.school.School;
import org.tremplin.domain.shared.Money;
import org.tremplin.ui.component.ConsoleFormats;
import org.tremplin.ui.testing.ConsoleTestSupport;
import org.tremplin.ui.testing.FakePartnerAdministration;
import org.tremplin.ui.testing.FakeSchoolAdministration;

class FundingViewTest extends ConsoleTestSupport {
    private final FakeSchoolAdministration schools = FakeSchoolAdministration.castelnauAndRoubaix();
    private final FakePartnerAdministration partners = new FakePartnerAdministration();
    private final FakeFundingAdministration funding = new FakeFundingAdministration();
    private School castelnau;
    private School roubaix;
    private Partner microsoft;

    FundingViewTest() {
        provide(SchoolAdministration.class, schools);
        provide(PartnerAdministration.class, partners);
        provide(FundingAdministration.class, funding);
    }

    @BeforeEach
    void aLedger() {
        var all = schools.list(SchoolFilter.all(), Sort.ascending(SchoolSortKey.NAME), PageRequest.first(10)).items();
        castelnau = all.get(0);
        roubaix = all.get(1);
        Partner region = partners.add("Région Occitanie", PartnerKind.REGION, Optional.empty(),
                Map.of(castelnau.id(), Set.of(PartnerRole.FUNDER)));
        microsoft = partners.add("Microsoft France", PartnerKind.TECH_COMPANY, Optional.empty(),
                Map.of(castelnau.id(), Set.of(PartnerRole.FUNDER), roubaix.id(), Set.of(PartnerRole.FUNDER)));
        funding.commitment(region.id(), castelnau.id(), "12500", 2025)
                .commitment(microsoft.id(), castelnau.id(), "11250", 2025)
                .commitment(microsoft.id(), roubaix.id(), "80000,50", 2026)
                .commitment(microsoft.id(), roubaix.id(), "1250", 2026)
                .parity(castelnau.id(), region.id(), microsoft.id())
                .parity(roubaix.id(), microsoft.id(), region.id());
        signInAs(Role.FUNDER_VIEWER);
    }

    @Test
    void lists_the_ledger_latest_year_first_in_french_euros() {
        navigate(FundingView.class);
        var grid = test(grid());

        assertThat(grid.size()).isEqualTo(4);
        assertThat(grid.getCellText(0, 0)).isEqualTo("2026");
        assertThat(grid.getCellText(0, 1)).isEqualTo("École IA Roubaix");
        assertThat(grid.getCellText(0, 2)).isEqualTo("Microsoft France");
        assertThat(grid.getCellText(0, 3)).isEqualTo("L'école");
        assertThat(grid.getCellText(2, 0)).isEqualTo("2025");
        assertThat(IntStream.range(0, 4).mapToObj(row -> grid.getCellText(row, 4)))
                .contains("12\u202F500,00\u00A0€", "80\u202F000,50\u00A0€", "1\u202F250,00\u00A0€");
        assertThat(funding.pages.requests).isNotEmpty();
    }

    @Test
    void money_reads_as_french_euros() {
        assertThat(ConsoleFormats.money(Money.parse("12500", "amount")))
                .isEqualTo("12\u202F500,00\u00A0€");
        assertThat(ConsoleFormats.money(Money.ofCents(5))).isEqualTo("0,05\u00A0€");
    }

    @Test
    void the_filters_reach_the_port() {
        navigate(FundingView.class);

        @SuppressWarnings("unchecked")
        Select<School> school = find(Select.class).withId("funding-school").single();
        school.setValue(roubaix);
        test(find(IntegerField.class).withId("funding-year").single()).setValue(2026);

        var grid = test(grid());
        assertThat(grid.size()).isEqualTo(2);
        assertThat(funding.filters.getLast().schools()).contains(Set.of(roubaix.id()));
        assertThat(funding.filters.getLast().year()).contains(2026);
    }

    @Test
    void says_plainly_whether_the_chosen_school_keeps_parity() {
        navigate(FundingView.class);
        @SuppressWarnings("unchecked")
        Select<School> school = find(Select.class).withId("funding-school").single();

        school.setValue(castelnau);
        assertThat(parityLines()).containsExactly(
                "Région Occitanie – Microsoft France : Parité non respectée : écart de 1\u202F250,00\u00A0€");

        school.setValue(roubaix);
        assertThat(parityLines()).containsExactly(
                "Microsoft France – Région Occitanie : Parité non respectée : écart de 81\u202F250,50\u00A0€");
    }

    @Test
    void parity_respected_reads_so() {
        funding.commitment(microsoft.id(), castelnau.id(), "1250", 2026);
        navigate(FundingView.class);
        @SuppressWarnings("unchecked")
        Select<School> school = find(Select.class).withId("funding-school").single();

        school.setValue(castelnau);

        assertThat(parityLines()).containsExactly("Région Occitanie – Microsoft France : Parité respectée");
    }

    private List<String> parityLines() {
        return find(Span.class).all().stream()
                .filter(span -> span.hasClassName("parity-honoured") || span.hasClassName("parity-not-honoured"))
                .map(Span::getText).toList();
    }

    @SuppressWarnings("unchecked")
    private Grid<FundingCommitment> grid() {
        return find(Grid.class).withId("funding-grid").single();
    }
}

package org.tremplin.ui.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tremplin.application.learner.LearnerAdministration;
import org.tremplin.application.partner.PartnerAdministration;
import org.tremplin.application.workstudy.WorkStudyAdministration;
import org.tremplin.domain.identity.Role;
import org.tremplin.domain.learner.LearnerStatus;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.partner.PartnerKind;
import org.tremplin.domain.partner.PartnerRole;
import org.tremplin.domain.workstudy.BrokenBy;
import org.tremplin.domain.workstudy.WorkStudyContract;
import org.tremplin.ui.access.AccessDeniedView;
import org.tremplin.ui.testing.ConsoleTestSupport;
import org.tremplin.ui.testing.FakeLearnerAdministration;
import org.tremplin.ui.testing.FakePartnerAdministration;

class ContractsViewTest extends ConsoleTestSupport {
    private final FakeLearnerAdministration learners = new FakeLearnerAdministration()
            .add("Awa", "Diallo", LearnerStatus.IN_WORK_STUDY, LocalDate.of(2025, 1, 6), Optional.empty())
            .add("Lucas", "Martin", LearnerStatus.IN_WORK_STUDY, LocalDate.of(2025, 1, 6), Optional.empty());
    private final FakePartnerAdministration partners = new FakePartnerAdministration();
    private final FakeWorkStudyAdministration contracts = new FakeWorkStudyAdministration();

    ContractsViewTest() {
        provide(LearnerAdministration.class, learners);
        provide(PartnerAdministration.class, partners);
        provide(WorkStudyAdministration.class, contracts);
    }

    @BeforeEach
    void someContracts() {
        Partner host = partners.add("Datalyse", PartnerKind.SME, Optional.of("73282932000074"),
                Map.of(FakeLearnerAdministration.SCHOOL, Set.of(PartnerRole.WORK_STUDY_HOST)));
        contracts.add(learners.idOf(0), host.id(), LocalDate.of(2025, 9, 1), null, null)
                .add(learners.idOf(1), host.id(), LocalDate.of(2025, 8, 1), BrokenBy.EMPLOYER, LocalDate.of(2025, 11, 14));
        signInAs(Role.SCHOOL_MANAGER);
    }

    @Test
    void lists_the_contracts_latest_first_with_the_break_in_words() {
        navigate(ContractsView.class);
        var grid = test(grid());

        assertThat(grid.size()).isEqualTo(2);
        assertThat(grid.getCellText(0, 0)).isEqualTo("Diallo, Awa");
        assertThat(grid.getCellText(0, 1)).isEqualTo("Datalyse");
        assertThat(grid.getCellText(0, 2)).isEqualTo("Apprentissage");
        assertThat(grid.getCellText(0, 3)).isEqualTo("01/09/2025");
        assertThat(grid.getCellText(0, 4)).isEqualTo("31/08/2026");
        assertThat(grid.getCellText(0, 6)).isEmpty();
        assertThat(grid.getCellText(1, 0)).isEqualTo("Martin, Lucas");
        assertThat(grid.getCellText(1, 6)).isEqualTo("Rompu le 14/11/2025 (employeur)");
        assertThat(contracts.pages.requests).isNotEmpty();
    }

    @Test
    void a_broken_contract_row_carries_the_highlight_part() {
        navigate(ContractsView.class);
        var grid = test(grid());

        assertThat(grid().getPartNameGenerator().apply(grid.getRow(1))).isEqualTo(ContractsView.BROKEN_PART);
        assertThat(grid().getPartNameGenerator().apply(grid.getRow(0))).isNull();
        assertThat(grid().getClassNames()).contains("contracts-grid");
    }

    @Test
    void the_broken_filter_reaches_the_port() {
        navigate(ContractsView.class);

        @SuppressWarnings("unchecked")
        Select<Boolean> broken = find(Select.class).withId("contracts-broken").single();
        broken.setValue(true);

        var grid = test(grid());
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getRow(0).isBroken()).isTrue();
        assertThat(contracts.filters.getLast().broken()).contains(true);
    }

    @Test
    void a_funder_may_not_open_the_contracts() {
        signInAs(Role.FUNDER_VIEWER);

        assertThat(navigate("contracts", AccessDeniedView.class)).isNotNull();
    }

    @SuppressWarnings("unchecked")
    private Grid<WorkStudyContract> grid() {
        return find(Grid.class).withId("contracts-grid").single();
    }
}

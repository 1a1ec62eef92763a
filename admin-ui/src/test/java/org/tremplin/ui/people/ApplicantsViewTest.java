package org.tremplin.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tremplin.application.applicant.ApplicantSelection;
import org.tremplin.application.applicant.VisibleApplicant;
import org.tremplin.application.cohort.CohortAdministration;
import org.tremplin.domain.applicant.SelectionStage;
import org.tremplin.domain.identity.Role;
import org.tremplin.ui.access.AccessDeniedView;
import org.tremplin.ui.testing.ConsoleTestSupport;
import org.tremplin.ui.testing.FakeCohortsForLists;

class ApplicantsViewTest extends ConsoleTestSupport {
    private final FakeApplicantSelection applicants = new FakeApplicantSelection()
            .add("Awa", "Diallo", LocalDate.of(2025, 10, 1), SelectionStage.APPLIED)
            .add("Lucas", "Martin", LocalDate.of(2025, 10, 3), SelectionStage.PRESELECTED)
            .add("Inès", "Benali", LocalDate.of(2025, 10, 2), SelectionStage.PRESELECTED)
            .add("Yanis", "Haddad", LocalDate.of(2025, 9, 20), SelectionStage.REJECTED);

    ApplicantsViewTest() {
        provide(ApplicantSelection.class, applicants);
        provide(CohortAdministration.class, new FakeCohortsForLists());
    }

    @Test
    void lists_the_applicants_latest_first_with_their_stage() {
        signInAs(Role.SCHOOL_MANAGER);
        navigate(ApplicantsView.class);
        var grid = test(grid());

        assertThat(grid.size()).isEqualTo(4);
        assertThat(grid.getCellText(0, 0)).isEqualTo("03/10/2025");
        assertThat(grid.getCellText(0, 1)).isEqualTo("Martin, Lucas");
        assertThat(grid.getCellText(0, 3)).isEqualTo("Roubaix 2026");
        assertThat(grid.getCellText(0, 4)).isEqualTo("Présélection");
        assertThat(grid.getCellText(0, 5)).isEqualTo("10/10/2025");
        assertThat(grid.getCellText(3, 4)).isEqualTo("Non retenue");
    }

    @Test
    void counts_each_stage_through_the_port_totals_without_loading_the_applicants() {
        signInAs(Role.ADMIN);
        navigate(ApplicantsView.class);

        assertThat(count(SelectionStage.APPLIED)).isEqualTo("Candidature reçue : 1");
        assertThat(count(SelectionStage.PRESELECTED)).isEqualTo("Présélection : 2");
        assertThat(count(SelectionStage.ENROLLED)).isEqualTo("Inscription : 0");
        assertThat(count(SelectionStage.REJECTED)).isEqualTo("Non retenue : 1");
        assertThat(applicants.filters).filteredOn(filter -> filter.stage().isPresent())
                .hasSize(SelectionStage.values().length);
        assertThat(applicants.pages.requests).filteredOn(page -> page.size() > 1)
                .as("only the grid asks for more than a total").allSatisfy(page -> assertThat(page.page()).isZero());
    }

    @Test
    void the_stage_and_text_filters_reach_the_port() {
        signInAs(Role.SCHOOL_MANAGER);
        navigate(ApplicantsView.class);

        @SuppressWarnings("unchecked")
        Select<SelectionStage> stage = find(Select.class).withId("applicants-stage").single();
        stage.setValue(SelectionStage.PRESELECTED);
        test(find(TextField.class).withId("applicants-filter").single()).setValue("benali");

        var grid = test(grid());
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getRow(0).name().givenName()).isEqualTo("Inès");
        assertThat(applicants.filters.getLast().text()).contains("benali");
        assertThat(count(SelectionStage.PRESELECTED)).as("the strip follows the other filters")
                .isEqualTo("Présélection : 1");
    }

    @Test
    void a_funder_may_not_open_the_applicants() {
        signInAs(Role.FUNDER_VIEWER);

        assertThat(navigate("applicants", AccessDeniedView.class)).isNotNull();
    }

    private String count(SelectionStage stage) {
        return find(Span.class).withId("applicants-count-" + stage.name()).single().getText();
    }

    @SuppressWarnings("unchecked")
    private Grid<VisibleApplicant> grid() {
        return find(Grid.class).withId("applicants-grid").single();
    }
}

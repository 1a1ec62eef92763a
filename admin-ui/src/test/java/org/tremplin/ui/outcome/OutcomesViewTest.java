package org.tremplin.ui.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tremplin.application.learner.LearnerAdministration;
import org.tremplin.application.outcome.OutcomeRecording;
import org.tremplin.application.partner.PartnerAdministration;
import org.tremplin.domain.identity.Role;
import org.tremplin.domain.learner.LearnerStatus;
import org.tremplin.domain.outcome.Employer;
import org.tremplin.domain.outcome.EmploymentOutcome;
import org.tremplin.domain.outcome.Situation;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.partner.PartnerKind;
import org.tremplin.domain.partner.PartnerRole;
import org.tremplin.ui.access.AccessDeniedView;
import org.tremplin.ui.testing.ConsoleTestSupport;
import org.tremplin.ui.testing.FakeLearnerAdministration;
import org.tremplin.ui.testing.FakePartnerAdministration;

class OutcomesViewTest extends ConsoleTestSupport {
    private final FakeLearnerAdministration learners = new FakeLearnerAdministration()
            .add("Awa", "Diallo", LearnerStatus.GRADUATED, LocalDate.of(2024, 1, 8), Optional.empty())
            .add("Lucas", "Martin", LearnerStatus.GRADUATED, LocalDate.of(2024, 1, 8), Optional.empty());
    private final FakePartnerAdministration partners = new FakePartnerAdministration();
    private final FakeOutcomeRecording outcomes = new FakeOutcomeRecording(learners);

    OutcomesViewTest() {
        provide(LearnerAdministration.class, learners);
        provide(PartnerAdministration.class, partners);
        provide(OutcomeRecording.class, outcomes);
    }

    @BeforeEach
    void someOutcomes() {
        Partner datalyse = partners.add("Datalyse", PartnerKind.SME, Optional.of("73282932000074"),
                Map.of(FakeLearnerAdministration.SCHOOL, Set.of(PartnerRole.RECRUITER)));
        outcomes.add(learners.idOf(0), LocalDate.of(2025, 9, 1), Situation.PERMANENT_CONTRACT,
                        Optional.of(Employer.partner(datalyse.id())), Optional.of("Data analyste"))
                .add(learners.idOf(1), LocalDate.of(2025, 10, 1), Situation.TEMPORARY_AGENCY_WORK,
                        Optional.of(Employer.named("Interim 59")), Optional.empty())
                .add(learners.idOf(1), LocalDate.of(2025, 3, 1), Situation.JOB_SEEKING, Optional.empty(),
                        Optional.empty());
        signInAs(Role.SCHOOL_MANAGER);
    }

    @Test
    void lists_the_outcomes_latest_first_with_translated_situations() {
        navigate(OutcomesView.class);
        var grid = test(grid());

        assertThat(grid.size()).isEqualTo(3);
        assertThat(grid.getCellText(0, 0)).isEqualTo("Martin, Lucas");
        assertThat(grid.getCellText(0, 1)).isEqualTo("01/10/2025");
        assertThat(grid.getCellText(0, 2)).isEqualTo("Intérim");
        assertThat(grid.getCellText(0, 3)).isEqualTo("Interim 59");
        assertThat(grid.getCellText(1, 2)).isEqualTo("CDI");
        assertThat(grid.getCellText(1, 3)).isEqualTo("Datalyse");
        assertThat(grid.getCellText(1, 4)).isEqualTo("Data analyste");
        assertThat(grid.getCellText(2, 3)).isEmpty();
        assertThat(outcomes.pages.requests).isNotEmpty();
    }

    @Test
    void the_situation_and_date_filters_reach_the_port() {
        navigate(OutcomesView.class);

        @SuppressWarnings("unchecked")
        Select<Situation> situation = find(Select.class).withId("outcomes-situation").single();
        situation.setValue(Situation.JOB_SEEKING);
        find(DatePicker.class).withId("outcomes-observed-from").single().setValue(LocalDate.of(2025, 1, 1));

        var grid = test(grid());
        assertThat(grid.size()).isEqualTo(1);
        assertThat(outcomes.filters.getLast().situation()).contains(Situation.JOB_SEEKING);
        assertThat(outcomes.filters.getLast().observedFrom()).contains(LocalDate.of(2025, 1, 1));
    }

    @Test
    void a_funder_may_not_open_the_outcomes() {
        signInAs(Role.FUNDER_VIEWER);

        assertThat(navigate("outcomes", AccessDeniedView.class)).isNotNull();
    }

    @SuppressWarnings("unchecked")
    private Grid<EmploymentOutcome> grid() {
        return find(Grid.class).withId("outcomes-grid").single();
    }
}

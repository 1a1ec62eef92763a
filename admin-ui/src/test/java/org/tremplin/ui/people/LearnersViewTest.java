package org.tremplin.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tremplin.application.cohort.CohortAdministration;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.learner.LearnerAdministration;
import org.tremplin.application.learner.VisibleLearner;
import org.tremplin.domain.identity.Role;
import org.tremplin.domain.learner.LearnerStatus;
import org.tremplin.domain.person.DisabilityStatus;
import org.tremplin.ui.access.AccessDeniedView;
import org.tremplin.ui.testing.ConsoleTestSupport;
import org.tremplin.ui.testing.FakeCohortsForLists;
import org.tremplin.ui.testing.FakeLearnerAdministration;

class LearnersViewTest extends ConsoleTestSupport {
    private final FakeLearnerAdministration learners = new FakeLearnerAdministration();
    private final FakeCohortsForLists cohorts = new FakeCohortsForLists();

    LearnersViewTest() {
        provide(LearnerAdministration.class, learners);
        provide(CohortAdministration.class, cohorts);
    }

    private void someLearners(Optional<DisabilityStatus> disability) {
        learners.add("Awa", "Diallo", LearnerStatus.IN_CENTRE, LocalDate.of(2026, 1, 5), disability)
                .add("Lucas", "Martin", LearnerStatus.DROPPED_OUT, LocalDate.of(2025, 9, 1), disability)
                .add("Inès", "Benali", LearnerStatus.GRADUATED, LocalDate.of(2024, 9, 2), disability);
    }

    @Test
    void lists_the_learners_with_their_inclusion_profile_in_french() {
        someLearners(Optional.empty());
        signInAs(Role.SCHOOL_MANAGER);
        navigate(LearnersView.class);
        var grid = test(grid());

        assertThat(grid.size()).isEqualTo(3);
        assertThat(grid.getCellText(0, 0)).isEqualTo("Benali, Inès");
        assertThat(grid.getCellText(0, 1)).isEqualTo("inès.benali@example.org");
        assertThat(grid.getCellText(0, 2)).isEqualTo("Roubaix 2026");
        assertThat(grid.getCellText(0, 3)).isEqualTo("Diplômé");
        assertThat(grid.getCellText(0, 4)).isEqualTo("02/09/2024");
        assertThat(grid.getCellText(0, 5)).isEqualTo("24");
        assertThat(grid.getCellText(0, 6)).isEqualTo("Femme");
        assertThat(grid.getCellText(0, 7)).isEqualTo("Oui");
        assertThat(grid.getCellText(0, 8)).isEqualTo("02/07/2023");
        assertThat(grid.getCellText(0, 9)).isEqualTo("Infra-bac");
        assertThat(grid.getCellText(1, 3)).isEqualTo("En formation au centre");
        assertThat(cohorts.gets.get()).as("each cohort named once").isEqualTo(1);
    }

    @Test
    void asks_the_port_for_pages_not_for_every_learner() {
        for (int i = 0; i < 2_000; i++) {
            learners.add("Prénom" + i, "Nom" + i, LearnerStatus.ENROLLED, LocalDate.of(2026, 1, 5), Optional.empty());
        }
        signInAs(Role.ADMIN);
        navigate(LearnersView.class);
        var grid = test(grid());

        assertThat(grid.size()).isEqualTo(2_000);
        assertThat(grid.getRow(0).name().familyName()).isEqualTo("Nom0");
        assertThat(learners.pages.requests).allSatisfy(page -> assertThat(page.size()).isLessThanOrEqualTo(
                PageRequest.MAX_SIZE));
        assertThat(learners.pages.furthestRow()).as("rows asked of the port").isLessThan(2_000);
    }

    @Test
    void the_filters_reach_the_port() {
        someLearners(Optional.empty());
        signInAs(Role.SCHOOL_MANAGER);
        navigate(LearnersView.class);

        test(find(TextField.class).withId("learners-filter").single()).setValue("martin");
        @SuppressWarnings("unchecked")
        Select<LearnerStatus> status = find(Select.class).withId("learners-status").single();
        status.setValue(LearnerStatus.DROPPED_OUT);

        var grid = test(grid());
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getRow(0).name().givenName()).isEqualTo("Lucas");
        assertThat(learners.filters.getLast().text()).contains("martin");
        assertThat(learners.filters.getLast().status()).contains(LearnerStatus.DROPPED_OUT);
    }

    @Test
    void no_rqth_column_when_the_port_gives_no_disability_status() {
        someLearners(Optional.empty());
        signInAs(Role.ADMIN);
        navigate(LearnersView.class);

        assertThat(grid().getColumnByKey("disability").isVisible()).isFalse();
    }

    @Test
    void an_rqth_column_when_the_port_gives_the_disability_status() {
        someLearners(Optional.of(DisabilityStatus.RECOGNISED));
        signInAs(Role.SCHOOL_MANAGER);
        navigate(LearnersView.class);
        var grid = test(grid());

        assertThat(grid().getColumnByKey("disability").isVisible()).isTrue();
        assertThat(grid.getCellText(0, 10)).isEqualTo("Reconnue");
    }

    @Test
    void a_funder_may_not_open_the_learners() {
        signInAs(Role.FUNDER_VIEWER);

        assertThat(navigate("learners", AccessDeniedView.class)).isNotNull();
    }

    @SuppressWarnings("unchecked")
    private Grid<VisibleLearner> grid() {
        return find(Grid.class).withId("learners-grid").single();
    }
}

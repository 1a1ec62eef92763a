package org.tremplin.ui.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tremplin.application.learner.LearnerAdministration;
import org.tremplin.application.learner.VisibleLearner;
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
import org.tremplin.ui.form.ConflictDialog;
import org.tremplin.ui.testing.FakeLearnerAdministration;
import org.tremplin.ui.testing.FakePartnerAdministration;
import org.tremplin.ui.testing.FormTestSupport;

class OutcomeFormsTest extends FormTestSupport {
    /** Diallo graduated on 2024-01-29 (enrolled 2024-01-08, three steps a week apart); Martin is still in centre. */
    private final FakeLearnerAdministration learners = new FakeLearnerAdministration()
            .add("Awa", "Diallo", LearnerStatus.GRADUATED, LocalDate.of(2024, 1, 8), Optional.empty())
            .add("Lucas", "Martin", LearnerStatus.IN_CENTRE, LocalDate.of(2025, 9, 1), Optional.empty());
    private final FakePartnerAdministration partners = new FakePartnerAdministration();
    private final FakeOutcomeRecording outcomes = new FakeOutcomeRecording(learners);
    private final Partner datalyse = partners.add("Datalyse", PartnerKind.SME, Optional.of("73282932000074"),
            Map.of(FakeLearnerAdministration.SCHOOL, Set.of(PartnerRole.RECRUITER)));

    OutcomeFormsTest() {
        provide(LearnerAdministration.class, learners);
        provide(PartnerAdministration.class, partners);
        provide(OutcomeRecording.class, outcomes);
    }

    @Test
    void a_follow_up_is_recorded_for_a_learner_found_by_name_with_the_due_dates_hinted() {
        signInAs(Role.SCHOOL_MANAGER);
        navigate(OutcomesView.class);
        test(button("outcomes-record")).click();
        assertThat(followUps()).isEqualTo("Les suivis sont attendus 6 et 12 mois après la sortie de la formation.");

        test(learnerChoice()).setFilter("dial");
        assertThat(test(learnerChoice()).getSuggestions()).containsExactly("Diallo, Awa");
        assertThat(learners.filters.getLast().text()).contains("dial");
        test(learnerChoice()).selectItem("Diallo, Awa");
        assertThat(followUps()).isEqualTo(
                "Sortie le 29/01/2024 : suivis attendus vers le 29/07/2024 (6 mois) et le 29/01/2025 (12 mois).");
        find(DatePicker.class).withId("outcome-observed-on").single().setValue(LocalDate.of(2024, 7, 30));
        test(this.<Situation>select("outcome-situation")).selectItem("CDI");
        test(partnerChoice()).selectItem("Datalyse");
        test(textField("outcome-job-title")).setValue("Data analyste");
        test(button("outcome-save")).click();

        assertThat(outcomes.all()).singleElement().satisfies(outcome -> {
            assertThat(outcome.learnerId()).isEqualTo(learners.named("Diallo").id());
            assertThat(outcome.situation()).isEqualTo(Situation.PERMANENT_CONTRACT);
            assertThat(outcome.employer()).contains(Employer.partner(datalyse.id()));
            assertThat(outcome.jobTitle()).contains("Data analyste");
        });
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(test(grid()).getCellText(0, 3)).isEqualTo("Datalyse");
    }

    @Test
    void an_employed_situation_without_employer_is_told_beside_the_employer_and_nothing_typed_is_lost() {
        signInAs(Role.ADMIN);
        navigate(OutcomesView.class);
        test(button("outcomes-record")).click();
        test(learnerChoice()).selectItem("Diallo, Awa");
        test(this.<Situation>select("outcome-situation")).selectItem("Intérim");
        test(textField("outcome-job-title")).setValue("Technicien support");

        test(button("outcome-save")).click();

        assertThat(textField("outcome-employer-name").getErrorMessage())
                .isEqualTo("Indiquez l'employeur pour cette situation.");
        assertThat(textField("outcome-job-title").getValue()).isEqualTo("Technicien support");
        assertThat(outcomes.all()).isEmpty();
    }

    @Test
    void a_learner_still_in_the_programme_is_refused_beside_the_learner() {
        signInAs(Role.ADMIN);
        navigate(OutcomesView.class);
        test(button("outcomes-record")).click();
        test(learnerChoice()).selectItem("Martin, Lucas");
        assertThat(followUps()).startsWith("Cette personne n'a pas encore quitté la formation");
        test(this.<Situation>select("outcome-situation")).selectItem("En recherche d'emploi");

        test(button("outcome-save")).click();

        assertThat(learnerChoice().getErrorMessage())
                .isEqualTo("Une situation se renseigne pour une personne qui a quitté la formation.");
        assertThat(outcomes.all()).isEmpty();
    }

    @Test
    void the_employer_fields_show_only_for_situations_that_may_name_one() {
        signInAs(Role.ADMIN);
        navigate(OutcomesView.class);
        test(button("outcomes-record")).click();

        test(this.<Situation>select("outcome-situation")).selectItem("En recherche d'emploi");
        assertThat(find(TextField.class).withId("outcome-employer-name").exists()).isFalse();
        test(this.<Situation>select("outcome-situation")).selectItem("Indépendant");
        assertThat(textField("outcome-employer-name").isVisible()).isTrue();
    }

    @Test
    void a_correction_is_saved_and_a_stale_one_asks_first() {
        outcomes.add(learners.idOf(0), LocalDate.of(2024, 8, 1), Situation.JOB_SEEKING, Optional.empty(),
                Optional.empty());
        signInAs(Role.ADMIN);
        navigate(OutcomesView.class);
        clickInRow(grid(), 0, "outcome-correct");
        assertThat(learnerChoice().getValue().name().familyName()).isEqualTo("Diallo");
        test(this.<Situation>select("outcome-situation")).selectItem("Poursuite d'études");
        outcomes.changeElsewhere(outcomes.all().getFirst().id());

        test(button("outcome-save")).click();
        assertThat(find(ConflictDialog.class).single().isOpened()).isTrue();
        assertThat(outcomes.all().getFirst().situation()).isEqualTo(Situation.JOB_SEEKING);
        test(button("conflict-reload")).click();
        assertThat(select("outcome-situation").getValue()).isEqualTo(Situation.JOB_SEEKING);

        test(this.<Situation>select("outcome-situation")).selectItem("Poursuite d'études");
        test(button("outcome-save")).click();
        assertThat(outcomes.all().getFirst().situation()).isEqualTo(Situation.FURTHER_STUDIES);
        assertThat(test(grid()).getCellText(0, 2)).isEqualTo("Poursuite d'études");
    }

    @Test
    void a_deletion_asks_first_and_a_stale_one_deletes_nothing() {
        outcomes.add(learners.idOf(0), LocalDate.of(2024, 8, 1), Situation.JOB_SEEKING, Optional.empty(),
                Optional.empty());
        signInAs(Role.ADMIN);
        navigate(OutcomesView.class);
        clickInRow(grid(), 0, "outcome-delete");
        assertThat(find(Paragraph.class).withId("outcome-delete-question").single().getText())
                .isEqualTo("Supprimer le suivi de Diallo, Awa observé le 01/08/2024 (En recherche d'emploi) ? "
                        + "Cette suppression est définitive.");
        outcomes.changeElsewhere(outcomes.all().getFirst().id());

        test(button("outcome-delete-confirm")).click();
        assertThat(find(ConflictDialog.class).single().isOpened()).isTrue();
        assertThat(outcomes.all()).hasSize(1);
        test(button("conflict-reload")).click();

        test(button("outcome-delete-confirm")).click();
        assertThat(outcomes.all()).isEmpty();
        assertThat(test(grid()).size()).isZero();
    }

    @Test
    void the_learner_search_asks_the_port_for_pages_within_the_users_scope() {
        for (int i = 0; i < 600; i++) {
            learners.add("Prénom" + i, "Nom" + i, LearnerStatus.GRADUATED, LocalDate.of(2024, 1, 8), Optional.empty());
        }
        signInAs(Role.SCHOOL_MANAGER, Set.of(FakeLearnerAdministration.SCHOOL));
        navigate(OutcomesView.class);
        test(button("outcomes-record")).click();
        learners.pages.requests.clear();

        test(learnerChoice()).setFilter("Nom59");

        assertThat(test(learnerChoice()).getSuggestions()).contains("Nom59, Prénom59", "Nom599, Prénom599");
        assertThat(learners.pages.requests).isNotEmpty().allSatisfy(page -> assertThat(page.size())
                .isLessThanOrEqualTo(500));
        assertThat(learners.filters.getLast().schools()).as("the use case narrows the search, not the view").isEmpty();
    }

    @Test
    void a_funder_may_not_open_the_outcomes() {
        signInAs(Role.FUNDER_VIEWER);

        assertThat(navigate("outcomes", AccessDeniedView.class)).isNotNull();
        assertThat(find(Button.class).withId("outcomes-record").exists()).isFalse();
    }

    private String followUps() {
        return find(Paragraph.class).withId("outcome-follow-ups").single().getText();
    }

    private ComboBox<VisibleLearner> learnerChoice() {
        return comboBox("outcome-learner");
    }

    private ComboBox<Partner> partnerChoice() {
        return comboBox("outcome-employer-partner");
    }

    @SuppressWarnings("unchecked")
    private Grid<EmploymentOutcome> grid() {
        return find(Grid.class).withId("outcomes-grid").single();
    }
}

package org.tremplin.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tremplin.application.applicant.ApplicantSelection;
import org.tremplin.application.applicant.VisibleApplicant;
import org.tremplin.application.cohort.CohortAdministration;
import org.tremplin.application.common.PageRequest;
import org.tremplin.domain.applicant.SelectionStage;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.identity.Role;
import org.tremplin.domain.person.DisabilityStatus;
import org.tremplin.ui.access.AccessDeniedView;
import org.tremplin.ui.form.ConflictDialog;
import org.tremplin.ui.testing.FakeLearnerAdministration;
import org.tremplin.ui.testing.FakeScopedCohorts;
import org.tremplin.ui.testing.FormTestSupport;

class ApplicantFormsTest extends FormTestSupport {
    private final FakeApplicantSelection applicants = new FakeApplicantSelection()
            .add("Awa", "Diallo", LocalDate.of(2025, 10, 1), SelectionStage.APPLIED)
            .add("Inès", "Benali", LocalDate.of(2025, 10, 2), SelectionStage.SELECTED)
            .add("Yanis", "Haddad", LocalDate.of(2025, 9, 20), SelectionStage.REJECTED);

    ApplicantFormsTest() {
        provide(ApplicantSelection.class, applicants);
        provide(CohortAdministration.class, new FakeScopedCohorts());
    }

    @Test
    void a_new_application_is_recorded_and_listed() {
        signInAs(Role.ADMIN);
        navigate(ApplicantsView.class);
        test(button("applicants-apply")).click();

        test(cohortChoice()).selectItem("Castelnau-le-Lez 2026");
        find(DatePicker.class).withId("applicant-applied-on").single().setValue(LocalDate.of(2025, 11, 3));
        fillPerson("Léa", "Moreau", "lea.moreau@example.org");
        test(button("applicant-save")).click();

        assertThat(test(grid()).size()).isEqualTo(4);
        VisibleApplicant added = applicants.named("Moreau");
        assertThat(added.cohortId()).isEqualTo(FakeScopedCohorts.CASTELNAU.id());
        assertThat(added.stage()).isEqualTo(SelectionStage.APPLIED);
        assertThat(test(grid()).getCellText(0, 1)).isEqualTo("Moreau, Léa");
        assertThat(test(grid()).getCellText(0, 3)).isEqualTo("Castelnau-le-Lez 2026");
    }

    @Test
    void the_domains_messages_are_told_beside_their_fields_and_nothing_typed_is_lost() {
        signInAs(Role.ADMIN);
        navigate(ApplicantsView.class);
        test(button("applicants-apply")).click();
        fillPerson("Léa", "", "pas-une-adresse");

        test(button("applicant-save")).click();

        assertThat(find(ComboBox.class).withId("applicant-cohort").single().getErrorMessage())
                .isEqualTo("Ce champ est obligatoire.");
        assertThat(textField("applicant-family-name").getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
        assertThat(textField("applicant-email").getErrorMessage()).isEqualTo("Cette adresse e-mail n'est pas valide.");
        assertThat(textField("applicant-email").getValue()).isEqualTo("pas-une-adresse");
        assertThat(textField("applicant-given-name").getValue()).isEqualTo("Léa");
        assertThat(test(grid()).size()).isEqualTo(3);
    }

    @Test
    void moving_an_applicant_offers_only_the_stages_the_domain_allows_and_records_the_move() {
        signInAs(Role.SCHOOL_MANAGER);
        navigate(ApplicantsView.class);
        clickInRow(grid(), rowOf("Diallo"), "applicant-move");

        Select<SelectionStage> stage = select("applicant-stage");
        assertThat(test(stage).getSuggestionItems()).containsExactly(SelectionStage.PRESELECTED,
                SelectionStage.REJECTED, SelectionStage.WITHDREW);
        test(stage).selectItem("Présélection");
        find(DatePicker.class).withId("applicant-stage-date").single().setValue(LocalDate.of(2025, 10, 9));
        test(button("applicant-stage-save")).click();

        assertThat(applicants.named("Diallo").stage()).isEqualTo(SelectionStage.PRESELECTED);
        assertThat(test(grid()).getCellText(rowOf("Diallo"), 4)).isEqualTo("Présélection");
    }

    @Test
    void a_move_dated_before_the_current_stage_is_refused_beside_the_date() {
        signInAs(Role.ADMIN);
        navigate(ApplicantsView.class);
        clickInRow(grid(), rowOf("Diallo"), "applicant-move");
        test(select("applicant-stage")).selectItem("Présélection");
        find(DatePicker.class).withId("applicant-stage-date").single().setValue(LocalDate.of(2025, 9, 1));

        test(button("applicant-stage-save")).click();

        assertThat(find(DatePicker.class).withId("applicant-stage-date").single().getErrorMessage())
                .isEqualTo("Cette date ne peut pas précéder la date précédente.");
        assertThat(applicants.named("Diallo").stage()).isEqualTo(SelectionStage.APPLIED);
    }

    @Test
    void enrolling_a_selected_applicant_creates_the_learner_and_leads_to_the_learners() {
        signInAs(Role.ADMIN);
        navigate(ApplicantsView.class);
        clickInRow(grid(), rowOf("Benali"), "applicant-move");
        test(select("applicant-stage")).selectItem("Inscription");
        find(DatePicker.class).withId("applicant-stage-date").single().setValue(LocalDate.of(2025, 11, 2));

        test(button("applicant-stage-save")).click();

        assertThat(applicants.enrolled).singleElement()
                .satisfies(learner -> assertThat(learner.name().familyName()).isEqualTo("Benali"));
        assertThat(applicants.named("Benali").stage()).isEqualTo(SelectionStage.ENROLLED);
        Notification told = find(Notification.class).withId("applicant-enrolled").single();
        assertThat(told.isOpened()).isTrue();
        assertThat(find(RouterLink.class).withId("applicant-enrolled-link").single().getHref()).isEqualTo("learners");
    }

    @Test
    void a_stale_move_asks_before_anything_and_reload_shows_the_stored_stage() {
        signInAs(Role.ADMIN);
        navigate(ApplicantsView.class);
        clickInRow(grid(), rowOf("Diallo"), "applicant-move");
        test(select("applicant-stage")).selectItem("Présélection");
        applicants.changeElsewhere("Diallo");

        test(button("applicant-stage-save")).click();

        assertThat(find(ConflictDialog.class).single().isOpened()).isTrue();
        assertThat(applicants.named("Diallo").stage()).isEqualTo(SelectionStage.APPLIED);
        test(button("conflict-reload")).click();
        test(select("applicant-stage")).selectItem("Présélection");
        test(button("applicant-stage-save")).click();
        assertThat(applicants.named("Diallo").stage()).isEqualTo(SelectionStage.PRESELECTED);
    }

    @Test
    void correcting_shows_the_rqth_status_only_when_the_use_case_gives_it() {
        signInAs(Role.ADMIN);
        navigate(ApplicantsView.class);
        clickInRow(grid(), rowOf("Diallo"), "applicant-correct");
        assertThat(find(Select.class).withId("applicant-disability").exists()).isFalse();
        test(button("applicant-cancel")).click();

        applicants.healthData = true;
        clickInRow(grid(), rowOf("Diallo"), "applicant-correct");
        assertThat(select("applicant-disability").getValue()).isEqualTo(DisabilityStatus.RECOGNISED);
        test(textField("applicant-given-name")).setValue("Awa Marie");
        test(button("applicant-save")).click();

        assertThat(applicants.named("Diallo").name().givenName()).isEqualTo("Awa Marie");
        assertThat(applicants.named("Diallo").disability()).contains(DisabilityStatus.RECOGNISED);
    }

    @Test
    void a_stale_correction_asks_and_cancel_keeps_what_was_typed_unsaved() {
        signInAs(Role.ADMIN);
        navigate(ApplicantsView.class);
        clickInRow(grid(), rowOf("Diallo"), "applicant-correct");
        test(textField("applicant-given-name")).setValue("Awa Marie");
        applicants.changeElsewhere("Diallo");

        test(button("applicant-save")).click();

        assertThat(find(ConflictDialog.class).single().isOpened()).isTrue();
        test(button("conflict-cancel")).click();
        assertThat(textField("applicant-given-name").getValue()).isEqualTo("Awa Marie");
        assertThat(applicants.named("Diallo").name().givenName()).isEqualTo("Awa");
    }

    @Test
    void a_manager_chooses_among_the_cohorts_of_their_own_schools_only() {
        signInAs(Role.SCHOOL_MANAGER, Set.of(FakeLearnerAdministration.SCHOOL));
        navigate(ApplicantsView.class);
        test(button("applicants-apply")).click();

        assertThat(test(cohortChoice()).getSuggestions()).containsExactly("Roubaix 2026");
    }

    @Test
    void the_board_asks_for_a_cohort_then_shows_a_column_per_stage_with_a_page_of_cards_each() {
        for (int i = 0; i < 25; i++) {
            applicants.add("Prénom" + i, "Nom" + i, LocalDate.of(2025, 10, 10), SelectionStage.APPLIED,
                    FakeScopedCohorts.CASTELNAU.id());
        }
        signInAs(Role.ADMIN);
        navigate(ApplicantsView.class);
        test(find(Tabs.class).withId("applicants-mode").single()).select("Tableau");

        assertThat(find(Paragraph.class).withId("applicants-board-choose").exists()).isTrue();
        assertThat(find(Grid.class).withId("applicants-grid").exists()).as("the list is hidden").isFalse();

        applicants.pages.requests.clear();
        test(cohortChoice("applicants-cohort")).selectItem("Castelnau-le-Lez 2026");

        VerticalLayout applied = find(VerticalLayout.class).withId("applicants-board-APPLIED").single();
        assertThat(cards(applied)).isEqualTo(ApplicantBoard.PER_COLUMN);
        assertThat(find(VerticalLayout.class).withId("applicants-board-SELECTED").single().getChildren()
                .anyMatch(child -> child.getClassNames().contains("applicant-card"))).isFalse();
        assertThat(applicants.pages.requests).allSatisfy(page -> assertThat(page.size())
                .isLessThanOrEqualTo(ApplicantBoard.PER_COLUMN));
        assertThat(applicants.filters.getLast().cohort()).contains(FakeScopedCohorts.CASTELNAU.id());

        test(button("applicants-board-more-APPLIED")).click();
        assertThat(cards(find(VerticalLayout.class).withId("applicants-board-APPLIED").single()))
                .isEqualTo(2 * ApplicantBoard.PER_COLUMN);
        assertThat(applicants.pages.requests).allSatisfy(page -> assertThat(page.size())
                .isLessThan(PageRequest.MAX_SIZE));
    }

    @Test
    void a_card_of_the_board_moves_its_applicant() {
        signInAs(Role.ADMIN);
        navigate(ApplicantsView.class);
        test(find(Tabs.class).withId("applicants-mode").single()).select("Tableau");
        test(cohortChoice("applicants-cohort")).selectItem("Roubaix 2026");
        VerticalLayout appliedColumn = find(VerticalLayout.class).withId("applicants-board-APPLIED").single();
        Button move = (Button) descendants(appliedColumn).filter(child -> child.getClassNames().contains("applicant-move"))
                .findFirst().orElseThrow();

        test(move).click();
        test(select("applicant-stage")).selectItem("Non retenue");
        test(button("applicant-stage-save")).click();

        assertThat(applicants.named("Diallo").stage()).isEqualTo(SelectionStage.REJECTED);
        assertThat(find(VerticalLayout.class).withId("applicants-board-REJECTED").single().getChildren()
                .filter(child -> child.getClassNames().contains("applicant-card")).count()).isEqualTo(2);
    }

    @Test
    void a_funder_may_not_open_the_applicants() {
        signInAs(Role.FUNDER_VIEWER);

        assertThat(navigate("applicants", AccessDeniedView.class)).isNotNull();
        assertThat(find(Span.class).withId("applicants-count-APPLIED").exists()).isFalse();
    }

    private void fillPerson(String given, String family, String email) {
        fillPerson("applicant", given, family, email, "Femme", LocalDate.of(2001, 4, 12), "Bac");
    }

    private int rowOf(String family) {
        return rowWhere(grid(), row -> row.name().familyName().equals(family), family);
    }

    private static long cards(VerticalLayout column) {
        return column.getChildren().filter(child -> child.getClassNames().contains("applicant-card")).count();
    }

    private ComboBox<Cohort> cohortChoice() {
        return cohortChoice("applicant-cohort");
    }

    private ComboBox<Cohort> cohortChoice(String id) {
        return comboBox(id);
    }

    @SuppressWarnings("unchecked")
    private Grid<VisibleApplicant> grid() {
        return find(Grid.class).withId("applicants-grid").single();
    }
}

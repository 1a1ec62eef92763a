package org.tremplin.ui.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.combobox.ComboBox;
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
import org.tremplin.application.partner.PartnerAdministration;
import org.tremplin.application.workstudy.WorkStudyAdministration;
import org.tremplin.domain.identity.Role;
import org.tremplin.domain.learner.LearnerStatus;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.partner.PartnerKind;
import org.tremplin.domain.partner.PartnerRole;
import org.tremplin.domain.workstudy.BrokenBy;
import org.tremplin.domain.workstudy.ContractKind;
import org.tremplin.domain.workstudy.WorkStudyContract;
import org.tremplin.ui.form.ConflictDialog;
import org.tremplin.ui.testing.FormTestSupport;
import org.tremplin.ui.testing.FakeLearnerAdministration;
import org.tremplin.ui.testing.FakePartnerAdministration;

class ContractFormsTest extends FormTestSupport {
    private final FakeLearnerAdministration learners = new FakeLearnerAdministration()
            .add("Awa", "Diallo", LearnerStatus.IN_WORK_STUDY, LocalDate.of(2025, 1, 6), Optional.empty())
            .add("Lucas", "Martin", LearnerStatus.IN_WORK_STUDY, LocalDate.of(2025, 1, 6), Optional.empty());
    private final FakePartnerAdministration partners = new FakePartnerAdministration();
    private final Partner host = partners.add("Datalyse", PartnerKind.SME, Optional.of("73282932000074"),
            Map.of(FakeLearnerAdministration.SCHOOL, Set.of(PartnerRole.WORK_STUDY_HOST)));
    private final FakeWorkStudyAdministration contracts = new FakeWorkStudyAdministration()
            .checking(partners, learners)
            .add(learners.idOf(0), host.id(), LocalDate.of(2025, 9, 1), null, null);

    ContractFormsTest() {
        partners.add("Région Hauts-de-France", PartnerKind.REGION, Optional.empty(),
                Map.of(FakeLearnerAdministration.SCHOOL, Set.of(PartnerRole.FUNDER)));
        provide(LearnerAdministration.class, learners);
        provide(PartnerAdministration.class, partners);
        provide(WorkStudyAdministration.class, contracts);
    }

    @Test
    void signing_a_contract_for_a_learner_found_by_name() {
        signInAs(Role.SCHOOL_MANAGER);
        navigate(ContractsView.class);
        test(button("contracts-sign")).click();

        var learner = test(learner());
        learner.setFilter("mart");
        assertThat(learner.getSuggestions()).containsExactly("Martin, Lucas");
        assertThat(learners.filters.getLast().text()).as("the use case searches, within the user's scope")
                .contains("mart");
        learner.selectItem("Martin, Lucas");
        assertThat(this.<Partner>select("contract-host").getListDataView().getItems().map(Partner::legalName))
                .as("the hosts of the learner's school only").containsExactly("Datalyse");
        test(this.<Partner>select("contract-host")).selectItem("Datalyse");
        test(this.<ContractKind>select("contract-kind")).selectItem("Professionnalisation");
        test(datePicker("contract-start")).setValue(LocalDate.of(2026, 2, 2));
        test(datePicker("contract-planned-end")).setValue(LocalDate.of(2027, 2, 1));
        test(textField("contract-job-title")).setValue("Data analyste");
        test(textField("contract-tutor")).setValue("Claire Roux");
        test(button("contract-save")).click();

        assertThat(find(TextField.class).withId("contract-job-title").exists()).as("form closed").isFalse();
        var grid = test(grid());
        assertThat(grid.size()).isEqualTo(2);
        assertThat(grid.getCellText(0, 0)).isEqualTo("Martin, Lucas");
        assertThat(grid.getCellText(0, 2)).isEqualTo("Professionnalisation");
        assertThat(grid.getCellText(0, 3)).isEqualTo("02/02/2026");
        assertThat(grid.getCellText(0, 4)).isEqualTo("01/02/2027");
    }

    @Test
    void each_mistake_is_told_beside_its_field_and_nothing_typed_is_lost() {
        signInAs(Role.ADMIN);
        navigate(ContractsView.class);
        test(button("contracts-sign")).click();
        test(button("contract-save")).click();
        assertThat(learner().getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
        assertThat(select("contract-host").getErrorMessage()).isEqualTo("Ce champ est obligatoire.");

        test(learner()).setFilter("diallo");
        test(learner()).selectItem("Diallo, Awa");
        test(this.<Partner>select("contract-host")).selectItem("Datalyse");
        test(this.<ContractKind>select("contract-kind")).selectItem("Apprentissage");
        test(datePicker("contract-start")).setValue(LocalDate.of(2026, 3, 2));
        test(datePicker("contract-planned-end")).setValue(LocalDate.of(2026, 3, 1));
        test(textField("contract-job-title")).setValue("Développeuse IA");
        test(textField("contract-tutor")).setValue("Claire Roux");
        test(button("contract-save")).click();

        assertThat(datePicker("contract-planned-end").getErrorMessage())
                .isEqualTo("Cette date ne peut pas précéder la date précédente.");
        assertThat(learner().isInvalid()).isFalse();
        assertThat(textField("contract-job-title").getValue()).isEqualTo("Développeuse IA");

        test(datePicker("contract-planned-end")).setValue(LocalDate.of(2027, 3, 1));
        test(button("contract-save")).click();
        assertThat(datePicker("contract-start").getErrorMessage()).as("Awa's contract runs until 31/08/2026")
                .isEqualTo("Ce contrat chevauche un autre contrat de la même personne.");
        assertThat(contracts.contracts()).hasSize(1);
    }

    @Test
    void a_stale_amendment_asks_and_reload_shows_the_stored_terms() {
        signInAs(Role.SCHOOL_MANAGER);
        navigate(ContractsView.class);
        test(grid()).select(0);
        test(button("contracts-amend")).click();
        assertThat(find(Paragraph.class).withId("contract-parties").single().getText()).isEqualTo("Diallo, Awa – Datalyse");
        contracts.amendElsewhere(contracts.contracts().getFirst(), "Ingénieure IA");
        test(textField("contract-job-title")).setValue("Data scientist");

        test(button("contract-save")).click();

        assertThat(find(ConflictDialog.class).single().isOpened()).isTrue();
        assertThat(textField("contract-job-title").getValue()).as("typed value kept").isEqualTo("Data scientist");
        assertThat(contracts.contracts().getFirst().jobTitle()).as("nothing overwritten").isEqualTo("Ingénieure IA");
        test(button("conflict-reload")).click();
        assertThat(textField("contract-job-title").getValue()).isEqualTo("Ingénieure IA");
        test(textField("contract-job-title")).setValue("Data scientist");
        test(button("contract-save")).click();
        assertThat(contracts.contracts().getFirst().jobTitle()).isEqualTo("Data scientist");
    }

    @Test
    void breaking_off_a_contract_says_who_and_when_and_highlights_the_row() {
        signInAs(Role.SCHOOL_MANAGER);
        navigate(ContractsView.class);
        test(grid()).select(0);
        test(button("contracts-break-off")).click();
        assertThat(find(Paragraph.class).withId("break-terms").single().getText())
                .isEqualTo("Contrat du 01/09/2025 au 31/08/2026 (fin prévue)");
        assertThat(this.<BrokenBy>select("break-by").getItemLabelGenerator().apply(BrokenBy.MUTUAL_AGREEMENT))
                .isEqualTo("d'un commun accord");

        test(datePicker("break-on")).setValue(LocalDate.of(2026, 9, 30));
        test(this.<BrokenBy>select("break-by")).selectItem("apprenti");
        test(button("break-save")).click();
        assertThat(datePicker("break-on").getErrorMessage()).isEqualTo("La date de rupture doit se situer pendant le contrat.");
        assertThat(contracts.contracts().getFirst().isBroken()).isFalse();

        test(datePicker("break-on")).setValue(LocalDate.of(2026, 1, 30));
        test(button("break-save")).click();

        WorkStudyContract broken = contracts.contracts().getFirst();
        assertThat(broken.breakOff().orElseThrow().by()).isEqualTo(BrokenBy.APPRENTICE);
        assertThat(test(grid()).getCellText(0, 6)).isEqualTo("Rompu le 30/01/2026 (apprenti)");
        assertThat(grid().getPartNameGenerator().apply(broken)).isEqualTo(ContractsView.BROKEN_PART);
        test(grid()).select(0);
        assertThat(button("contracts-break-off").isEnabled()).as("broken once only").isFalse();
        assertThat(button("contracts-amend").isEnabled()).isTrue();
    }

    @Test
    void a_break_off_that_lost_a_race_asks_before_anything_is_saved() {
        signInAs(Role.ADMIN);
        navigate(ContractsView.class);
        test(grid()).select(0);
        test(button("contracts-break-off")).click();
        contracts.amendElsewhere(contracts.contracts().getFirst(), "Ingénieure IA");
        test(datePicker("break-on")).setValue(LocalDate.of(2026, 1, 30));
        test(this.<BrokenBy>select("break-by")).selectItem("employeur");

        test(button("break-save")).click();

        assertThat(find(ConflictDialog.class).single().isOpened()).isTrue();
        assertThat(contracts.contracts().getFirst().isBroken()).isFalse();
        test(button("conflict-cancel")).click();
        assertThat(datePicker("break-on").getValue()).as("kept on cancel").isEqualTo(LocalDate.of(2026, 1, 30));
    }

    @SuppressWarnings("unchecked")
    private ComboBox<VisibleLearner> learner() {
        return find(ComboBox.class).withId("contract-learner").single();
    }

    @SuppressWarnings("unchecked")
    private Grid<WorkStudyContract> grid() {
        return find(Grid.class).withId("contracts-grid").single();
    }
}

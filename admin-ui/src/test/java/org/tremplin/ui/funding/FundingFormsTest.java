package org.tremplin.ui.funding;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tremplin.application.cohort.CohortAdministration;
import org.tremplin.application.funding.FundingAdministration;
import org.tremplin.application.partner.PartnerAdministration;
import org.tremplin.application.programme.ProgrammeAdministration;
import org.tremplin.application.school.SchoolAdministration;
import org.tremplin.domain.funding.FundingCommitment;
import org.tremplin.domain.identity.Role;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.partner.PartnerKind;
import org.tremplin.domain.partner.PartnerRole;
import org.tremplin.domain.school.School;
import org.tremplin.domain.shared.Money;
import org.tremplin.ui.component.ConsoleFormats;
import org.tremplin.ui.form.ConflictDialog;
import org.tremplin.ui.testing.FormTestSupport;
import org.tremplin.ui.testing.FakeCohortAdministration;
import org.tremplin.ui.testing.FakePartnerAdministration;
import org.tremplin.ui.testing.FakeProgrammeAdministration;
import org.tremplin.ui.testing.FakeSchoolAdministration;
import org.tremplin.ui.testing.ScopedSchoolAdministration;

class FundingFormsTest extends FormTestSupport {
    private final FakeSchoolAdministration schools = FakeSchoolAdministration.castelnauAndRoubaix();
    private final School roubaix = schools.named("École IA Roubaix");
    private final FakePartnerAdministration partners = new FakePartnerAdministration();
    private final Partner region = partners.add("Région Hauts-de-France", PartnerKind.REGION, Optional.empty(),
            Map.of(roubaix.id(), Set.of(PartnerRole.FUNDER)));
    private final Partner microsoft = partners.add("Microsoft France", PartnerKind.TECH_COMPANY, Optional.empty(),
            Map.of(roubaix.id(), Set.of(PartnerRole.FUNDER)));
    private final FakeFundingAdministration funding = new FakeFundingAdministration().funders(partners)
            .commitment(region.id(), roubaix.id(), "10000", 2026);
    private final FakeProgrammeAdministration programmes = new FakeProgrammeAdministration()
            .add("Développeur·se Data IA", "RNCP37827");
    private final FakeCohortAdministration cohorts = new FakeCohortAdministration(programmes)
            .add(roubaix.id(), programmes.titled("Développeur·se Data IA"), "Roubaix 2026", LocalDate.of(2026, 1, 12), 20);

    FundingFormsTest() {
        partners.add("Datalyse", PartnerKind.SME, Optional.of("73282932000074"),
                Map.of(roubaix.id(), Set.of(PartnerRole.WORK_STUDY_HOST)));
        provide(SchoolAdministration.class, new ScopedSchoolAdministration(schools));
        provide(PartnerAdministration.class, partners);
        provide(FundingAdministration.class, funding);
        provide(ProgrammeAdministration.class, programmes);
        provide(CohortAdministration.class, cohorts);
    }

    @Test
    void money_typed_the_french_way_is_committed_and_the_parity_said_again() {
        funding.parity(roubaix.id(), region.id(), microsoft.id());
        signInAs(Role.ADMIN);
        navigate(FundingView.class);
        test(schoolFilter()).selectItem("École IA Roubaix");
        assertThat(parityLines()).containsExactly("Région Hauts-de-France – Microsoft France : "
                + "Parité non respectée : écart de " + ConsoleFormats.money(Money.euros(10_000)));
        test(button("funding-commit")).click();

        test(select("commitment-school")).selectItem("École IA Roubaix");
        assertThat(this.<Partner>select("commitment-funder").getListDataView().getItems().map(Partner::legalName))
                .as("only the school's funders").containsExactly("Microsoft France", "Région Hauts-de-France");
        test(select("commitment-funder")).selectItem("Microsoft France");
        test(select("commitment-cohort")).selectItem("Roubaix 2026");
        test(amount()).setValue("10 000,00 €");
        test(year()).setValue(2026);
        test(button("commitment-save")).click();

        assertThat(find(TextField.class).withId("commitment-amount").exists()).as("form closed").isFalse();
        FundingCommitment committed = funding.commitments().stream()
                .filter(commitment -> commitment.funderId().equals(microsoft.id())).findFirst().orElseThrow();
        assertThat(committed.amount()).isEqualTo(Money.euros(10_000));
        assertThat(committed.cohortId()).contains(cohorts.named("Roubaix 2026").id());
        assertThat(test(grid()).size()).isEqualTo(2);
        assertThat(parityLines()).containsExactly("Région Hauts-de-France – Microsoft France : Parité respectée");
    }

    @Test
    void an_unreadable_amount_is_told_beside_it_with_every_other_mistake_and_nothing_typed_is_lost() {
        signInAs(Role.ADMIN);
        navigate(FundingView.class);
        test(button("funding-commit")).click();
        test(select("commitment-school")).selectItem("École IA Roubaix");
        test(amount()).setValue("12.500,00 €");

        test(button("commitment-save")).click();

        assertThat(amount().getErrorMessage()).isEqualTo("Cette valeur n'a pas le bon format.");
        assertThat(amount().getValue()).isEqualTo("12.500,00 €");
        assertThat(select("commitment-funder").getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
        assertThat(select("commitment-school").isInvalid()).isFalse();
        assertThat(funding.commitments()).hasSize(1);

        test(select("commitment-funder")).selectItem("Région Hauts-de-France");
        test(amount()).setValue("0");
        test(button("commitment-save")).click();
        assertThat(amount().getErrorMessage()).isEqualTo("Le montant doit être supérieur à zéro.");
        assertThat(select("commitment-funder").isInvalid()).isFalse();
    }

    @Test
    void a_stale_amendment_asks_and_reload_shows_the_stored_amount_in_french() {
        signInAs(Role.ADMIN);
        navigate(FundingView.class);
        test(grid()).select(0);
        test(button("funding-amend")).click();
        assertThat(amount().getValue()).isEqualTo(ConsoleFormats.money(Money.euros(10_000)));
        funding.amendElsewhere(funding.commitments().getFirst(), "9000");
        test(amount()).setValue("11 000 €");

        test(button("commitment-save")).click();

        assertThat(find(ConflictDialog.class).single().isOpened()).isTrue();
        assertThat(amount().getValue()).as("typed value kept").isEqualTo("11 000 €");
        assertThat(funding.commitments().getFirst().amount()).as("nothing overwritten").isEqualTo(Money.euros(9000));
        test(button("conflict-reload")).click();
        assertThat(amount().getValue()).isEqualTo(ConsoleFormats.money(Money.euros(9000)));

        test(amount()).setValue("11 000 €");
        test(button("commitment-save")).click();
        assertThat(funding.commitments().getFirst().amount()).isEqualTo(Money.euros(11_000));
        assertThat(test(grid()).getCellText(0, 4)).isEqualTo(ConsoleFormats.money(Money.euros(11_000)));
    }

    @Test
    void withdrawing_asks_first_and_a_stale_withdrawal_removes_nothing() {
        funding.commitment(microsoft.id(), roubaix.id(), "5000", 2025);
        signInAs(Role.ADMIN);
        navigate(FundingView.class);
        test(grid()).select(0);
        test(button("funding-withdraw")).click();
        assertThat(find(Paragraph.class).withId("withdrawal-text").single().getText())
                .isEqualTo("L'engagement « Région Hauts-de-France, École IA Roubaix, 2026 : "
                        + ConsoleFormats.money(Money.euros(10_000)) + " » sera retiré du registre des financements.");
        funding.amendElsewhere(funding.commitments().getFirst(), "9000");

        test(button("withdrawal-confirm")).click();

        assertThat(find(ConflictDialog.class).single().isOpened()).isTrue();
        assertThat(funding.commitments()).as("nothing removed").hasSize(2);
        test(button("conflict-reload")).click();
        assertThat(test(grid()).getCellText(0, 4)).isEqualTo(ConsoleFormats.money(Money.euros(9000)));

        test(grid()).select(0);
        test(button("funding-withdraw")).click();
        test(button("withdrawal-confirm")).click();
        assertThat(funding.commitments()).singleElement()
                .satisfies(left -> assertThat(left.amount()).isEqualTo(Money.euros(5000)));
        assertThat(test(grid()).size()).isEqualTo(1);
    }

    @Test
    void declaring_then_removing_a_parity_rule_says_its_status_each_time() {
        signInAs(Role.ADMIN);
        navigate(FundingView.class);
        test(button("funding-declare-parity")).click();
        test(select("parity-school")).selectItem("École IA Roubaix");
        test(select("parity-first-funder")).selectItem("Microsoft France");
        test(select("parity-second-funder")).selectItem("Microsoft France");

        test(button("parity-save")).click();

        assertThat(select("parity-second-funder").getErrorMessage())
                .isEqualTo("La parité demande deux financeurs différents.");
        assertThat(funding.rules()).isEmpty();
        test(select("parity-second-funder")).selectItem("Région Hauts-de-France");
        test(button("parity-save")).click();

        assertThat(schoolFilter().getValue().name()).as("the rule's school is shown").isEqualTo("École IA Roubaix");
        assertThat(parityLines()).containsExactly("Microsoft France – Région Hauts-de-France : "
                + "Parité non respectée : écart de " + ConsoleFormats.money(Money.euros(10_000)));

        test(find(Button.class).withText("Supprimer la règle").single()).click();
        test(button("parity-removal-confirm")).click();

        assertThat(funding.rules()).isEmpty();
        assertThat(find(Paragraph.class)
                .withText("Cette école n'a pas de règle de parité.").exists()).isTrue();
    }

    @Test
    void removing_a_rule_removed_meanwhile_asks_and_reload_shows_the_parity_as_stored() {
        funding.parity(roubaix.id(), region.id(), microsoft.id());
        signInAs(Role.ADMIN);
        navigate(FundingView.class);
        test(schoolFilter()).selectItem("École IA Roubaix");
        test(find(Button.class).withText("Supprimer la règle").single()).click();
        funding.removeParityElsewhere(funding.rules().getFirst());

        test(button("parity-removal-confirm")).click();

        assertThat(find(ConflictDialog.class).single().isOpened()).isTrue();
        test(button("conflict-reload")).click();
        assertThat(find(Paragraph.class)
                .withText("Cette école n'a pas de règle de parité.").exists()).isTrue();
    }

    @Test
    void a_funder_viewer_reads_the_funding_without_any_editing_button() {
        funding.parity(roubaix.id(), region.id(), microsoft.id());
        signInAs(Role.FUNDER_VIEWER);
        navigate(FundingView.class);
        test(schoolFilter()).selectItem("École IA Roubaix");

        for (String id : List.of("funding-commit", "funding-amend", "funding-withdraw", "funding-declare-parity")) {
            assertThat(find(Button.class).withId(id).exists()).as(id).isFalse();
        }
        assertThat(find(Button.class).withText("Supprimer la règle").exists()).isFalse();
        assertThat(parityLines()).hasSize(1);
    }

    @Test
    void a_school_manager_commits_for_their_schools_only() {
        signInAs(Role.SCHOOL_MANAGER, Optional.of(Set.of(roubaix.id())));
        navigate(FundingView.class);
        test(button("funding-commit")).click();

        assertThat(this.<School>select("commitment-school").getListDataView().getItems().map(School::name))
                .containsExactly("École IA Roubaix");
        test(button("commitment-cancel")).click();
        test(button("funding-declare-parity")).click();
        assertThat(this.<School>select("parity-school").getListDataView().getItems().map(School::name))
                .containsExactly("École IA Roubaix");
    }

    private List<String> parityLines() {
        return find(Span.class).all().stream()
                .filter(line -> line.hasClassName("parity-honoured") || line.hasClassName("parity-not-honoured"))
                .map(Span::getText).toList();
    }

    private TextField amount() {
        return find(TextField.class).withId("commitment-amount").single();
    }

    private IntegerField year() {
        return find(IntegerField.class).withId("commitment-year").single();
    }

    private Select<School> schoolFilter() {
        return select("funding-school");
    }

    @SuppressWarnings("unchecked")
    private Grid<FundingCommitment> grid() {
        return find(Grid.class).withId("funding-grid").single();
    }
}

package org.tremplin.ui.partner;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tremplin.application.partner.PartnerAdministration;
import org.tremplin.application.school.SchoolAdministration;
import org.tremplin.domain.identity.Role;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.partner.PartnerKind;
import org.tremplin.domain.partner.PartnerRole;
import org.tremplin.domain.school.School;
import org.tremplin.ui.form.ConflictDialog;
import org.tremplin.ui.i18n.ConsoleTranslations;
import org.tremplin.ui.session.ConsoleLanguage;
import org.tremplin.ui.testing.FakePartnerAdministration;
import org.tremplin.ui.testing.FakeSchoolAdministration;
import org.tremplin.ui.testing.FormTestSupport;
import org.tremplin.ui.testing.ScopedSchoolAdministration;

class PartnerFormsTest extends FormTestSupport {
    private final FakeSchoolAdministration schools = FakeSchoolAdministration.castelnauAndRoubaix();
    private final FakePartnerAdministration partners = new FakePartnerAdministration();

    PartnerFormsTest() {
        provide(SchoolAdministration.class, new ScopedSchoolAdministration(schools));
        provide(PartnerAdministration.class, partners);
        partners.add("Datalyse", PartnerKind.SME, Optional.of("73282932000074"),
                Map.of(schools.named("École IA Roubaix").id(), Set.of(PartnerRole.WORK_STUDY_HOST)));
    }

    @Test
    void registering_a_partner_adds_it_to_the_grid() {
        signInAs(Role.ADMIN);
        navigate(PartnersView.class);
        test(button("partners-register")).click();

        test(textField("partner-legal-name")).setValue("Région Occitanie");
        test(kind()).selectItem("Région");
        test(button("partner-save")).click();

        assertThat(find(TextField.class).withId("partner-legal-name").exists()).as("form closed").isFalse();
        Partner registered = partners.named("Région Occitanie");
        assertThat(registered.kind()).isEqualTo(PartnerKind.REGION);
        assertThat(registered.siret()).isEmpty();
        assertThat(test(grid()).size()).isEqualTo(2);
        assertThat(test(grid()).getCellText(1, 0)).isEqualTo("Région Occitanie");
    }

    @Test
    void a_wrong_siret_key_is_told_beside_the_siret_and_the_typed_values_stay() {
        signInAs(Role.ADMIN);
        navigate(PartnersView.class);
        test(button("partners-register")).click();

        test(textField("partner-legal-name")).setValue("Acme Data");
        test(kind()).selectItem("PME");
        test(textField("partner-siret")).setValue("732 829 320 00075");
        test(button("partner-save")).click();

        TextField siret = textField("partner-siret");
        assertThat(siret.isInvalid()).isTrue();
        assertThat(siret.getErrorMessage()).isEqualTo("Ce numéro SIRET est invalide (clé de contrôle).");
        assertThat(siret.getValue()).isEqualTo("732 829 320 00075");
        assertThat(textField("partner-legal-name").isInvalid()).isFalse();
        assertThat(textField("partner-legal-name").getValue()).isEqualTo("Acme Data");
        assertThat(test(grid()).size()).as("nothing saved").isEqualTo(1);

        test(siret).setValue("");
        test(button("partner-save")).click();
        assertThat(siret.getErrorMessage()).as("a company needs one")
                .isEqualTo("Un numéro SIRET est obligatoire pour ce type de partenaire.");

        test(siret).setValue("732 829 320 00074");
        test(button("partner-save")).click();
        assertThat(partners.named("Acme Data").siret().orElseThrow().value()).isEqualTo("73282932000074");
    }

    @Test
    void an_english_session_reads_the_siret_verdict_in_english() {
        signInAs(Role.ADMIN);
        ConsoleLanguage.choose(VaadinSession.getCurrent(), ConsoleTranslations.ENGLISH);
        UI.getCurrent().setLocale(ConsoleTranslations.ENGLISH);
        navigate(PartnersView.class);
        test(button("partners-register")).click();

        test(textField("partner-legal-name")).setValue("Acme Data");
        test(kind()).selectItem("SME");
        test(button("partner-save")).click();

        assertThat(textField("partner-siret").getErrorMessage())
                .isEqualTo("A SIRET number is required for this kind of partner.");
    }

    @Test
    void a_stale_amendment_asks_and_reload_shows_the_stored_partner() {
        signInAs(Role.ADMIN);
        navigate(PartnersView.class);
        test(grid()).select(0);
        test(button("partners-amend")).click();
        partners.changeElsewhere("Datalyse", "Datalyse SAS");
        test(textField("partner-legal-name")).setValue("Datalyse Lille");

        test(button("partner-save")).click();

        assertThat(find(ConflictDialog.class).single().isOpened()).isTrue();
        assertThat(textField("partner-legal-name").getValue()).as("typed value kept").isEqualTo("Datalyse Lille");
        assertThat(partners.named("Datalyse SAS").legalName()).as("nothing overwritten").isEqualTo("Datalyse SAS");
        test(button("conflict-reload")).click();
        assertThat(textField("partner-legal-name").getValue()).isEqualTo("Datalyse SAS");
        test(textField("partner-legal-name")).setValue("Datalyse Lille");
        test(button("partner-save")).click();
        assertThat(partners.named("Datalyse Lille").kind()).as("saved on the reloaded version")
                .isEqualTo(PartnerKind.SME);
    }

    @Test
    void the_roles_are_edited_school_by_school() {
        signInAs(Role.ADMIN);
        navigate(PartnersView.class);
        test(grid()).select(0);
        test(button("partners-engage")).click();

        test(schoolChoice()).selectItem("École IA Roubaix");
        assertThat(roles().getValue()).as("the roles played there now").containsExactly(PartnerRole.WORK_STUDY_HOST);
        roles().setValue(Set.of(PartnerRole.WORK_STUDY_HOST, PartnerRole.RECRUITER));
        test(button("engagement-save")).click();

        Partner engaged = partners.named("Datalyse");
        assertThat(engaged.rolesAt(schools.named("École IA Roubaix").id()))
                .containsExactlyInAnyOrder(PartnerRole.WORK_STUDY_HOST, PartnerRole.RECRUITER);
        assertThat(engaged.rolesAt(schools.named("École IA Castelnau").id())).isEmpty();
        assertThat(test(grid()).getCellText(0, 3))
                .isEqualTo("École IA Roubaix : accueil en alternance, recrutement");

        test(grid()).select(0);
        test(button("partners-engage")).click();
        test(schoolChoice()).selectItem("École IA Castelnau");
        assertThat(roles().getValue()).isEmpty();
        roles().setValue(Set.of(PartnerRole.FUNDER));
        test(button("engagement-save")).click();
        assertThat(test(grid()).getCellText(0, 3)).isEqualTo(
                "École IA Castelnau : financeur ; École IA Roubaix : accueil en alternance, recrutement");
    }

    @Test
    void the_roles_are_translated_and_a_missing_school_is_told_beside_it() {
        signInAs(Role.ADMIN);
        navigate(PartnersView.class);
        test(grid()).select(0);
        test(button("partners-engage")).click();

        assertThat(roles().getItemLabelGenerator().apply(PartnerRole.CANDIDATE_SOURCING))
                .isEqualTo("orientation de candidats");
        test(button("engagement-save")).click();

        assertThat(schoolChoice().getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
        assertThat(partners.named("Datalyse").version()).as("nothing saved").isZero();
    }

    @Test
    void a_school_manager_engages_for_their_schools_only_and_cannot_amend_a_shared_partner() {
        School roubaix = schools.named("École IA Roubaix");
        signInAs(Role.SCHOOL_MANAGER, Optional.of(Set.of(roubaix.id())));
        navigate(PartnersView.class);

        assertThat(find(Button.class).withId("partners-amend").exists()).isFalse();
        assertThat(find(Button.class).withId("partners-register").exists()).isTrue();
        test(grid()).select(0);
        test(button("partners-engage")).click();

        assertThat(schoolChoice().getListDataView().getItems().map(School::name)).containsExactly("École IA Roubaix");
    }

    @Test
    void a_refused_school_is_said_in_the_form() {
        signInAs(Role.SCHOOL_MANAGER);
        partners.outOfScope.add(schools.named("École IA Castelnau").id());
        navigate(PartnersView.class);
        test(grid()).select(0);
        test(button("partners-engage")).click();
        test(schoolChoice()).selectItem("École IA Castelnau");
        roles().setValue(Set.of(PartnerRole.FUNDER));

        test(button("engagement-save")).click();

        assertThat(find(Span.class).withText("Cette école ne fait pas partie de votre périmètre.").exists()).isTrue();
        assertThat(roles().getValue()).as("kept").containsExactly(PartnerRole.FUNDER);
    }

    @Test
    void a_funder_viewer_cannot_open_the_partner_forms() {
        signInAs(Role.FUNDER_VIEWER);
        navigate(PartnersView.class);

        assertThat(find(Button.class).withId("partners-register").exists()).isFalse();
        assertThat(find(Button.class).withId("partners-amend").exists()).isFalse();
        assertThat(find(Button.class).withId("partners-engage").exists()).isFalse();
        test(grid()).select(0);
        assertThat(find(PartnerFormDialog.class).exists()).isFalse();
        assertThat(find(PartnerEngagementDialog.class).exists()).isFalse();
    }

    private Select<PartnerKind> kind() {
        return select("partner-kind");
    }

    private Select<School> schoolChoice() {
        return select("engagement-school");
    }

    @SuppressWarnings("unchecked")
    private MultiSelectComboBox<PartnerRole> roles() {
        return find(MultiSelectComboBox.class).withId("engagement-roles").single();
    }

    @SuppressWarnings("unchecked")
    private Grid<Partner> grid() {
        return find(Grid.class).withId("partners-grid").single();
    }
}

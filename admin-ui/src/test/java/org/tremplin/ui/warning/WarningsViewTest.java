package org.tremplin.ui.warning;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tremplin.application.cohort.CohortAdministration;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.EarlyWarning;
import org.tremplin.application.port.in.SchoolFilter;
import org.tremplin.application.port.in.SchoolSortKey;
import org.tremplin.application.port.in.WarningKind;
import org.tremplin.application.school.SchoolAdministration;
import org.tremplin.application.warning.EarlyWarnings;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.identity.Role;
import org.tremplin.domain.school.Region;
import org.tremplin.domain.school.School;
import org.tremplin.ui.access.AccessDeniedView;
import org.tremplin.ui.i18n.ConsoleTranslations;
import org.tremplin.ui.session.ConsoleLanguage;
import org.tremplin.ui.testing.ConsoleTestSupport;
import org.tremplin.ui.testing.FakeCohortsForLists;
import org.tremplin.ui.testing.FakeEarlyWarnings;
import org.tremplin.ui.testing.FakeSchoolAdministration;

class WarningsViewTest extends ConsoleTestSupport {
    private static final CohortId COHORT = FakeCohortsForLists.COHORT.id();
    private final School roubaix;
    private final School lille;
    private final FakeEarlyWarnings warnings = new FakeEarlyWarnings();

    WarningsViewTest() {
        FakeSchoolAdministration schools = new FakeSchoolAdministration()
                .add("École IA Roubaix", "Roubaix", Region.HAUTS_DE_FRANCE, "59", LocalDate.of(2020, 9, 1))
                .add("École IA Lille", "Lille", Region.HAUTS_DE_FRANCE, "59", LocalDate.of(2021, 9, 1));
        List<School> both = schools.list(SchoolFilter.all(), Sort.ascending(SchoolSortKey.NAME), PageRequest.first(10))
                .items();
        lille = both.get(0);
        roubaix = both.get(1);
        warnings.add(WarningKind.BROKEN_CONTRACT_NOT_REPLACED, "Awa", "Diallo", roubaix.id(), COHORT,
                        LocalDate.of(2026, 3, 12))
                .add(WarningKind.WORK_STUDY_WITHOUT_CONTRACT, "Lucas", "Martin", lille.id(), COHORT,
                        LocalDate.of(2026, 10, 1))
                .add(WarningKind.OUTCOME_OVERDUE_6_MONTHS, "Inès", "Benali", roubaix.id(), COHORT,
                        LocalDate.of(2026, 11, 2))
                .add(WarningKind.OUTCOME_OVERDUE_6_MONTHS, "Yanis", "Haddad", roubaix.id(), COHORT,
                        LocalDate.of(2026, 10, 20));
        provide(SchoolAdministration.class, schools);
        provide(CohortAdministration.class, new FakeCohortsForLists());
        provide(EarlyWarnings.class, warnings);
    }

    @Test
    void each_row_names_the_learner_and_says_plainly_what_to_do() {
        signInAs(Role.SCHOOL_MANAGER);
        navigate(WarningsView.class);
        var grid = test(grid());

        assertThat(grid.size()).isEqualTo(4);
        assertThat(grid.getCellText(0, 0)).isEqualTo("Contrat rompu non remplacé");
        assertThat(grid.getCellText(0, 1)).isEqualTo("Diallo, Awa");
        assertThat(grid.getCellText(0, 2)).isEqualTo("École IA Roubaix");
        assertThat(grid.getCellText(0, 3)).isEqualTo("Roubaix 2026");
        assertThat(grid.getCellText(0, 4)).isEqualTo("12/03/2026");
        assertThat(grid.getCellText(0, 5)).isEqualTo("Contrat rompu le 12/03/2026, aucun nouveau contrat depuis"
                + " 30 jours : aider à trouver une nouvelle entreprise d'accueil.");
        assertThat(grid.getCellText(1, 5)).isEqualTo("En alternance sans contrat depuis le 01/10/2026 : enregistrer"
                + " le contrat ou trouver une entreprise d'accueil.");
        assertThat(grid.getCellText(2, 5)).isEqualTo("Suivi à 6 mois attendu le 20/10/2026 : joindre l'ancien"
                + " apprenant et enregistrer sa situation.");
    }

    @Test
    void the_strip_counts_each_kind_and_the_kind_filter_narrows_the_grid_only() {
        signInAs(Role.ADMIN);
        navigate(WarningsView.class);

        kind().setValue(WarningKind.OUTCOME_OVERDUE_6_MONTHS);

        var grid = test(grid());
        assertThat(grid.size()).isEqualTo(2);
        assertThat(grid.getRow(0).name().familyName()).isEqualTo("Haddad");
        assertThat(warnings.filters.getLast().kind()).contains(WarningKind.OUTCOME_OVERDUE_6_MONTHS);
        assertThat(count(WarningKind.BROKEN_CONTRACT_NOT_REPLACED)).isEqualTo("Contrat rompu non remplacé : 1");
        assertThat(count(WarningKind.WORK_STUDY_WITHOUT_CONTRACT)).isEqualTo("Alternance sans contrat : 1");
        assertThat(count(WarningKind.OUTCOME_OVERDUE_6_MONTHS)).isEqualTo("Suivi à 6 mois en retard : 2");
        assertThat(count(WarningKind.OUTCOME_OVERDUE_12_MONTHS)).isEqualTo("Suivi à 12 mois en retard : 0");
    }

    @Test
    void the_school_filter_reaches_the_port_for_the_grid_and_the_strip() {
        signInAs(Role.SCHOOL_MANAGER);
        navigate(WarningsView.class);

        school().setValue(lille);

        var grid = test(grid());
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getCellText(0, 1)).isEqualTo("Martin, Lucas");
        assertThat(warnings.filters.getLast().schools()).contains(Set.of(lille.id()));
        assertThat(count(WarningKind.OUTCOME_OVERDUE_6_MONTHS)).isEqualTo("Suivi à 6 mois en retard : 0");
        assertThat(count(WarningKind.WORK_STUDY_WITHOUT_CONTRACT)).isEqualTo("Alternance sans contrat : 1");
    }

    @Test
    void the_grid_asks_for_pages_never_for_everything() {
        for (int i = 0; i < 1_200; i++) {
            warnings.add(WarningKind.OUTCOME_OVERDUE_12_MONTHS, "Prénom" + i, "Nom" + i, lille.id(), COHORT,
                    LocalDate.of(2026, 9, 1));
        }
        signInAs(Role.ADMIN);
        navigate(WarningsView.class);

        assertThat(test(grid()).size()).isEqualTo(1_204);
        assertThat(warnings.pages.furthestRow()).isLessThan(1_204);
        assertThat(count(WarningKind.OUTCOME_OVERDUE_12_MONTHS)).isEqualTo("Suivi à 12 mois en retard : 1\u202f200");
    }

    @Test
    void a_funder_may_not_open_the_warnings_which_name_learners() {
        signInAs(Role.FUNDER_VIEWER);

        assertThat(navigate("alertes", AccessDeniedView.class)).isNotNull();
        assertThat(warnings.filters).isEmpty();
    }

    @Test
    void an_english_session_reads_the_warnings_in_english_with_french_dates() {
        signInAs(Role.SCHOOL_MANAGER);
        ConsoleLanguage.choose(VaadinSession.getCurrent(), ConsoleTranslations.ENGLISH);
        UI.getCurrent().setLocale(ConsoleTranslations.ENGLISH);
        navigate(WarningsView.class);

        assertThat(find(H2.class).single().getText()).isEqualTo("Early warnings");
        assertThat(test(grid()).getCellText(0, 5)).isEqualTo("Contract broken on 12/03/2026, no new contract for"
                + " 30 days: help find a new host company.");
        assertThat(count(WarningKind.OUTCOME_OVERDUE_6_MONTHS)).isEqualTo("6-month follow-up overdue: 2");
    }

    private String count(WarningKind kind) {
        return find(Span.class).withId("warnings-count-" + kind.name()).single().getText();
    }

    @SuppressWarnings("unchecked")
    private Select<WarningKind> kind() {
        return find(Select.class).withId("warnings-kind").single();
    }

    @SuppressWarnings("unchecked")
    private Select<School> school() {
        return find(Select.class).withId("warnings-school").single();
    }

    @SuppressWarnings("unchecked")
    private Grid<EarlyWarning> grid() {
        return find(Grid.class).withId("warnings-grid").single();
    }
}

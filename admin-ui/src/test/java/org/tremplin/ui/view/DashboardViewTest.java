package org.tremplin.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tremplin.application.access.Actor;
import org.tremplin.application.access.Role;
import org.tremplin.application.cohort.CohortAdministration;
import org.tremplin.application.indicator.IndicatorReporting;
import org.tremplin.application.partner.PartnerAdministration;
import org.tremplin.application.port.out.IndicatorScope;
import org.tremplin.application.port.out.WarningKind;
import org.tremplin.application.school.SchoolAdministration;
import org.tremplin.application.warning.EarlyWarnings;
import org.tremplin.domain.applicant.SelectionStage;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.funding.ParityRule;
import org.tremplin.domain.funding.ParityRuleId;
import org.tremplin.domain.funding.ParityStatus;
import org.tremplin.domain.indicator.ContractIndicators;
import org.tremplin.domain.indicator.EmploymentSnapshot;
import org.tremplin.domain.indicator.FundingSummary;
import org.tremplin.domain.indicator.FunnelIndicators;
import org.tremplin.domain.indicator.FunnelStage;
import org.tremplin.domain.indicator.InclusionGroup;
import org.tremplin.domain.indicator.IndicatorReport;
import org.tremplin.domain.indicator.PartnerContribution;
import org.tremplin.domain.indicator.Rate;
import org.tremplin.domain.indicator.TrainingIndicators;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.partner.PartnerKind;
import org.tremplin.domain.partner.PartnerRole;
import org.tremplin.domain.school.Region;
import org.tremplin.domain.school.School;
import org.tremplin.domain.shared.Money;
import org.tremplin.ui.chart.BarChart;
import org.tremplin.ui.i18n.ConsoleTranslations;
import org.tremplin.ui.session.ConsoleLanguage;
import org.tremplin.ui.session.ConsoleSession;
import org.tremplin.ui.session.ConsoleUser;

class DashboardViewTest extends ConsoleTestSupport {
    private static final String NARROW = "\u202F";
    private static final String SUPPRESSED = "non publié (moins de 20 personnes)";

    private final FakeSchoolAdministration schools = new FakeSchoolAdministration()
            .add("École IA Castelnau", "Castelnau-le-Lez", Region.OCCITANIE, "34", LocalDate.of(2019, 9, 2))
            .add("École IA Roubaix", "Roubaix", Region.HAUTS_DE_FRANCE, "59", LocalDate.of(2020, 1, 6));
    private final FakeProgrammeAdministration programmes = new FakeProgrammeAdministration()
            .add("Développeur·se Data IA", "RNCP37827");
    private final FakeCohortAdministration cohorts = new FakeCohortAdministration(programmes)
            .add(schools.named("École IA Castelnau").id(), programmes.titled("Développeur·se Data IA"),
                    "Castelnau 2025", LocalDate.of(2025, 9, 1), 24)
            .add(schools.named("École IA Castelnau").id(), programmes.titled("Développeur·se Data IA"),
                    "Castelnau 2024", LocalDate.of(2024, 9, 2), 20)
            .add(schools.named("École IA Roubaix").id(), programmes.titled("Développeur·se Data IA"),
                    "Roubaix 2025", LocalDate.of(2025, 9, 1), 24);
    private final FakePartnerAdministration partners = new FakePartnerAdministration();
    private final FakeIndicatorReporting indicators = new FakeIndicatorReporting();
    private School castelnau;
    private Partner microsoft;
    private Partner capgemini;

    DashboardViewTest() {
        provide(SchoolAdministration.class, schools);
        provide(CohortAdministration.class, cohorts);
        provide(PartnerAdministration.class, partners);
        provide(IndicatorReporting.class, indicators);
    }

    @BeforeEach
    void aReport() {
        castelnau = schools.named("École IA Castelnau");
        Partner region = partners.add("Région Occitanie", PartnerKind.REGION, Optional.empty(),
                Map.of(castelnau.id(), Set.of(PartnerRole.FUNDER)));
        microsoft = partners.add("Microsoft France", PartnerKind.TECH_COMPANY, Optional.empty(),
                Map.of(castelnau.id(), Set.of(PartnerRole.FUNDER)));
        capgemini = partners.add("Capgemini", PartnerKind.TECH_COMPANY, Optional.empty(),
                Map.of(castelnau.id(), Set.of(PartnerRole.WORK_STUDY_HOST)));
        Map<InclusionGroup, Rate> applied = new EnumMap<>(FakeIndicatorReporting.everyGroup(new Rate(200, 400)));
        applied.put(InclusionGroup.WOMEN, new Rate(100, 400));
        List<FunnelStage> stages = List.of(
                new FunnelStage(SelectionStage.APPLIED, 400, new Rate(400, 400), applied),
                new FunnelStage(SelectionStage.PRESELECTED, 200, new Rate(200, 400),
                        FakeIndicatorReporting.everyGroup(new Rate(50, 200))),
                new FunnelStage(SelectionStage.SELECTED, 100, new Rate(100, 400),
                        FakeIndicatorReporting.everyGroup(new Rate(25, 100))),
                new FunnelStage(SelectionStage.ENROLLED, 16, new Rate(16, 400),
                        FakeIndicatorReporting.everyGroup(new Rate(4, 16))));
        ParityRule rule = ParityRule.declare(new ParityRuleId(UUID.randomUUID()), castelnau.id(), Optional.empty(),
                region.id(), microsoft.id());
        indicators.answer = new IndicatorReport(FakeIndicatorReporting.AS_OF,
                new FunnelIndicators(stages),
                new TrainingIndicators(1500, 1234, 2345, 310, 40, new Rate(310, 350), new Rate(40, 1500),
                        FakeIndicatorReporting.everyGroup(new Rate(750, 1500))),
                new ContractIndicators(13, 7, new Rate(7, 13), 0),
                new EmploymentSnapshot(6, 100, 70, 5, 10, 10, 5, new Rate(70, 90), new Rate(70, 100),
                        new Rate(85, 100)),
                new EmploymentSnapshot(12, 9, 3, 0, 0, 2, 4, new Rate(3, 9), new Rate(3, 9), new Rate(3, 9)),
                5678,
                List.of(new PartnerContribution(capgemini.id(), 1204, 38),
                        new PartnerContribution(microsoft.id(), 12, 5)),
                new FundingSummary(Money.euros(23750), Map.of(region.id(), Money.euros(12500),
                        microsoft.id(), Money.euros(11250)),
                        Map.of(2024, Money.euros(11250), 2025, Money.euros(12500)),
                        List.of(new ParityStatus(rule, Money.euros(12500), Money.euros(11250)))));
        signInAs(Role.FUNDER_VIEWER);
    }

    @Test
    void key_figures_read_in_french() {
        navigate(DashboardView.class);

        assertThat(card("in-centre")).isEqualTo("1" + NARROW + "234 en centre");
        assertThat(card("in-work-study")).isEqualTo("2" + NARROW + "345 en alternance");
        assertThat(card("graduated")).isEqualTo("310 diplômés");
        assertThat(card("jobs-created")).isEqualTo("5" + NARROW + "678 emplois créés");
        assertThat(indicators.asked).containsExactly(new IndicatorScope.Network());
    }

    @Test
    void the_rates_table_carries_the_numbers_of_the_chart() {
        navigate(DashboardView.class);

        assertThat(rows("dashboard-rates-table", 2)).containsExactly(
                List.of("Réussite", "88,6\u00A0%"),
                List.of("Abandon", "2,7\u00A0%"),
                List.of("Rupture de contrat", SUPPRESSED),
                List.of("Emploi à 6 mois", "77,8\u00A0%"),
                List.of("Emploi à 12 mois", SUPPRESSED));
        assertThat(chartTexts("dashboard-rates-chart")).containsExactly(
                "Réussite", "88,6\u00A0%", "Abandon", "2,7\u00A0%", "Rupture de contrat", SUPPRESSED,
                "Emploi à 6 mois", "77,8\u00A0%", "Emploi à 12 mois", SUPPRESSED);
        Element chart = chart("dashboard-rates-chart");
        assertThat(chart.getAttribute("role")).isEqualTo("img");
        assertThat(chart.getAttribute("aria-label")).isEqualTo("Taux – Réseau");
    }

    @Test
    void a_suppressed_rate_shows_none_of_its_counts() {
        navigate(DashboardView.class);

        List<String> everything = everyText();

        assertThat(everything).contains(SUPPRESSED);
        // 7 broken of 13 contracts; of 9 leavers at twelve months 3 in work, 2 without, 4 unknown: no count shown.
        assertThat(everything).doesNotContain("7", "13", "3", "9", "2", "4", "7/13", "3/9");
        assertThat(everything).noneMatch(text -> text.matches(".*\\b(7|13|3|9) ?/ ?(13|9)\\b.*"));
    }

    @Test
    void the_funnel_gives_the_share_of_each_group_and_hides_small_stages() {
        navigate(DashboardView.class);

        assertThat(rows("dashboard-funnel-table", 7)).containsExactly(
                List.of("Candidature reçue", "400", "100,0\u00A0%", "25,0\u00A0%", "50,0\u00A0%", "50,0\u00A0%",
                        "50,0\u00A0%"),
                List.of("Présélection", "200", "50,0\u00A0%", "25,0\u00A0%", "25,0\u00A0%", "25,0\u00A0%",
                        "25,0\u00A0%"),
                List.of("Sélection", "100", "25,0\u00A0%", "25,0\u00A0%", "25,0\u00A0%", "25,0\u00A0%",
                        "25,0\u00A0%"),
                List.of("Inscription", "16", "4,0\u00A0%", SUPPRESSED, SUPPRESSED, SUPPRESSED, SUPPRESSED));
        assertThat(bars("dashboard-funnel-chart")).hasSize(4);
    }

    @Test
    void funding_per_funder_in_euros_with_parity_in_plain_words() {
        navigate(DashboardView.class);

        List<List<String>> rows = rows("dashboard-funding-table", 2);
        assertThat(rows.subList(0, 2)).containsExactlyInAnyOrder(
                List.of("Microsoft France", "11" + NARROW + "250,00\u00A0€"),
                List.of("Région Occitanie", "12" + NARROW + "500,00\u00A0€"));
        assertThat(rows.getLast()).containsExactly("Total", "23" + NARROW + "750,00\u00A0€");
        assertThat(bars("dashboard-funding-chart")).hasSize(2);
        assertThat(texts(find(VerticalLayout.class)
                .withId("dashboard-parity").single().getElement())).contains(
                "Région Occitanie – Microsoft France : Parité non respectée : écart de 1" + NARROW + "250,00\u00A0€");
    }

    @Test
    void choosing_a_school_asks_for_that_school() {
        navigate(DashboardView.class);

        scope().setValue(choice(new IndicatorScope.OfSchool(castelnau.id())));

        assertThat(indicators.asked.getLast()).isEqualTo(new IndicatorScope.OfSchool(castelnau.id()));
        assertThat(chart("dashboard-rates-chart").getAttribute("aria-label")).isEqualTo("Taux – École IA Castelnau");
    }

    @Test
    void a_refusal_is_shown_in_words() {
        indicators.refused = Optional.of(IndicatorScope.OfRegion.class);
        navigate(DashboardView.class);

        scope().setValue(choice(new IndicatorScope.OfRegion(Region.OCCITANIE)));

        assertThat(indicators.asked.getLast()).isEqualTo(new IndicatorScope.OfRegion(Region.OCCITANIE));
        assertThat(find(Paragraph.class).withId("dashboard-refusal").single().getText())
                .isEqualTo(new ConsoleTranslations()
                        .errorMessage("access.network-wide-only", Locale.FRANCE))
                .doesNotStartWith("!");
        assertThat(find(BarChart.class).all()).isEmpty();
    }

    @Test
    void an_administrator_is_told_how_many_warnings_wait_with_a_link_to_them() {
        FakeEarlyWarnings warnings = new FakeEarlyWarnings()
                .add(WarningKind.BROKEN_CONTRACT_NOT_REPLACED, "Awa", "Diallo", castelnau.id(),
                        new CohortId(UUID.randomUUID()), LocalDate.of(2026, 10, 1))
                .add(WarningKind.OUTCOME_OVERDUE_6_MONTHS, "Inès", "Benali", castelnau.id(),
                        new CohortId(UUID.randomUUID()), LocalDate.of(2026, 11, 2))
                .add(WarningKind.OUTCOME_OVERDUE_6_MONTHS, "Yanis", "Haddad", castelnau.id(),
                        new CohortId(UUID.randomUUID()), LocalDate.of(2026, 10, 20));
        provide(EarlyWarnings.class, warnings);
        signInAs(Role.ADMIN);

        navigate(DashboardView.class);

        Div summary = find(Div.class).withId("dashboard-warnings").single();
        assertThat(summary.getElement().getTextRecursively())
                .isEqualTo("3 alertes à traiter · Contrat rompu non remplacé : 1 · Suivi à 6 mois en retard : 2");
        assertThat(find(RouterLink.class).withId("dashboard-warnings-link").single().getHref()).isEqualTo("alertes");
    }

    @Test
    void a_funder_viewer_gets_no_word_of_warnings_which_name_learners() {
        FakeEarlyWarnings warnings = new FakeEarlyWarnings().add(WarningKind.WORK_STUDY_WITHOUT_CONTRACT, "Lucas",
                "Martin", castelnau.id(), new CohortId(UUID.randomUUID()), LocalDate.of(2026, 10, 1));
        provide(EarlyWarnings.class, warnings);

        navigate(DashboardView.class);

        assertThat(find(Div.class).withId("dashboard-warnings").exists()).isFalse();
        assertThat(warnings.filters).as("the port is not even asked").isEmpty();
    }

    @Test
    void a_school_manager_starts_on_their_own_school() {
        Role manager = Role.SCHOOL_MANAGER;
        ConsoleSession.signIn(new ConsoleUser(
                new Actor("account-manager", manager.permissions(),
                        Optional.of(Set.of(castelnau.id()))), "Camille", manager), sessionIdRenewals::incrementAndGet);
        indicators.asked.clear();

        navigate(DashboardView.class);

        assertThat(indicators.asked).containsExactly(new IndicatorScope.OfSchool(castelnau.id()));
        assertThat(scope().getValue().label()).isEqualTo("École IA Castelnau");
    }

    @Test
    void a_network_wide_user_may_choose_the_network_a_region_a_school_or_a_partner() {
        navigate(DashboardView.class);

        List<String> labels = scope().getListDataView().getItems().map(DashboardScopes.Choice::label).toList();
        assertThat(labels.getFirst()).isEqualTo("Réseau");
        assertThat(labels).contains("Région Occitanie", "École IA Castelnau", "École IA Roubaix",
                "Partenaire : Microsoft France", "Partenaire : Capgemini");
        assertThat(labels).hasSize(1 + Region.values().length + 2 + 3);
    }

    @Test
    void a_school_manager_is_offered_their_own_schools_only() {
        signInLimitedTo(Role.SCHOOL_MANAGER, castelnau);

        navigate(DashboardView.class);

        assertThat(scope().getListDataView().getItems().map(DashboardScopes.Choice::label))
                .containsExactly("École IA Castelnau");
        assertThat(indicators.asked).containsExactly(new IndicatorScope.OfSchool(castelnau.id()));
        assertThat(find(Paragraph.class).withId("dashboard-refusal").all()).isEmpty();
    }

    @Test
    void a_funder_viewer_limited_to_a_school_is_offered_that_school_and_its_cohorts() {
        signInLimitedTo(Role.FUNDER_VIEWER, schools.named("École IA Roubaix"));

        navigate(DashboardView.class);

        assertThat(scope().getListDataView().getItems().map(DashboardScopes.Choice::label))
                .containsExactly("École IA Roubaix");
        assertThat(cohort().getListDataView().getItems().map(cohort -> cohort.name())).containsExactly("Roubaix 2025");
    }

    @Test
    void a_cohort_is_chosen_within_the_chosen_school() {
        navigate(DashboardView.class);
        assertThat(cohortOffered()).as("no cohort for the network").isFalse();

        scope().setValue(choice(new IndicatorScope.OfSchool(castelnau.id())));
        assertThat(cohortOffered()).isTrue();
        assertThat(cohort().getListDataView().getItems().map(cohort -> cohort.name()))
                .containsExactly("Castelnau 2025", "Castelnau 2024");
        cohort().setValue(cohorts.named("Castelnau 2024"));

        assertThat(indicators.asked.getLast()).isEqualTo(new IndicatorScope.OfCohort(cohorts.named("Castelnau 2024").id()));
        assertThat(chart("dashboard-rates-chart").getAttribute("aria-label"))
                .isEqualTo("Taux – École IA Castelnau – Castelnau 2024");

        scope().setValue(choice(new IndicatorScope.Network()));
        assertThat(cohortOffered()).isFalse();
        assertThat(indicators.asked.getLast()).isEqualTo(new IndicatorScope.Network());
    }

    @Test
    void a_partner_scope_says_plainly_that_parity_is_not_computed_for_it() {
        navigate(DashboardView.class);

        scope().setValue(choice(new IndicatorScope.OfPartner(microsoft.id())));

        assertThat(indicators.asked.getLast()).isEqualTo(new IndicatorScope.OfPartner(microsoft.id()));
        List<String> parity = texts(find(VerticalLayout.class).withId("dashboard-parity").single().getElement());
        assertThat(parity).containsExactly("La parité n'est pas calculée pour un partenaire : ce périmètre ne compte "
                + "que l'argent de ce partenaire, pas celui des autres financeurs. Choisissez une école pour voir "
                + "ses règles de parité.");
        assertThat(everyText()).noneMatch(text -> text.contains("Parité non respectée"));
    }

    @Test
    void the_leavers_situations_are_shares_published_at_six_months_and_suppressed_at_twelve() {
        navigate(DashboardView.class);

        assertThat(rows("dashboard-employment-table", 3)).containsExactly(
                List.of("Emploi salarié", "70,0\u00A0%", SUPPRESSED),
                List.of("Travail indépendant", "5,0\u00A0%", SUPPRESSED),
                List.of("Poursuite d'études ou alternance", "10,0\u00A0%", SUPPRESSED),
                List.of("Sans emploi", "10,0\u00A0%", SUPPRESSED),
                List.of("Situation inconnue", "5,0\u00A0%", SUPPRESSED));
        assertThat(chartTexts("dashboard-employment-6-chart")).containsExactly(
                "Emploi salarié", "70,0\u00A0%", "Travail indépendant", "5,0\u00A0%",
                "Poursuite d'études ou alternance", "10,0\u00A0%", "Sans emploi", "10,0\u00A0%",
                "Situation inconnue", "5,0\u00A0%");
        assertThat(chartTexts("dashboard-employment-12-chart")).filteredOn(text -> !text.equals(SUPPRESSED))
                .containsExactly("Emploi salarié", "Travail indépendant", "Poursuite d'études ou alternance",
                        "Sans emploi", "Situation inconnue");
        assertThat(bars("dashboard-employment-12-chart")).allMatch(bar -> bar.getAttribute("width").equals("0.0"));
        assertThat(chart("dashboard-employment-6-chart").getAttribute("aria-label")).isEqualTo("À 6 mois – Réseau");
    }

    @Test
    void funding_per_year_and_partners_contributions_read_in_french() {
        navigate(DashboardView.class);

        assertThat(rows("dashboard-funding-by-year-table", 2)).containsExactly(
                List.of("2024", "11" + NARROW + "250,00\u00A0€"),
                List.of("2025", "12" + NARROW + "500,00\u00A0€"));
        assertThat(chartTexts("dashboard-funding-by-year-chart")).containsExactly(
                "2024", "11" + NARROW + "250,00\u00A0€", "2025", "12" + NARROW + "500,00\u00A0€");
        assertThat(rows("dashboard-partners-table", 3)).containsExactly(
                List.of("Capgemini", "1" + NARROW + "204", "38"),
                List.of("Microsoft France", "12", "5"));
        assertThat(chartTexts("dashboard-partners-hosted-chart")).containsExactly(
                "Capgemini", "1" + NARROW + "204", "Microsoft France", "12");
        assertThat(chartTexts("dashboard-partners-hires-chart")).containsExactly(
                "Capgemini", "38", "Microsoft France", "5");
    }

    @Test
    void the_partner_charts_keep_the_biggest_contributors_and_the_table_every_one() {
        List<PartnerContribution> many = IntStream.range(0, PartnerContributions.CHARTED_PARTNERS + 2)
                .mapToObj(rank -> new PartnerContribution(partners.add("Entreprise " + rank, PartnerKind.ASSOCIATION,
                        Optional.empty(), Map.of()).id(), 100 - rank, 0))
                .toList();
        IndicatorReport answer = indicators.answer;
        indicators.answer = new IndicatorReport(answer.asOf(), answer.funnel(), answer.training(), answer.contracts(),
                answer.sixMonths(), answer.twelveMonths(), answer.jobsCreated(), many, answer.funding());

        navigate(DashboardView.class);

        assertThat(bars("dashboard-partners-hosted-chart")).hasSize(PartnerContributions.CHARTED_PARTNERS);
        assertThat(chartTexts("dashboard-partners-hosted-chart")).startsWith("Entreprise 0", "100");
        assertThat(rows("dashboard-partners-table", 3)).hasSize(PartnerContributions.CHARTED_PARTNERS + 2);
    }

    @Test
    void a_scope_without_funding_or_partners_says_so_instead_of_empty_charts() {
        indicators.answer = FakeIndicatorReporting.empty();

        navigate(DashboardView.class);

        assertThat(find(Paragraph.class).withId("dashboard-funding-none").single().getText())
                .isEqualTo("Aucun financement engagé dans ce périmètre.");
        assertThat(find(Paragraph.class).withId("dashboard-partners-none").single().getText())
                .isEqualTo("Aucun partenaire n'a accueilli ni embauché d'apprenant dans ce périmètre.");
        assertThat(find(BarChart.class).all().stream().map(chart -> chart.getId().orElseThrow()))
                .doesNotContain("dashboard-funding-chart", "dashboard-funding-by-year-chart",
                        "dashboard-partners-hosted-chart", "dashboard-partners-hires-chart");
    }

    @Test
    void the_report_is_of_today_unless_another_day_is_chosen() {
        navigate(DashboardView.class);
        DatePicker asOf = find(DatePicker.class).withId("dashboard-as-of").single();
        assertThat(asOf.getValue()).isEqualTo(FakeIndicatorReporting.AS_OF);
        assertThat(asOf.getLocale()).isEqualTo(Locale.FRANCE);
        assertThat(indicators.asked).hasSize(1);

        asOf.setValue(LocalDate.of(2025, 6, 30));
        scope().setValue(choice(new IndicatorScope.OfSchool(castelnau.id())));

        assertThat(indicators.askedDays.subList(1, 3)).containsOnly(LocalDate.of(2025, 6, 30));
        assertThat(indicators.asked.getLast()).isEqualTo(new IndicatorScope.OfSchool(castelnau.id()));
        assertThat(everyText()).contains("Indicateurs au 30/06/2025");
    }

    @Test
    void in_english_the_labels_change_and_the_numbers_stay_french() {
        ConsoleLanguage.choose(VaadinSession.getCurrent(), ConsoleTranslations.ENGLISH);
        UI.getCurrent().setLocale(ConsoleTranslations.ENGLISH);

        navigate(DashboardView.class);

        assertThat(find(H3.class).all().stream().map(H3::getText)).contains("What became of the leavers",
                "Funding per year", "Partners' contributions");
        assertThat(rows("dashboard-employment-table", 3).getFirst())
                .containsExactly("Salaried employment", "70,0\u00A0%", "not published (fewer than 20 people)");
        assertThat(chart("dashboard-rates-chart").getAttribute("aria-label")).isEqualTo("Rates – Network");
        assertThat(labelsOf(scope())).contains("Partner: Microsoft France");
        scope().setValue(choice(new IndicatorScope.OfSchool(castelnau.id())));
        assertThat(cohort().getLabel()).isEqualTo("Cohort");
        assertThat(cohort().getEmptySelectionCaption()).isEqualTo("Whole school");
    }

    private void signInLimitedTo(Role role, School school) {
        ConsoleSession.signIn(new ConsoleUser(new Actor("account-limited", role.permissions(),
                Optional.of(Set.of(school.id()))), "Camille", role), sessionIdRenewals::incrementAndGet);
        indicators.asked.clear();
    }

    private static List<String> labelsOf(Select<DashboardScopes.Choice> select) {
        return select.getListDataView().getItems().map(DashboardScopes.Choice::label).toList();
    }

    @SuppressWarnings("unchecked")
    private Select<Cohort> cohort() {
        return find(Select.class).withId("dashboard-cohort").single();
    }

    private boolean cohortOffered() {
        return !find(Select.class).withId("dashboard-cohort").all().isEmpty();
    }

    /** Every text of the page, the cells of every table included. */
    private List<String> everyText() {
        List<String> everything = new ArrayList<>(texts(getCurrentView().getElement()));
        for (String table : List.of("dashboard-rates-table", "dashboard-funding-table",
                "dashboard-funding-by-year-table")) {
            rows(table, 2).forEach(everything::addAll);
        }
        for (String table : List.of("dashboard-employment-table", "dashboard-partners-table")) {
            rows(table, 3).forEach(everything::addAll);
        }
        rows("dashboard-funnel-table", 7).forEach(everything::addAll);
        return everything;
    }

    @SuppressWarnings("unchecked")
    private Select<DashboardScopes.Choice> scope() {
        return find(Select.class).withId("dashboard-scope").single();
    }

    private DashboardScopes.Choice choice(IndicatorScope wanted) {
        return scope().getListDataView().getItems().filter(item -> item.scope().equals(wanted)).findFirst()
                .orElseThrow();
    }

    private String card(String id) {
        return String.join(" ", texts(find(Div.class).withId("figure-" + id).single().getElement()));
    }

    @SuppressWarnings("unchecked")
    private List<List<String>> rows(String id, int columns) {
        var grid = test((Grid<Object>) find(Grid.class).withId(id).single());
        return IntStream.range(0, grid.size())
                .mapToObj(row -> IntStream.range(0, columns).mapToObj(column -> grid.getCellText(row, column)).toList())
                .toList();
    }

    private Element chart(String id) {
        return find(BarChart.class).withId(id).single().svg();
    }

    private List<Element> bars(String id) {
        return chart(id).getChildren().filter(child -> child.getTag().equals("rect")).toList();
    }

    private List<String> chartTexts(String id) {
        return chart(id).getChildren().filter(child -> child.getTag().equals("text")).map(Element::getText).toList();
    }

    /** Every piece of text in this element and below, one per text node. */
    private static List<String> texts(Element root) {
        List<String> found = new ArrayList<>();
        if (root.isTextNode() && !root.getText().isBlank()) {
            found.add(root.getText());
        }
        root.getChildren().forEach(child -> found.addAll(texts(child)));
        return found;
    }
}

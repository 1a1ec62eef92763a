package org.tremplin.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tremplin.application.cohort.CohortAdministration;
import org.tremplin.application.indicator.IndicatorReporting;
import org.tremplin.application.partner.PartnerAdministration;
import org.tremplin.application.port.in.IndicatorScope;
import org.tremplin.application.port.in.WarningKind;
import org.tremplin.application.school.SchoolAdministration;
import org.tremplin.application.warning.EarlyWarnings;
import org.tremplin.domain.applicant.SelectionStage;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.funding.ParityRule;
import org.tremplin.domain.funding.ParityRuleId;
import org.tremplin.domain.funding.ParityStatus;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.identity.Role;
import org.tremplin.domain.indicator.ContractIndicators;
import org.tremplin.domain.indicator.EmploymentSnapshot;
import org.tremplin.domain.indicator.FollowUpAtHorizon;
import org.tremplin.domain.indicator.FollowUpHorizon;
import org.tremplin.domain.indicator.FundingSummary;
import org.tremplin.domain.indicator.FunnelIndicators;
import org.tremplin.domain.indicator.FunnelStage;
import org.tremplin.domain.indicator.InclusionGroup;
import org.tremplin.domain.indicator.IndicatorReport;
import org.tremplin.domain.indicator.LeavingYear;
import org.tremplin.domain.indicator.PartnerContribution;
import org.tremplin.domain.indicator.Rate;
import org.tremplin.domain.indicator.TrainingIndicators;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.partner.PartnerId;
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
import org.tremplin.ui.testing.ConsoleTestSupport;
import org.tremplin.ui.testing.FakeCohortAdministration;
import org.tremplin.ui.testing.FakeEarlyWarnings;
import org.tremplin.ui.testing.FakeIndicatorReporting;
import org.tremplin.ui.testing.FakePartnerAdministration;
import org.tremplin.ui.testing.FakeProgrammeAdministration;
import org.tremplin.ui.testing.FakeSchoolAdministration;

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
        indicators.answer = new IndicatorReport(FakeIndicatorReporting.AS_OF, Optional.empty(),
                new FunnelIndicators(stages),
                new TrainingIndicators(1500, 1234, 2345, 310, 40, new Rate(310, 350), new Rate(40, 1500),
                        FakeIndicatorReporting.everyGroup(new Rate(750, 1500))),
                new ContractIndicators(13, 7, new Rate(7, 13), 0),
                FakeIndicatorReporting.followUps(
                        // 100 leavers: 70 salaried, 5 self-employed, 10 in training, 10 without a job, 5 unknown.
                        FakeIndicatorReporting.snapshot(FollowUpHorizon.SIX_MONTHS, 70, 5, 10, 10, 5),
                        // 9 leavers: nothing published, no count shown.
                        FakeIndicatorReporting.snapshot(FollowUpHorizon.TWELVE_MONTHS, 3, 0, 0, 2, 4),
                        // 40 leavers, 25 of them unknown: a coverage of 37,5 %.
                        FakeIndicatorReporting.snapshot(FollowUpHorizon.EIGHTEEN_MONTHS, 12, 0, 3, 0, 25),
                        // Three thirds, rounded together to add up to 100 %.
                        FakeIndicatorReporting.snapshot(FollowUpHorizon.TWENTY_FOUR_MONTHS, 10, 0, 10, 10, 0)),
                5678,
                List.of(new PartnerContribution(capgemini.id(), 1204, 38),
                        new PartnerContribution(microsoft.id(), 12, 5)),
                new FundingSummary(Money.euros(23750), Map.of(region.id(), Money.euros(12500),
                        microsoft.id(), Money.euros(11250)),
                        Map.of(2024, Money.euros(11250), 2025, Money.euros(12500)),
                        List.of(new ParityStatus(rule, Money.euros(12500), Money.euros(11250)))),
                Map.of(region.id(), region.legalName(), microsoft.id(), microsoft.legalName(),
                        capgemini.id(), capgemini.legalName()),
                true);
        signInAs(Role.FUNDER_VIEWER);
    }

    @Test
    void key_figures_read_in_french() {
        navigate(DashboardView.class);

        assertThat(card("in-centre")).isEqualTo("1" + NARROW + "234 en centre");
        assertThat(card("in-work-study")).isEqualTo("2" + NARROW + "345 en alternance");
        assertThat(card("graduated")).isEqualTo("310 diplômés");
        assertThat(indicators.asked).containsExactly(new IndicatorScope.Network());
    }

    @Test
    void the_rates_table_carries_the_numbers_of_the_chart() {
        navigate(DashboardView.class);

        assertThat(rows("dashboard-rates-table", 2)).containsExactly(
                List.of("Réussite", "88,6\u00A0%"),
                List.of("Abandon", "2,7\u00A0%"),
                List.of("Rupture de contrat", SUPPRESSED));
        assertThat(chartTexts("dashboard-rates-chart")).containsExactly(
                "Réussite", "88,6\u00A0%", "Abandon", "2,7\u00A0%", "Rupture de contrat", SUPPRESSED);
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
    void the_four_horizons_give_the_official_rates_with_their_coverage() {
        navigate(DashboardView.class);

        assertThat(find(HorizonFigures.class).all().stream().map(horizon -> horizon.getId().orElseThrow()))
                .containsExactly("dashboard-horizon-6", "dashboard-horizon-12", "dashboard-horizon-18",
                        "dashboard-horizon-24");
        assertThat(find(H4.class).all().stream().map(H4::getText)).containsSubsequence("6 mois après la sortie",
                "12 mois après la sortie", "18 mois après la sortie", "24 mois après la sortie");
        assertThat(text("dashboard-horizon-6-employment"))
                .isEqualTo("Taux d'emploi salarié (officiel InserJeunes) : 77,8\u00A0%");
        assertThat(text("dashboard-horizon-6-employment-coverage")).isEqualTo("Couverture du suivi : 95,0\u00A0%");
        assertThat(text("dashboard-horizon-6-favourable")).isEqualTo("Taux de parcours favorable (officiel) : 80,0\u00A0%");
        assertThat(text("dashboard-horizon-6-favourable-coverage")).isEqualTo("Couverture du suivi : 95,0\u00A0%");
        assertThat(text("dashboard-horizon-24-employment"))
                .isEqualTo("Taux d'emploi salarié (officiel InserJeunes) : 50,0\u00A0%");
        assertThat(text("dashboard-horizon-24-favourable")).isEqualTo("Taux de parcours favorable (officiel) : 66,7\u00A0%");
        assertThat(text("dashboard-horizon-24-favourable-coverage")).isEqualTo("Couverture du suivi : 100,0\u00A0%");
        assertThat(everyText()).contains("Tous les sortants, quelle que soit leur année de sortie.");
    }

    @Test
    void a_suppressed_horizon_says_not_published_without_coverage_nor_shares() {
        navigate(DashboardView.class);

        assertThat(text("dashboard-horizon-12-employment"))
                .isEqualTo("Taux d'emploi salarié (officiel InserJeunes) : " + SUPPRESSED);
        assertThat(text("dashboard-horizon-12-favourable"))
                .isEqualTo("Taux de parcours favorable (officiel) : " + SUPPRESSED);
        assertThat(find(Span.class).withId("dashboard-horizon-12-employment-coverage").exists()).isFalse();
        assertThat(rows("dashboard-horizon-12-shares-table", 2)).extracting(row -> row.get(1)).containsOnly(SUPPRESSED);
        assertThat(bars("dashboard-horizon-12-shares-chart")).allMatch(bar -> bar.getAttribute("width").equals("0.0"));
    }

    @Test
    void the_whole_cohort_shares_add_up_to_a_hundred_in_the_chart_and_its_table() {
        navigate(DashboardView.class);

        assertThat(rows("dashboard-horizon-6-shares-table", 2)).containsExactly(
                List.of("En emploi salarié", "70,0\u00A0%"),
                List.of("En formation", "10,0\u00A0%"),
                List.of("Autres situations", "20,0\u00A0%"));
        assertThat(chartTexts("dashboard-horizon-6-shares-chart")).containsExactly(
                "En emploi salarié", "70,0\u00A0%", "En formation", "10,0\u00A0%", "Autres situations", "20,0\u00A0%");
        assertThat(chart("dashboard-horizon-6-shares-chart").getAttribute("aria-label"))
                .isEqualTo("Répartition de tous les sortants – 6 mois après la sortie – Réseau");
        // Thirds rounded each on its own would add up to 99,9 %.
        assertThat(rows("dashboard-horizon-24-shares-table", 2)).extracting(row -> row.get(1))
                .containsExactly("33,4\u00A0%", "33,3\u00A0%", "33,3\u00A0%");
    }

    @Test
    void a_low_coverage_is_told_beside_the_rate_it_weakens() {
        navigate(DashboardView.class);

        assertThat(text("dashboard-horizon-18-employment"))
                .isEqualTo("Taux d'emploi salarié (officiel InserJeunes) : 32,4\u00A0%");
        assertThat(text("dashboard-horizon-18-employment-coverage")).isEqualTo("Couverture du suivi : 37,5\u00A0%");
        assertThat(text("dashboard-horizon-18-employment-coverage-low"))
                .isEqualTo("⚠\u00A0couverture inférieure à 50\u00A0% : taux peu fiable");
        assertThat(text("dashboard-horizon-18-favourable-coverage-low"))
                .isEqualTo("⚠\u00A0couverture inférieure à 50\u00A0% : taux peu fiable");
        assertThat(find(Span.class).all().stream().filter(span -> span.hasClassName("coverage-low")))
                .as("only at eighteen months").hasSize(2);
    }

    @Test
    void the_leaving_years_offered_are_the_last_eight_ended_and_every_leaver_comes_first() {
        navigate(DashboardView.class);

        Select<LeavingYear> years = leavingYear();
        assertThat(years.getLabel()).isEqualTo("Année de sortie");
        assertThat(years.getValue()).isNull();
        assertThat(years.getEmptySelectionCaption()).isEqualTo("Toutes");
        assertThat(years.getListDataView().getItems().map(years.getItemLabelGenerator()::apply)).containsExactly(
                "2025-2026", "2024-2025", "2023-2024", "2022-2023", "2021-2022", "2020-2021", "2019-2020",
                "2018-2019");
        assertThat(indicators.askedYears).containsExactly(Optional.empty());
    }

    @Test
    void choosing_a_leaving_year_asks_for_it_on_the_day_shown() {
        navigate(DashboardView.class);

        leavingYear().setValue(new LeavingYear(2024));

        assertThat(indicators.askedYears.getLast()).contains(new LeavingYear(2024));
        assertThat(indicators.askedDays.getLast()).isEqualTo(FakeIndicatorReporting.AS_OF);
        assertThat(indicators.asked.getLast()).isEqualTo(new IndicatorScope.Network());
        assertThat(text("dashboard-follow-up-leavers")).isEqualTo("Sortants de l'année scolaire 2023-2024.");

        scope().setValue(choice(new IndicatorScope.OfSchool(castelnau.id())));
        assertThat(indicators.askedYears.getLast()).as("the year stays chosen").contains(new LeavingYear(2024));

        leavingYear().setValue(null);
        assertThat(indicators.askedYears.getLast()).isEmpty();
    }

    @Test
    void a_year_no_longer_ended_on_the_day_chosen_falls_back_to_every_leaver() {
        navigate(DashboardView.class);
        leavingYear().setValue(new LeavingYear(2026));

        find(DatePicker.class).withId("dashboard-as-of").single().setValue(LocalDate.of(2026, 6, 30));

        assertThat(leavingYear().getValue()).isNull();
        assertThat(indicators.askedYears.getLast()).isEmpty();
        assertThat(indicators.askedDays.getLast()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(leavingYear().getListDataView().getItems().findFirst()).contains(new LeavingYear(2025));
    }

    @Test
    void pooled_values_are_shown_marked_as_the_two_years_they_pool() {
        LeavingYear year = new LeavingYear(2024);
        IndicatorReport answer = indicators.answer;
        List<FollowUpAtHorizon> followUps = new ArrayList<>(answer.followUps());
        // 9 leavers in 2023-2024 at twelve months, 25 with 2022-2023.
        followUps.set(1, new FollowUpAtHorizon(FollowUpHorizon.TWELVE_MONTHS,
                new EmploymentSnapshot(FollowUpHorizon.TWELVE_MONTHS, List.of(year), 3, 0, 0, 2, 4),
                Optional.of(new EmploymentSnapshot(FollowUpHorizon.TWELVE_MONTHS, List.of(year.previous().orElseThrow(), year),
                        15, 1, 4, 3, 2))));
        indicators.answer = new IndicatorReport(answer.asOf(), Optional.of(year), answer.funnel(), answer.training(),
                answer.contracts(), followUps, answer.jobsCreated(), answer.partners(), answer.funding(),
                answer.partnerNames(), true);
        navigate(DashboardView.class);

        leavingYear().setValue(year);

        assertThat(text("dashboard-horizon-12-employment"))
                .isEqualTo("Taux d'emploi salarié (officiel InserJeunes) : " + SUPPRESSED);
        VerticalLayout pooled = find(VerticalLayout.class).withId("dashboard-horizon-12-pooled").single();
        assertThat(texts(pooled.getElement())).startsWith("Cumul 2022-2023 et 2023-2024",
                "Trop peu de sortants en 2023-2024 pour publier tous les taux de cette seule année : comme "
                        + "InserJeunes, le tableau de bord donne aussi le cumul avec l'année précédente.");
        assertThat(text("dashboard-horizon-12-pooled-employment"))
                .isEqualTo("Taux d'emploi salarié (officiel InserJeunes) : 71,4\u00A0%");
        assertThat(text("dashboard-horizon-12-pooled-employment-coverage")).isEqualTo("Couverture du suivi : 92,0\u00A0%");
        assertThat(text("dashboard-horizon-12-pooled-favourable"))
                .isEqualTo("Taux de parcours favorable (officiel) : 76,0\u00A0%");
        assertThat(rows("dashboard-horizon-12-pooled-shares-table", 2)).extracting(row -> row.get(1))
                .containsExactly("60,0\u00A0%", "16,0\u00A0%", "24,0\u00A0%");
        assertThat(chart("dashboard-horizon-12-pooled-shares-chart").getAttribute("aria-label")).isEqualTo(
                "Répartition de tous les sortants – 12 mois après la sortie – Cumul 2022-2023 et 2023-2024 – Réseau");
        assertThat(find(VerticalLayout.class).withId("dashboard-horizon-6-pooled").exists())
                .as("only where the year alone is too small").isFalse();
        assertThat(headers("dashboard-self-employed-table"))
                .containsExactly("Horizon", "Part des sortants", "Cumul 2022-2023 et 2023-2024");
        assertThat(rows("dashboard-self-employed-table", 3).get(1))
                .containsExactly("12 mois après la sortie", SUPPRESSED, "4,0\u00A0%");
    }

    @Test
    void local_figures_stand_apart_from_the_official_rates() {
        navigate(DashboardView.class);

        VerticalLayout local = find(VerticalLayout.class).withId("dashboard-local").single();
        assertThat(texts(local.getElement())).startsWith("Indicateurs locaux (hors taux officiels)");
        assertThat(card("jobs-created"))
                .isEqualTo("5" + NARROW + "678 Emplois créés (indicateur local : salariés et indépendants)");
        assertThat(texts(local.getElement()))
                .contains("Création d'entreprise / indépendants (indicateur local, hors taux officiels)");
        assertThat(headers("dashboard-self-employed-table")).containsExactly("Horizon", "Part des sortants");
        assertThat(rows("dashboard-self-employed-table", 2)).containsExactly(
                List.of("6 mois après la sortie", "5,0\u00A0%"),
                List.of("12 mois après la sortie", SUPPRESSED),
                List.of("18 mois après la sortie", "0,0\u00A0%"),
                List.of("24 mois après la sortie", "0,0\u00A0%"));
        List<String> official = texts(find(VerticalLayout.class).withId("dashboard-follow-up").single().getElement());
        assertThat(official).noneMatch(text -> text.contains("indépendant") || text.contains("Emplois créés"));
    }

    @Test
    void the_rqth_column_is_absent_when_the_report_has_no_health_data() {
        indicators.answer = indicators.answer.withoutHealthData();

        navigate(DashboardView.class);

        assertThat(headers("dashboard-funnel-table")).containsExactly("Étape", "Personnes", "Part des candidatures",
                "Femmes", "Moins de 26 ans", "Quartier prioritaire");
        assertThat(rows("dashboard-funnel-table", 6).getFirst()).containsExactly("Candidature reçue", "400",
                "100,0\u00A0%", "25,0\u00A0%", "50,0\u00A0%", "50,0\u00A0%");
        assertThat(everyText()).noneMatch(text -> text.contains("RQTH") || text.contains("handicap"));
    }

    @Test
    void the_rqth_column_is_there_for_a_reader_allowed_health_data() {
        navigate(DashboardView.class);

        assertThat(headers("dashboard-funnel-table")).endsWith("RQTH");
    }

    @Test
    void partners_and_funders_are_named_as_the_report_names_them() {
        // A partner the console's own partner list does not hold: only the report knows its name.
        PartnerId foundation = new PartnerId(UUID.randomUUID());
        PartnerId unnamed = new PartnerId(UUID.randomUUID());
        IndicatorReport answer = indicators.answer;
        Map<PartnerId, String> names = new HashMap<>(answer.partnerNames());
        names.put(foundation, "Fondation Avenir Numérique");
        indicators.answer = new IndicatorReport(answer.asOf(), answer.leavingYear(), answer.funnel(), answer.training(),
                answer.contracts(), answer.followUps(), answer.jobsCreated(),
                List.of(new PartnerContribution(foundation, 30, 4), new PartnerContribution(unnamed, 1, 0)),
                new FundingSummary(Money.euros(5000), Map.of(foundation, Money.euros(5000)), Map.of(2025,
                        Money.euros(5000)), List.of()),
                names, true);

        navigate(DashboardView.class);

        assertThat(rows("dashboard-partners-table", 3)).containsExactly(
                List.of("Fondation Avenir Numérique", "30", "4"),
                List.of("Partenaire sans nom (" + unnamed.value() + ")", "1", "0"));
        assertThat(rows("dashboard-funding-table", 2).getFirst())
                .containsExactly("Fondation Avenir Numérique", "5" + NARROW + "000,00\u00A0€");
        assertThat(everyText()).noneMatch(text -> text.contains(foundation.value().toString()));
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
        Map<PartnerId, String> names = new HashMap<>(answer.partnerNames());
        many.forEach(contribution -> names.put(contribution.partnerId(),
                partners.get(contribution.partnerId()).legalName()));
        indicators.answer = new IndicatorReport(answer.asOf(), answer.leavingYear(), answer.funnel(), answer.training(),
                answer.contracts(), answer.followUps(), answer.jobsCreated(), many, answer.funding(), names, true);

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

        assertThat(find(H3.class).all().stream().map(H3::getText)).contains(
                "What became of the leavers (official InserJeunes definitions)",
                "Local figures (outside the official rates)", "Funding per year", "Partners' contributions");
        assertThat(rows("dashboard-horizon-6-shares-table", 2).getFirst())
                .containsExactly("In salaried employment", "70,0\u00A0%");
        assertThat(text("dashboard-horizon-12-employment"))
                .isEqualTo("Salaried employment rate (official InserJeunes): not published (fewer than 20 people)");
        assertThat(text("dashboard-horizon-18-employment-coverage")).isEqualTo("Follow-up coverage: 37,5\u00A0%");
        assertThat(text("dashboard-horizon-18-employment-coverage-low"))
                .isEqualTo("⚠\u00A0coverage under 50%: unreliable rate");
        assertThat(leavingYear().getLabel()).isEqualTo("Leaving year");
        assertThat(leavingYear().getEmptySelectionCaption()).isEqualTo("All");
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
        for (FollowUpHorizon horizon : FollowUpHorizon.values()) {
            String table = "dashboard-horizon-" + horizon.months() + "-shares-table";
            rows(table, 2).forEach(everything::addAll);
            if (find(Grid.class).withId("dashboard-horizon-" + horizon.months() + "-pooled-shares-table").exists()) {
                rows("dashboard-horizon-" + horizon.months() + "-pooled-shares-table", 2).forEach(everything::addAll);
            }
        }
        rows("dashboard-partners-table", 3).forEach(everything::addAll);
        rows("dashboard-self-employed-table", headers("dashboard-self-employed-table").size())
                .forEach(everything::addAll);
        rows("dashboard-funnel-table", headers("dashboard-funnel-table").size()).forEach(everything::addAll);
        everything.addAll(headers("dashboard-funnel-table"));
        return everything;
    }

    @SuppressWarnings("unchecked")
    private Select<LeavingYear> leavingYear() {
        return find(Select.class).withId("dashboard-leaving-year").single();
    }

    /** The text of a component by id, its children's included. */
    private String text(String id) {
        return find(Component.class).withId(id).single().getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private List<String> headers(String id) {
        Grid<Object> grid = (Grid<Object>) find(Grid.class).withId(id).single();
        return grid.getColumns().stream().map(Grid.Column::getHeaderText).toList();
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

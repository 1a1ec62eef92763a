package org.tremplin.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tremplin.domain.access.AccountDetails;
import org.tremplin.domain.identity.Permission;
import org.tremplin.domain.identity.Role;
import org.tremplin.application.cohort.CohortAdministration;
import org.tremplin.application.cohort.CohortDetails;
import org.tremplin.application.funding.FundingAdministration;
import org.tremplin.application.learner.LearnerAdministration;
import org.tremplin.application.learner.VisibleLearner;
import org.tremplin.application.outcome.OutcomeDetails;
import org.tremplin.application.outcome.OutcomeRecording;
import org.tremplin.application.person.PersonDetails;
import org.tremplin.application.access.AccountAdministration;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.learner.DropOutReason;
import org.tremplin.domain.outcome.Situation;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.partner.PartnerKind;
import org.tremplin.domain.partner.PartnerRole;
import org.tremplin.domain.person.Diploma;
import org.tremplin.domain.person.DisabilityStatus;
import org.tremplin.domain.person.Gender;
import org.tremplin.domain.person.InclusionProfile;
import org.tremplin.domain.school.School;

/**
 * Indicators over HTTP on MariaDB: leaving years and their pooling, the four InserJeunes horizons,
 * the whole-cohort shares adding up to 100, partners and funders named, and the recognised-disability
 * group left out, key and all, for callers not allowed to read health data.
 *
 * <p>One school of its own: 27 leavers of leaving year 2024 (enough to publish) and 3 of 2025
 * (too few: pooled with 2024), each followed up once about six months after leaving.
 */
class IndicatorApiSystemTest {
    private static final LocalDate COHORT_START = LocalDate.of(2022, 9, 5);
    private static final LocalDate LEFT_IN_2024 = LocalDate.of(2024, 6, 28);
    private static final LocalDate LEFT_IN_2025 = LocalDate.of(2025, 6, 27);
    /** Every horizon of both years has come by then, so the figures do not move with the test's day. */
    private static final String AS_OF = "as-of=2026-06-30";

    private static School school;
    private static Partner funder;
    private static Partner otherFunder;
    private static Partner employer;
    private static Api reader;
    private static Api healthDataReader;
    private static Api administrator;

    @BeforeAll
    static void leaversOfTwoYears() {
        school = Fixtures.school();
        funder = Fixtures.partner(PartnerKind.REGION, school, PartnerRole.FUNDER);
        otherFunder = Fixtures.partner(PartnerKind.TECH_COMPANY, school, PartnerRole.FUNDER);
        employer = Fixtures.partner(PartnerKind.TECH_COMPANY, school, PartnerRole.WORK_STUDY_HOST,
                PartnerRole.RECRUITER);
        FundingAdministration funding = ApiSystemTestServer.bean(FundingAdministration.class);
        ApiSystemTestServer.asSystem(() -> funding.commit(funder.id(), school.id(), Optional.empty(), "12500.00", 2024));
        ApiSystemTestServer.asSystem(() -> funding.declareParity(school.id(), Optional.empty(), funder.id(),
                otherFunder.id()));

        Cohort cohort = ApiSystemTestServer.asSystem(() -> ApiSystemTestServer.bean(CohortAdministration.class).open(school.id(),
                Fixtures.programme().id(), new CohortDetails(Fixtures.unique("Promo"), COHORT_START, 60)));
        // 2024: 13 salaried, 1 in further studies, 13 others: shares of 48.148…, 3.703… and 48.148… %,
        // which rounded one by one would add up to 99.9.
        leavers(cohort, LEFT_IN_2024, 13, Optional.of(Situation.PERMANENT_CONTRACT));
        leavers(cohort, LEFT_IN_2024, 1, Optional.of(Situation.FURTHER_STUDIES));
        leavers(cohort, LEFT_IN_2024, 3, Optional.of(Situation.SELF_EMPLOYED));
        leavers(cohort, LEFT_IN_2024, 8, Optional.of(Situation.JOB_SEEKING));
        leavers(cohort, LEFT_IN_2024, 2, Optional.empty());
        leavers(cohort, LEFT_IN_2025, 1, Optional.of(Situation.PERMANENT_CONTRACT));
        leavers(cohort, LEFT_IN_2025, 2, Optional.of(Situation.JOB_SEEKING));
        enrol(cohort, DisabilityStatus.RECOGNISED);

        reader = Api.withToken(Tokens.withScopes(Permission.READ_INDICATORS));
        healthDataReader = Api.withToken(Tokens.withScopes(Permission.READ_INDICATORS, Permission.READ_HEALTH_DATA));
        String email = "admin." + System.nanoTime() + "@tremplin.example";
        String password = "un mot de passe assez long";
        ApiSystemTestServer.asSystem(() -> ApiSystemTestServer.bean(AccountAdministration.class).createAccount(
                new AccountDetails(email, "Administratrice", Role.ADMIN, Optional.empty()), password));
        administrator = Api.withPassword(email, password);
    }

    @Test
    void a_leaving_year_with_enough_leavers_has_its_own_figures_at_four_horizons_and_nothing_pooled() {
        JsonNode report = report(reader, "leaving-year=2024");

        assertThat(report.get("leavingYear").getIntValue()).isEqualTo(2024);
        JsonNode followUps = report.get("followUps");
        assertThat(months(followUps)).containsExactly(6, 12, 18, 24);
        JsonNode atSix = followUps.get(0);
        assertThat(atSix.get("pooled").isNull()).isTrue();
        JsonNode figures = atSix.get("figures");
        assertThat(integers(figures.get("leavingYears"))).containsExactly(2024);
        assertThat(figures.get("pooled").getBooleanValue()).isFalse();
        assertThat(figures.get("leavers").getLongValue()).isEqualTo(27);
        assertThat(figures.get("salaried").getLongValue()).isEqualTo(13);
        assertThat(figures.get("selfEmployed").getLongValue()).isEqualTo(3);
        assertThat(figures.get("furtherStudies").getLongValue()).isEqualTo(1);
        assertThat(figures.get("notInEmployment").getLongValue()).isEqualTo(8);
        assertThat(figures.get("unknown").getLongValue()).isEqualTo(2);
        assertPublished(figures.get("employmentRate"), "50.0", 13, 26);
        assertThat(figures.get("employmentRate").get("official").getBooleanValue()).isTrue();
        assertPublished(figures.get("favourableRate"), "51.9", 14, 27);
        assertThat(figures.get("favourableRate").get("official").getBooleanValue()).isTrue();
        assertPublished(figures.get("selfEmployedShare"), "11.1", 3, 27);
        assertThat(figures.get("selfEmployedShare").get("official")).as("a local figure").isNull();
        assertPublished(figures.get("coverage"), "92.6", 25, 27);
        assertThat(figures.get("coverageLow").getBooleanValue()).isFalse();

        JsonNode atTwelve = followUps.get(1).get("figures");
        assertThat(atTwelve.get("unknown").getLongValue()).as("no follow-up near the +12 months date").isEqualTo(27);
        assertThat(atTwelve.get("coverageLow").getBooleanValue()).isTrue();
    }

    @Test
    void the_three_whole_cohort_shares_add_up_to_exactly_one_hundred() {
        JsonNode shares = report(reader, "leaving-year=2024").get("followUps").get(0).get("figures").get("shares");

        List<BigDecimal> percents = new ArrayList<>();
        for (String share : List.of("salaried", "furtherStudies", "other")) {
            assertThat(shares.get(share).get("suppressed").getBooleanValue()).isFalse();
            assertThat(shares.get(share).get("official").getBooleanValue()).isTrue();
            percents.add(shares.get(share).get("percent").getBigDecimalValue());
        }
        assertThat(percents).containsExactly(new BigDecimal("48.2"), new BigDecimal("3.7"), new BigDecimal("48.1"));
        assertThat(percents.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("100.0");
    }

    @Test
    void a_leaving_year_with_too_few_leavers_is_suppressed_and_pooled_with_the_year_before() {
        JsonNode atSix = report(reader, "leaving-year=2025").get("followUps").get(0);

        JsonNode figures = atSix.get("figures");
        assertThat(figures.get("leavers").getLongValue()).isEqualTo(3);
        assertThat(figures.get("salaried")).as("the breakdown of 3 people is withheld").isNull();
        assertSuppressed(figures.get("employmentRate"));
        assertSuppressed(figures.get("favourableRate"));
        assertSuppressed(figures.get("shares").get("salaried"));
        assertSuppressed(figures.get("coverage"));

        JsonNode pooled = atSix.get("pooled");
        assertThat(pooled.get("pooled").getBooleanValue()).isTrue();
        assertThat(integers(pooled.get("leavingYears"))).containsExactly(2024, 2025);
        assertThat(pooled.get("leavers").getLongValue()).isEqualTo(30);
        assertPublished(pooled.get("employmentRate"), "48.3", 14, 29);
        BigDecimal total = BigDecimal.ZERO;
        for (String share : List.of("salaried", "furtherStudies", "other")) {
            total = total.add(pooled.get("shares").get(share).get("percent").getBigDecimalValue());
        }
        assertThat(total).isEqualByComparingTo("100.0");
    }

    @Test
    void without_a_leaving_year_every_leaver_counts_and_the_former_properties_stay() {
        JsonNode report = report(reader, null);

        assertThat(report.get("leavingYear").isNull()).isTrue();
        JsonNode atSix = report.get("followUps").get(0);
        assertThat(atSix.get("pooled").isNull()).isTrue();
        assertThat(integers(atSix.get("figures").get("leavingYears"))).isEmpty();
        assertThat(atSix.get("figures").get("leavers").getLongValue()).isEqualTo(30);
        assertThat(report.get("sixMonths")).isEqualTo(atSix.get("figures"));
        assertThat(report.get("twelveMonths")).isEqualTo(report.get("followUps").get(1).get("figures"));
        assertThat(report.get("jobsCreated").getLongValue()).as("salaried or self-employed, latest known").isEqualTo(17);
    }

    @Test
    void partners_and_funders_are_named_beside_their_ids() {
        JsonNode report = report(reader, null);

        JsonNode partner = report.get("partners").get(0);
        assertThat(partner.get("partnerId").getStringValue()).isEqualTo(employer.id().toString());
        assertThat(partner.get("partnerName").getStringValue()).isEqualTo(employer.legalName());
        assertThat(partner.get("hires").getLongValue()).isEqualTo(14);
        JsonNode funders = report.get("funding").get("funders");
        assertThat(funders.size()).isEqualTo(1);
        assertThat(funders.get(0).get("funderId").getStringValue()).isEqualTo(funder.id().toString());
        assertThat(funders.get(0).get("funderName").getStringValue()).isEqualTo(funder.legalName());
        assertThat(funders.get(0).get("total").getStringValue()).isEqualTo("12500.00");
        JsonNode parity = report.get("funding").get("parity").get(0);
        assertThat(parity.get("firstFunderName").getStringValue()).isEqualTo(funder.legalName());
        assertThat(parity.get("secondFunderName").getStringValue()).isEqualTo(otherFunder.legalName());
        assertThat(parity.get("honoured").getBooleanValue()).isFalse();
    }

    @Test
    void the_recognised_disability_group_is_absent_for_a_caller_not_allowed_health_data() {
        Api.Reply withoutHealthData = reader.get(schoolReport(null));

        assertThat(withoutHealthData.status()).isEqualTo(200);
        assertThat(withoutHealthData.body()).doesNotContain("RECOGNISED_DISABILITY");
        JsonNode report = withoutHealthData.json();
        assertThat(report.get("healthDataShown").getBooleanValue()).isFalse();
        assertThat(report.get("training").get("diversity").get("WOMEN")).isNotNull();

        for (Api allowed : List.of(healthDataReader, administrator)) {
            JsonNode shown = allowed.get(schoolReport(null)).json();
            assertThat(shown.get("healthDataShown").getBooleanValue()).isTrue();
            assertThat(shown.get("training").get("diversity").get("RECOGNISED_DISABILITY").get("count")
                    .getLongValue()).isEqualTo(1);
            assertThat(shown.get("funnel").get(0).get("diversity").get("RECOGNISED_DISABILITY")).isNotNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"leaving-year=", "leaving-year=abc", "leaving-year=2024.5", "leaving-year=0",
            "leaving-year=10001", "leaving-year=-2024", "leaving-year=99999999999", "leaving-year=2023-2024"})
    void a_bad_leaving_year_is_a_400_problem_naming_the_parameter(String query) {
        Api.Reply refused = reader.header("Accept", "application/json").get(schoolReport(query));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.fieldsInError()).as(refused.toString()).containsExactly("leaving-year");
    }

    @ParameterizedTest
    @ValueSource(strings = {"as-of=%2B10000-01-01", "as-of=-0001-12-31", "as-of=2026-02-30", "as-of=26-01-01"})
    void a_day_no_calendar_or_database_holds_is_a_400_problem_naming_as_of(String query) {
        Api.Reply refused = reader.header("Accept", "application/json")
                .get("/api/v1/indicators/schools/" + school.id() + "?" + query);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.fieldsInError()).as(refused.toString()).containsExactly("as-of");
    }

    @Test
    void every_bad_parameter_is_named_in_one_400() {
        Api.Reply refused = reader.get("/api/v1/indicators/network?as-of=tomorrow&leaving-year=last");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.fieldsInError()).containsExactly("as-of", "leaving-year");
    }

    @Test
    void every_indicator_route_takes_a_leaving_year() {
        for (String path : List.of("/api/v1/indicators/network", "/api/v1/indicators/regions/OCCITANIE",
                schoolReport(null), "/api/v1/indicators/partners/" + employer.id())) {
            Api.Reply reply = reader.get(path + (path.contains("?") ? "&" : "?") + "leaving-year=2024");
            assertThat(reply.status()).as(path + " " + reply).isEqualTo(200);
            assertThat(reply.json().get("leavingYear").getIntValue()).isEqualTo(2024);
            assertThat(reply.json().get("followUps").size()).isEqualTo(4);
        }
    }

    private static JsonNode report(Api caller, String query) {
        Api.Reply reply = caller.get(schoolReport(query));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private static String schoolReport(String query) {
        return "/api/v1/indicators/schools/" + school.id() + "?" + AS_OF + (query == null ? "" : "&" + query);
    }

    private static void assertPublished(JsonNode rate, String percent, long count, long outOf) {
        assertThat(rate.get("suppressed").getBooleanValue()).isFalse();
        assertThat(rate.get("percent").getBigDecimalValue()).isEqualByComparingTo(percent);
        assertThat(rate.get("count").getLongValue()).isEqualTo(count);
        assertThat(rate.get("outOf").getLongValue()).isEqualTo(outOf);
    }

    /** A suppressed rate tells nothing: no percentage, no counts. */
    private static void assertSuppressed(JsonNode rate) {
        assertThat(rate.get("suppressed").getBooleanValue()).isTrue();
        assertThat(rate.get("percent")).isNull();
        assertThat(rate.get("count")).isNull();
        assertThat(rate.get("outOf")).isNull();
    }

    private static List<Integer> months(JsonNode followUps) {
        List<Integer> months = new ArrayList<>();
        for (int i = 0; i < followUps.size(); i++) {
            months.add(followUps.get(i).get("months").getIntValue());
        }
        return months;
    }

    private static List<Integer> integers(JsonNode array) {
        List<Integer> values = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            values.add(array.get(i).getIntValue());
        }
        return values;
    }

    /** Leavers who left on {@code leftOn}, each followed up once about six months later (none: never followed up). */
    private static void leavers(Cohort cohort, LocalDate leftOn, int count, Optional<Situation> situation) {
        LearnerAdministration learners = ApiSystemTestServer.bean(LearnerAdministration.class);
        for (int i = 0; i < count; i++) {
            VisibleLearner enrolled = enrol(cohort, DisabilityStatus.UNDISCLOSED);
            VisibleLearner inCentre = ApiSystemTestServer.asSystem(() -> learners.startCentre(enrolled.id(),
                    enrolled.version(), COHORT_START));
            VisibleLearner left = ApiSystemTestServer.asSystem(() -> learners.dropOut(inCentre.id(), inCentre.version(),
                    leftOn, DropOutReason.FOUND_EMPLOYMENT));
            situation.ifPresent(found -> ApiSystemTestServer.asSystem(() -> ApiSystemTestServer.bean(OutcomeRecording.class)
                    .record(left.id(), new OutcomeDetails(leftOn.plusMonths(6).minusDays(8), found,
                            found.hasEmployer() ? Optional.of(employer.id()) : Optional.empty(), Optional.empty(),
                            Optional.empty()))));
        }
    }

    private static VisibleLearner enrol(Cohort cohort, DisabilityStatus disability) {
        PersonDetails person = new PersonDetails("Awa", "Diallo", "awa." + System.nanoTime() + "@example.org",
                new InclusionProfile(Gender.WOMAN, LocalDate.of(1998, 3, 14), Optional.empty(), true, Diploma.BAC),
                Optional.of(disability));
        return ApiSystemTestServer.asSystem(() -> ApiSystemTestServer.bean(LearnerAdministration.class).enrol(cohort.id(),
                person, COHORT_START));
    }
}

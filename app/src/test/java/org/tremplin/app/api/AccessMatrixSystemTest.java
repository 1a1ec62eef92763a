package org.tremplin.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Instant;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tremplin.application.access.TokenAdministration;
import org.tremplin.domain.access.ApiToken;
import org.tremplin.domain.identity.Permission;
import org.tremplin.application.applicant.ApplicantSelection;
import org.tremplin.application.applicant.VisibleApplicant;
import org.tremplin.application.funding.FundingAdministration;
import org.tremplin.application.learner.VisibleLearner;
import org.tremplin.application.outcome.OutcomeDetails;
import org.tremplin.application.outcome.OutcomeRecording;
import org.tremplin.application.workstudy.ContractTerms;
import org.tremplin.application.workstudy.WorkStudyAdministration;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.funding.FundingCommitment;
import org.tremplin.domain.funding.ParityRule;
import org.tremplin.domain.outcome.EmploymentOutcome;
import org.tremplin.domain.outcome.Situation;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.partner.PartnerKind;
import org.tremplin.domain.partner.PartnerRole;
import org.tremplin.domain.person.DisabilityStatus;
import org.tremplin.domain.school.School;
import org.tremplin.domain.workstudy.ContractKind;
import org.tremplin.domain.workstudy.WorkStudyContract;

/**
 * Every endpoint denies by default: for each route the server really has, a call without a token
 * is 401, a token lacking the one scope the route needs is 403, and a token limited to another
 * school neither sees nor changes this school's records. A new route fails
 * {@link #the_matrix_covers_every_route_the_server_answers} until it is added here.
 */
class AccessMatrixSystemTest {
    private static World world;

    /** What a token limited to another school gets on this school's records. */
    enum OtherSchool {
        /** 403: the record or the request belongs to a school outside the token's scope. */
        REFUSED,
        /** 200, but the list leaves this school's records out. */
        LEFT_OUT,
        /** Network-wide work (a new school, the change feed, network indicators): refused to any scoped token. */
        NETWORK_ONLY,
        /** Not tied to a school: programmes, templates. */
        NOT_SCHOOL_BOUND,
        /** A file import: every row naming this school is refused (422), nothing is written. */
        ROWS_REFUSED
    }

    /**
     * @param scope the scope the route needs: a token with every other one is refused; empty when
     *     any authenticated caller may use it
     * @param insufficient for a route that several scopes open, a set of scopes that opens none of them
     */
    record Endpoint(String method, String template, Optional<Permission> scope, OtherSchool otherSchool,
                    Function<World, String> path, Function<World, String> body, boolean needsIfMatch,
                    Optional<Set<Permission>> insufficient) {
        Endpoint(String method, String template, Optional<Permission> scope, OtherSchool otherSchool,
                 Function<World, String> path, Function<World, String> body, boolean needsIfMatch) {
            this(method, template, scope, otherSchool, path, body, needsIfMatch, Optional.empty());
        }

        String route() {
            return method + " " + template;
        }

        @Override
        public String toString() {
            return route();
        }
    }

    record World(School school, Cohort cohort, VisibleApplicant applicant, VisibleLearner learner, Partner funder,
                 Partner otherFunder, Partner host, FundingCommitment commitment, ParityRule parity,
                 WorkStudyContract contract, EmploymentOutcome outcome, ApiToken token, School otherSchool) {
    }

    @BeforeAll
    static void world() {
        School school = Fixtures.school();
        Cohort cohort = Fixtures.cohort(school);
        VisibleLearner learner = Fixtures.learner(cohort, DisabilityStatus.RECOGNISED);
        VisibleApplicant applicant = ApiSystemTestServer.asSystem(() -> ApiSystemTestServer.bean(ApplicantSelection.class)
                .apply(cohort.id(), Fixtures.person(DisabilityStatus.UNDISCLOSED), LocalDate.of(2025, 6, 1)));
        Partner funder = Fixtures.partner(PartnerKind.REGION, school, PartnerRole.FUNDER);
        Partner otherFunder = Fixtures.partner(PartnerKind.TECH_COMPANY, school, PartnerRole.FUNDER);
        Partner host = Fixtures.partner(PartnerKind.TECH_COMPANY, school, PartnerRole.WORK_STUDY_HOST,
                PartnerRole.RECRUITER);
        FundingAdministration funding = ApiSystemTestServer.bean(FundingAdministration.class);
        FundingCommitment commitment = ApiSystemTestServer.asSystem(() -> funding.commit(funder.id(), school.id(),
                Optional.empty(), "150000.00", 2025));
        ParityRule parity = ApiSystemTestServer.asSystem(() -> funding.declareParity(school.id(), Optional.empty(),
                funder.id(), otherFunder.id()));
        WorkStudyContract contract = ApiSystemTestServer.asSystem(() -> ApiSystemTestServer.bean(WorkStudyAdministration.class)
                .sign(learner.id(), host.id(), new ContractTerms(ContractKind.APPRENTICESHIP,
                        LocalDate.of(2026, 5, 4), LocalDate.of(2027, 5, 3), "Développeuse data", "Tutrice")));
        VisibleLearner leaver = Fixtures.leaver(cohort);
        EmploymentOutcome outcome = ApiSystemTestServer.asSystem(() -> ApiSystemTestServer.bean(OutcomeRecording.class)
                .record(leaver.id(), new OutcomeDetails(LocalDate.of(2026, 1, 5), Situation.FURTHER_STUDIES,
                        Optional.empty(), Optional.empty(), Optional.empty())));
        ApiToken token = ApiSystemTestServer.asSystem(() -> ApiSystemTestServer.bean(TokenAdministration.class).issueToken(
                "matrix", Set.of(Permission.READ_INDICATORS), Optional.empty(),
                Instant.now().plus(Duration.ofDays(1)))).token();
        world = new World(school, cohort, applicant, learner, funder, otherFunder, host, commitment, parity, contract,
                outcome, token, Fixtures.school());
    }

    static List<Endpoint> endpoints() {
        return List.of(
                get("/api/v1/schools", Permission.READ_NETWORK, OtherSchool.LEFT_OUT, w -> "/api/v1/schools?size=500"),
                post("/api/v1/schools", Permission.MANAGE_NETWORK, OtherSchool.NETWORK_ONLY, w -> "/api/v1/schools",
                        w -> "{\"name\": \"" + Fixtures.unique("École") + "\", \"town\": \"Agde\", "
                                + "\"region\": \"OCCITANIE\", \"departement\": \"34\"}"),
                get("/api/v1/schools/{id}", Permission.READ_NETWORK, OtherSchool.REFUSED,
                        w -> "/api/v1/schools/" + w.school().id()),
                change("PUT", "/api/v1/schools/{id}", Permission.MANAGE_NETWORK, OtherSchool.REFUSED,
                        w -> "/api/v1/schools/" + w.school().id(),
                        w -> "{\"name\": \"" + w.school().name() + "\", \"town\": \"Castelnau-le-Lez\", "
                                + "\"region\": \"OCCITANIE\", \"departement\": \"34\"}"),
                change("POST", "/api/v1/schools/{id}/opening", Permission.MANAGE_NETWORK, OtherSchool.REFUSED,
                        w -> "/api/v1/schools/" + w.school().id() + "/opening", w -> "{\"on\": \"2025-09-01\"}"),
                change("POST", "/api/v1/schools/{id}/closure", Permission.MANAGE_NETWORK, OtherSchool.REFUSED,
                        w -> "/api/v1/schools/" + w.school().id() + "/closure", w -> "{\"on\": \"2025-09-01\"}"),
                get("/api/v1/schools/{id}/parity", Permission.READ_FUNDING, OtherSchool.REFUSED,
                        w -> "/api/v1/schools/" + w.school().id() + "/parity"),

                get("/api/v1/programmes", Permission.READ_NETWORK, OtherSchool.NOT_SCHOOL_BOUND,
                        w -> "/api/v1/programmes"),
                post("/api/v1/programmes", Permission.MANAGE_NETWORK, OtherSchool.NETWORK_ONLY,
                        w -> "/api/v1/programmes", w -> "{\"title\": \"" + Fixtures.unique("Programme") + "\"}"),
                get("/api/v1/programmes/{id}", Permission.READ_NETWORK, OtherSchool.NOT_SCHOOL_BOUND,
                        w -> "/api/v1/programmes/" + w.cohort().programmeId()),
                change("PUT", "/api/v1/programmes/{id}", Permission.MANAGE_NETWORK, OtherSchool.NETWORK_ONLY,
                        w -> "/api/v1/programmes/" + w.cohort().programmeId(),
                        w -> "{\"title\": \"" + Fixtures.unique("Programme") + "\"}"),

                get("/api/v1/cohorts", Permission.READ_NETWORK, OtherSchool.LEFT_OUT, w -> "/api/v1/cohorts?size=500"),
                post("/api/v1/cohorts", Permission.MANAGE_NETWORK, OtherSchool.REFUSED, w -> "/api/v1/cohorts",
                        w -> "{\"schoolId\": \"" + w.school().id() + "\", \"programmeId\": \""
                                + w.cohort().programmeId() + "\", \"name\": \"" + Fixtures.unique("Promo")
                                + "\", \"startDate\": \"2026-10-05\", \"seats\": 20}"),
                get("/api/v1/cohorts/{id}", Permission.READ_NETWORK, OtherSchool.REFUSED,
                        w -> "/api/v1/cohorts/" + w.cohort().id()),
                change("PUT", "/api/v1/cohorts/{id}", Permission.MANAGE_NETWORK, OtherSchool.REFUSED,
                        w -> "/api/v1/cohorts/" + w.cohort().id(),
                        w -> "{\"name\": \"" + w.cohort().name() + "\", \"startDate\": \"2025-10-06\", \"seats\": 24}"),

                get("/api/v1/applicants", Permission.READ_PERSONAL_DATA, OtherSchool.LEFT_OUT,
                        w -> "/api/v1/applicants?size=500"),
                post("/api/v1/applicants", Permission.MANAGE_LEARNERS, OtherSchool.REFUSED, w -> "/api/v1/applicants",
                        w -> "{\"cohortId\": \"" + w.cohort().id() + "\", \"appliedOn\": \"2025-06-02\", \"person\": "
                                + person() + "}"),
                get("/api/v1/applicants/{id}", Permission.READ_PERSONAL_DATA, OtherSchool.REFUSED,
                        w -> "/api/v1/applicants/" + w.applicant().id()),
                change("PUT", "/api/v1/applicants/{id}", Permission.MANAGE_LEARNERS, OtherSchool.REFUSED,
                        w -> "/api/v1/applicants/" + w.applicant().id(), w -> person()),
                change("POST", "/api/v1/applicants/{id}/stage", Permission.MANAGE_LEARNERS, OtherSchool.REFUSED,
                        w -> "/api/v1/applicants/" + w.applicant().id() + "/stage",
                        w -> "{\"stage\": \"PRESELECTED\", \"on\": \"2025-06-10\"}"),
                change("POST", "/api/v1/applicants/{id}/enrolment", Permission.MANAGE_LEARNERS, OtherSchool.REFUSED,
                        w -> "/api/v1/applicants/" + w.applicant().id() + "/enrolment", w -> "{\"on\": \"2025-10-06\"}"),

                get("/api/v1/learners", Permission.READ_PERSONAL_DATA, OtherSchool.LEFT_OUT,
                        w -> "/api/v1/learners?size=500"),
                post("/api/v1/learners", Permission.MANAGE_LEARNERS, OtherSchool.REFUSED, w -> "/api/v1/learners",
                        w -> "{\"cohortId\": \"" + w.cohort().id() + "\", \"enrolledOn\": \"2025-10-06\", \"person\": "
                                + person() + "}"),
                get("/api/v1/learners/{id}", Permission.READ_PERSONAL_DATA, OtherSchool.REFUSED,
                        w -> "/api/v1/learners/" + w.learner().id()),
                change("PUT", "/api/v1/learners/{id}", Permission.MANAGE_LEARNERS, OtherSchool.REFUSED,
                        w -> "/api/v1/learners/" + w.learner().id(), w -> person()),
                learnerTransition("centre-start", "{\"on\": \"2025-10-06\"}"),
                learnerTransition("work-study-start", "{\"on\": \"2026-05-04\"}"),
                learnerTransition("graduation", "{\"on\": \"2027-05-03\"}"),
                learnerTransition("drop-out", "{\"on\": \"2026-01-05\", \"reason\": \"RELOCATION\"}"),
                get("/api/v1/learners/import/template", null, OtherSchool.NOT_SCHOOL_BOUND,
                        w -> "/api/v1/learners/import/template"),
                csvImport("/api/v1/learners/import", Permission.MANAGE_LEARNERS, w -> """
                        cohort_id,given_name,family_name,email,enrolled_on,gender,date_of_birth,\
                        priority_neighbourhood,highest_diploma
                        %s,Nour,Haddad,nour.%d@example.org,2025-10-06,WOMAN,2001-04-02,oui,BAC
                        """.formatted(w.cohort().id(), System.nanoTime())),

                get("/api/v1/partners", Permission.READ_NETWORK, OtherSchool.NOT_SCHOOL_BOUND,
                        w -> "/api/v1/partners?size=500"),
                post("/api/v1/partners", Permission.MANAGE_NETWORK, OtherSchool.NOT_SCHOOL_BOUND,
                        w -> "/api/v1/partners",
                        w -> "{\"legalName\": \"" + Fixtures.unique("Département de l'Hérault")
                                + "\", \"kind\": \"DEPARTEMENT\"}"),
                get("/api/v1/partners/{id}", Permission.READ_NETWORK, OtherSchool.NOT_SCHOOL_BOUND,
                        w -> "/api/v1/partners/" + w.funder().id()),
                change("PUT", "/api/v1/partners/{id}", Permission.MANAGE_NETWORK, OtherSchool.NETWORK_ONLY,
                        w -> "/api/v1/partners/" + w.funder().id(),
                        w -> "{\"legalName\": \"" + w.funder().legalName() + "\", \"kind\": \"REGION\"}"),
                change("POST", "/api/v1/partners/{id}/engagements", Permission.MANAGE_NETWORK, OtherSchool.REFUSED,
                        w -> "/api/v1/partners/" + w.funder().id() + "/engagements",
                        w -> "{\"schoolId\": \"" + w.school().id() + "\", \"roles\": [\"FUNDER\", \"TEACHING\"]}"),

                get("/api/v1/funding-commitments", Permission.READ_FUNDING, OtherSchool.LEFT_OUT,
                        w -> "/api/v1/funding-commitments?size=500"),
                post("/api/v1/funding-commitments", Permission.MANAGE_FUNDING, OtherSchool.REFUSED,
                        w -> "/api/v1/funding-commitments",
                        w -> "{\"funderId\": \"" + w.funder().id() + "\", \"schoolId\": \"" + w.school().id()
                                + "\", \"amount\": \"1000.00\", \"year\": 2026}"),
                get("/api/v1/funding-commitments/{id}", Permission.READ_FUNDING, OtherSchool.REFUSED,
                        w -> "/api/v1/funding-commitments/" + w.commitment().id()),
                change("PUT", "/api/v1/funding-commitments/{id}", Permission.MANAGE_FUNDING, OtherSchool.REFUSED,
                        w -> "/api/v1/funding-commitments/" + w.commitment().id(),
                        w -> "{\"amount\": \"150000.00\", \"year\": 2025}"),
                change("DELETE", "/api/v1/funding-commitments/{id}", Permission.MANAGE_FUNDING, OtherSchool.REFUSED,
                        w -> "/api/v1/funding-commitments/" + w.commitment().id(), w -> null),
                post("/api/v1/parity-rules", Permission.MANAGE_FUNDING, OtherSchool.REFUSED,
                        w -> "/api/v1/parity-rules",
                        w -> "{\"schoolId\": \"" + w.school().id() + "\", \"cohortId\": \"" + w.cohort().id()
                                + "\", \"firstFunderId\": \"" + w.funder().id() + "\", \"secondFunderId\": \""
                                + w.otherFunder().id() + "\"}"),
                change("DELETE", "/api/v1/parity-rules/{id}", Permission.MANAGE_FUNDING, OtherSchool.REFUSED,
                        w -> "/api/v1/parity-rules/" + w.parity().id(), w -> null),

                get("/api/v1/work-study-contracts", Permission.READ_CONTRACTS, OtherSchool.LEFT_OUT,
                        w -> "/api/v1/work-study-contracts?size=500"),
                post("/api/v1/work-study-contracts", Permission.MANAGE_CONTRACTS, OtherSchool.REFUSED,
                        w -> "/api/v1/work-study-contracts",
                        w -> "{\"learnerId\": \"" + w.learner().id() + "\", \"hostId\": \"" + w.host().id()
                                + "\", \"kind\": \"APPRENTICESHIP\", \"startDate\": \"2027-06-01\", "
                                + "\"plannedEndDate\": \"2027-12-01\", \"jobTitle\": \"Data\", \"tutorName\": \"T\"}"),
                get("/api/v1/work-study-contracts/{id}", Permission.READ_CONTRACTS, OtherSchool.REFUSED,
                        w -> "/api/v1/work-study-contracts/" + w.contract().id()),
                change("PUT", "/api/v1/work-study-contracts/{id}", Permission.MANAGE_CONTRACTS, OtherSchool.REFUSED,
                        w -> "/api/v1/work-study-contracts/" + w.contract().id(),
                        w -> "{\"kind\": \"APPRENTICESHIP\", \"startDate\": \"2026-05-04\", "
                                + "\"plannedEndDate\": \"2027-05-03\", \"jobTitle\": \"Data\", \"tutorName\": \"T\"}"),
                change("POST", "/api/v1/work-study-contracts/{id}/break", Permission.MANAGE_CONTRACTS,
                        OtherSchool.REFUSED, w -> "/api/v1/work-study-contracts/" + w.contract().id() + "/break",
                        w -> "{\"on\": \"2026-09-01\", \"by\": \"EMPLOYER\"}"),

                get("/api/v1/outcomes", Permission.READ_OUTCOMES, OtherSchool.LEFT_OUT, w -> "/api/v1/outcomes?size=500"),
                post("/api/v1/outcomes", Permission.WRITE_OUTCOMES, OtherSchool.REFUSED, w -> "/api/v1/outcomes",
                        w -> "{\"learnerId\": \"" + w.outcome().learnerId() + "\", \"observedOn\": \"2026-02-05\", "
                                + "\"situation\": \"JOB_SEEKING\"}"),
                get("/api/v1/outcomes/{id}", Permission.READ_OUTCOMES, OtherSchool.REFUSED,
                        w -> "/api/v1/outcomes/" + w.outcome().id()),
                change("PUT", "/api/v1/outcomes/{id}", Permission.WRITE_OUTCOMES, OtherSchool.REFUSED,
                        w -> "/api/v1/outcomes/" + w.outcome().id(),
                        w -> "{\"observedOn\": \"2026-01-05\", \"situation\": \"FURTHER_STUDIES\"}"),
                change("DELETE", "/api/v1/outcomes/{id}", Permission.WRITE_OUTCOMES, OtherSchool.REFUSED,
                        w -> "/api/v1/outcomes/" + w.outcome().id(), w -> null),
                get("/api/v1/outcomes/import/template", null, OtherSchool.NOT_SCHOOL_BOUND,
                        w -> "/api/v1/outcomes/import/template"),
                csvImport("/api/v1/outcomes/import", Permission.WRITE_OUTCOMES, w -> """
                        learner_id,observed_on,situation
                        %s,2026-03-02,JOB_SEEKING
                        """.formatted(w.outcome().learnerId())),

                get("/api/v1/indicators/network", Permission.READ_INDICATORS, OtherSchool.NETWORK_ONLY,
                        w -> "/api/v1/indicators/network"),
                get("/api/v1/indicators/regions/{region}", Permission.READ_INDICATORS, OtherSchool.NETWORK_ONLY,
                        w -> "/api/v1/indicators/regions/OCCITANIE"),
                get("/api/v1/indicators/schools/{id}", Permission.READ_INDICATORS, OtherSchool.REFUSED,
                        w -> "/api/v1/indicators/schools/" + w.school().id()),
                get("/api/v1/indicators/cohorts/{id}", Permission.READ_INDICATORS, OtherSchool.REFUSED,
                        w -> "/api/v1/indicators/cohorts/" + w.cohort().id()),
                get("/api/v1/indicators/partners/{id}", Permission.READ_INDICATORS, OtherSchool.NETWORK_ONLY,
                        w -> "/api/v1/indicators/partners/" + w.host().id()),

                // Any scope that reads records opens the feed (filtered to those records): refused with none of them.
                new Endpoint("GET", "/api/v1/changes", Optional.empty(), OtherSchool.NETWORK_ONLY,
                        w -> "/api/v1/changes", w -> null, false,
                        Optional.of(EnumSet.of(Permission.READ_INDICATORS, Permission.MANAGE_NETWORK))),

                get("/api/v1/api-tokens", Permission.MANAGE_ACCESS, OtherSchool.NETWORK_ONLY,
                        w -> "/api/v1/api-tokens"),
                post("/api/v1/api-tokens", Permission.MANAGE_ACCESS, OtherSchool.NETWORK_ONLY,
                        w -> "/api/v1/api-tokens",
                        w -> "{\"name\": \"x\", \"scopes\": [\"READ_INDICATORS\"], \"expiresAt\": \""
                                + Instant.now().plus(Duration.ofDays(2)) + "\"}"),
                get("/api/v1/api-tokens/{id}", Permission.MANAGE_ACCESS, OtherSchool.NETWORK_ONLY,
                        w -> "/api/v1/api-tokens/" + w.token().id()),
                change("DELETE", "/api/v1/api-tokens/{id}", Permission.MANAGE_ACCESS, OtherSchool.NETWORK_ONLY,
                        w -> "/api/v1/api-tokens/" + w.token().id(), w -> null));
    }

    @Test
    void the_matrix_covers_every_route_the_server_answers() {
        Set<String> covered = endpoints().stream().map(Endpoint::route).collect(Collectors.toCollection(TreeSet::new));

        assertThat(covered).isEqualTo(ApiRoutes.served());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void without_a_token_every_route_answers_401(Endpoint endpoint) {
        Api.Reply reply = call(Api.anonymous(), endpoint);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void a_revoked_or_unknown_token_is_401(Endpoint endpoint) {
        Api.Reply reply = call(Api.withToken("trp_" + "x".repeat(43)), endpoint);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void a_token_without_the_routes_scope_answers_403(Endpoint endpoint) {
        String token = endpoint.insufficient().map(scopes -> Tokens.issue(scopes, Optional.empty()))
                .orElseGet(() -> endpoint.scope().map(Tokens::allScopesBut)
                        .orElseGet(() -> Tokens.withScopes(Permission.READ_INDICATORS)));
        Api.Reply reply = call(Api.withToken(token), endpoint);

        if (endpoint.scope().isEmpty() && endpoint.insufficient().isEmpty()) {
            assertThat(reply.status()).as("any authenticated caller: " + reply).isEqualTo(200);
        } else {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
            assertThat(reply.json().get("code").getStringValue()).isEqualTo("access.permission-missing");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void a_token_for_another_school_neither_sees_nor_changes_this_ones(Endpoint endpoint) {
        Api.Reply reply = call(Api.withToken(Tokens.allScopesFor(world.otherSchool().id())), endpoint);

        switch (endpoint.otherSchool()) {
            case REFUSED, NETWORK_ONLY -> {
                assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
                assertThat(reply.json().get("code").getStringValue()).startsWith("access.");
            }
            case LEFT_OUT -> {
                assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
                assertThat(reply.body()).doesNotContain(world.school().id().toString())
                        .doesNotContain(world.learner().id().toString());
            }
            case NOT_SCHOOL_BOUND -> assertThat(reply.status()).as(reply.toString()).isIn(200, 201);
            case ROWS_REFUSED -> {
                assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
                assertThat(reply.body()).contains("access.school-out-of-scope");
            }
        }
    }

    private static Api.Reply call(Api caller, Endpoint endpoint) {
        String path = endpoint.path().apply(world);
        Api withHeaders = endpoint.needsIfMatch() ? caller.header("If-Match", currentEtag(path)) : caller;
        String body = endpoint.body().apply(world);
        if (endpoint.template().endsWith("/import")) {
            return withHeaders.postBytes(path, "text/csv", body.getBytes(StandardCharsets.UTF_8));
        }
        return switch (endpoint.method()) {
            case "GET" -> withHeaders.get(path);
            case "DELETE" -> withHeaders.delete(path);
            default -> withHeaders.method(endpoint.method(), path, body);
        };
    }

    /** The record's ETag as an administrator reads it; a refused call must still have a valid one to be judged on scope. */
    private static String currentEtag(String path) {
        String record = path.replaceAll("/(opening|closure|stage|enrolment|centre-start|work-study-start|graduation"
                + "|drop-out|engagements|break)$", "");
        if (record.startsWith("/api/v1/parity-rules/")) {
            return "\"" + world.parity().version() + "\"";
        }
        Api.Reply current = Api.withToken(admin()).get(record);
        assertThat(current.status()).as("reading " + record + ": " + current).isEqualTo(200);
        return current.etag();
    }

    private static String adminToken;

    private static synchronized String admin() {
        if (adminToken == null) {
            adminToken = Tokens.issue(EnumSet.allOf(Permission.class), Optional.empty());
        }
        return adminToken;
    }

    private static String person() {
        return "{\"givenName\": \"Inès\", \"familyName\": \"Benali\", \"email\": \"ines." + System.nanoTime()
                + "@example.org\", \"gender\": \"WOMAN\", \"dateOfBirth\": \"1999-02-11\", "
                + "\"highestDiploma\": \"BAC_PLUS_2\"}";
    }

    private static Endpoint get(String template, Permission scope, OtherSchool otherSchool,
                                Function<World, String> path) {
        return new Endpoint("GET", template, Optional.ofNullable(scope), otherSchool, path, w -> null, false);
    }

    private static Endpoint post(String template, Permission scope, OtherSchool otherSchool,
                                 Function<World, String> path, Function<World, String> body) {
        return new Endpoint("POST", template, Optional.of(scope), otherSchool, path, body, false);
    }

    private static Endpoint change(String method, String template, Permission scope, OtherSchool otherSchool,
                                   Function<World, String> path, Function<World, String> body) {
        return new Endpoint(method, template, Optional.of(scope), otherSchool, path, body, true);
    }

    private static Endpoint learnerTransition(String action, String body) {
        return change("POST", "/api/v1/learners/{id}/" + action, Permission.MANAGE_LEARNERS, OtherSchool.REFUSED,
                w -> "/api/v1/learners/" + w.learner().id() + "/" + action, w -> body);
    }

    private static Endpoint csvImport(String template, Permission scope, Function<World, String> file) {
        return new Endpoint("POST", template, Optional.of(scope), OtherSchool.ROWS_REFUSED, w -> template, file, false);
    }
}

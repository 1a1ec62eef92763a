package org.tremplin.domain.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ErrorCodes")
class ErrorCodesTest {

    private static Map<String, String> codes() {
        return codes(ErrorCodes.class);
    }

    private static Map<String, String> codes(Class<?> holder) {
        return Arrays.stream(holder.getDeclaredFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .collect(Collectors.toMap(Field::getName, ErrorCodesTest::read));
    }

    private static String read(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    @DisplayName("keeps every stable code exactly as clients know it")
    void codesAreStable() {
        assertThat(codes()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("REQUIRED", "value.required"),
                Map.entry("TOO_LONG", "value.too-long"),
                Map.entry("OUT_OF_RANGE", "value.out-of-range"),
                Map.entry("BAD_FORMAT", "value.bad-format"),
                Map.entry("DATE_ORDER", "date.order"),
                Map.entry("DATE_IN_FUTURE", "date.in-future"),
                Map.entry("DEPARTEMENT_UNKNOWN", "school.departement-unknown"),
                Map.entry("DEPARTEMENT_NOT_IN_REGION", "school.departement-not-in-region"),
                Map.entry("SCHOOL_TRANSITION", "school.illegal-transition"),
                Map.entry("SIRET_CHECKSUM", "partner.siret-checksum"),
                Map.entry("SIRET_REQUIRED", "partner.siret-required"),
                Map.entry("RNCP_FORMAT", "programme.rncp-format"),
                Map.entry("EMAIL_FORMAT", "person.email-format"),
                Map.entry("TOO_YOUNG", "person.too-young"),
                Map.entry("APPLICANT_TRANSITION", "applicant.illegal-transition"),
                Map.entry("LEARNER_TRANSITION", "learner.illegal-transition"),
                Map.entry("PARITY_SAME_FUNDER", "funding.parity-same-funder"),
                Map.entry("AMOUNT_NOT_POSITIVE", "funding.amount-not-positive"),
                Map.entry("CONTRACT_OVERLAP", "contract.overlap"),
                Map.entry("CONTRACT_ALREADY_BROKEN", "contract.already-broken"),
                Map.entry("CONTRACT_BREAK_OUTSIDE", "contract.break-outside-contract"),
                Map.entry("EMPLOYER_REQUIRED", "outcome.employer-required"),
                Map.entry("EMPLOYER_NOT_APPLICABLE", "outcome.employer-not-applicable"),
                Map.entry("ACCOUNT_MANAGER_NEEDS_SCHOOL", "account.manager-needs-school"),
                Map.entry("ACCOUNT_PASSWORD_LENGTH", "account.password-length"),
                Map.entry("TOKEN_EXPIRY", "token.expiry-out-of-range"),
                Map.entry("TOKEN_SECRET_FORMAT", "token.secret-format"),
                Map.entry("TOKEN_ALREADY_REVOKED", "token.already-revoked"),
                Map.entry("PERMISSION_MISSING", "access.permission-missing"),
                Map.entry("SCHOOL_OUT_OF_SCOPE", "access.school-out-of-scope"),
                Map.entry("NETWORK_WIDE_ONLY", "access.network-wide-only"),
                Map.entry("GRANT_EXCEEDS_OWN", "access.grant-exceeds-own"),
                Map.entry("LAST_ADMINISTRATOR", "account.last-administrator"),
                Map.entry("LEARNER_NOT_LEFT", "outcome.learner-not-left"),
                Map.entry("HOST_NOT_ENGAGED", "contract.host-not-engaged"),
                Map.entry("FUNDER_NOT_ENGAGED", "funding.funder-not-engaged"),
                Map.entry("COHORT_OF_OTHER_SCHOOL", "funding.cohort-of-other-school"),
                Map.entry("STALE_VERSION", "record.stale-version"),
                Map.entry("ALREADY_EXISTS", "record.already-exists"),
                Map.entry("DUPLICATE", "record.duplicate"),
                Map.entry("REFERENCE_MISSING", "record.reference-missing"),
                Map.entry("IN_USE", "record.in-use"),
                Map.entry("LEARNER_EMAIL_TAKEN", "learner.email-taken"),
                Map.entry("ACCOUNT_EMAIL_TAKEN", "account.email-taken"),
                Map.entry("TOKEN_SECRET_TAKEN", "token.secret-taken"),
                Map.entry("SCHOOL_NOT_FOUND", "school.not-found"),
                Map.entry("PROGRAMME_NOT_FOUND", "programme.not-found"),
                Map.entry("COHORT_NOT_FOUND", "cohort.not-found"),
                Map.entry("APPLICANT_NOT_FOUND", "applicant.not-found"),
                Map.entry("LEARNER_NOT_FOUND", "learner.not-found"),
                Map.entry("PARTNER_NOT_FOUND", "partner.not-found"),
                Map.entry("FUNDING_COMMITMENT_NOT_FOUND", "funding-commitment.not-found"),
                Map.entry("PARITY_RULE_NOT_FOUND", "parity-rule.not-found"),
                Map.entry("WORK_STUDY_CONTRACT_NOT_FOUND", "work-study-contract.not-found"),
                Map.entry("EMPLOYMENT_OUTCOME_NOT_FOUND", "employment-outcome.not-found"),
                Map.entry("ACCOUNT_NOT_FOUND", "account.not-found"),
                Map.entry("TOKEN_NOT_FOUND", "token.not-found"),
                Map.entry("IMPORT_COLUMN_UNKNOWN", "import.column-unknown"),
                Map.entry("IMPORT_COLUMN_MISSING", "import.column-missing"),
                Map.entry("IMPORT_DUPLICATE_IN_FILE", "import.duplicate-in-file"),
                Map.entry("IMPORT_ALREADY_RECORDED", "import.already-recorded"),
                Map.entry("IMPORT_ROWS_INVALID", "import.rows-invalid"),
                Map.entry("IDEMPOTENCY_KEY_REUSED", "idempotency.key-reused"),
                Map.entry("IDEMPOTENCY_IN_PROGRESS", "idempotency.in-progress"),
                Map.entry("IDEMPOTENCY_NOT_CLAIMED", "idempotency.not-claimed"),
                Map.entry("SERVICE_UNAVAILABLE", "service.unavailable")));
    }

    @Test
    @DisplayName("keeps the protocol's codes exactly as clients know them, apart from the network's")
    void requestCodesAreStable() {
        assertThat(codes(ErrorCodes.Requests.class)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("MALFORMED", "request.malformed"),
                Map.entry("REFUSED", "request.refused"),
                Map.entry("TOO_LARGE", "request.too-large"),
                Map.entry("IF_MATCH_REQUIRED", "request.if-match-required"),
                Map.entry("UNAUTHENTICATED", "access.unauthenticated"),
                Map.entry("FORBIDDEN", "access.forbidden"),
                Map.entry("ROUTE_NOT_FOUND", "route.not-found"),
                Map.entry("METHOD_NOT_ALLOWED", "route.method-not-allowed"),
                Map.entry("MEDIA_TYPE_NOT_ACCEPTABLE", "media-type.not-acceptable"),
                Map.entry("MEDIA_TYPE_UNSUPPORTED", "media-type.unsupported"),
                Map.entry("SERVER_ERROR", "server.error")));
        assertThat(codes(ErrorCodes.Requests.class).values()).doesNotContainAnyElementsOf(codes().values());
    }

    @Test
    @DisplayName("builds the codes of records not found and of unique values taken as the catalogue has them")
    void builtCodesAreTheCatalogues() {
        assertThat(new NotFoundException("work-study-contract", "x").code())
                .isEqualTo(ErrorCodes.WORK_STUDY_CONTRACT_NOT_FOUND);
        assertThat(ConflictException.taken("learner", "email").code()).isEqualTo(ErrorCodes.LEARNER_EMAIL_TAKEN);
        assertThat(ErrorCodes.notFound("account")).isEqualTo(ErrorCodes.ACCOUNT_NOT_FOUND);
        assertThat(ErrorCodes.taken("token", "secret")).isEqualTo(ErrorCodes.TOKEN_SECRET_TAKEN);
    }

    @Test
    @DisplayName("gives every rule its own code")
    void codesAreUnique() {
        List<String> values = List.copyOf(codes().values());

        assertThat(values).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("writes codes as dotted lower-case words")
    void codesAreDottedLowerCase() {
        assertThat(codes().values()).allSatisfy(code -> assertThat(code).matches("[a-z]+(-[a-z]+)*\\.[a-z-]+"));
    }
}

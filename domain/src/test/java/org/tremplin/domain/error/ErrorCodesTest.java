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
        return Arrays.stream(ErrorCodes.class.getDeclaredFields())
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
                Map.entry("GRANT_EXCEEDS_OWN", "access.grant-exceeds-own"),
                Map.entry("LAST_ADMINISTRATOR", "account.last-administrator")));
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
        assertThat(codes().values()).allSatisfy(code -> assertThat(code).matches("[a-z]+\\.[a-z-]+"));
    }
}

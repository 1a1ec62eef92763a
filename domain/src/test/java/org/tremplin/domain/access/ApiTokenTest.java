package org.tremplin.domain.access;

import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.identity.Permission;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tremplin.domain.access.UserAccountTest.assertInvalid;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.error.RuleViolationException;
import org.tremplin.domain.school.SchoolId;

class ApiTokenTest {
    private static final Instant CREATED = Instant.parse("2026-01-12T09:00:00.123456789Z");
    private static final Set<Permission> READ = EnumSet.of(Permission.READ_NETWORK, Permission.READ_INDICATORS);

    @Test
    void a_name_has_one_to_eighty_characters_and_scopes_are_never_empty() {
        assertThat(token("x".repeat(80), READ, CREATED.plus(Duration.ofDays(1))).name()).hasSize(80);
        assertInvalid(() -> token("x".repeat(81), READ, CREATED.plus(Duration.ofDays(1))), "name", ErrorCodes.TOO_LONG);
        assertInvalid(() -> token("", READ, CREATED.plus(Duration.ofDays(1))), "name", ErrorCodes.REQUIRED);
        assertInvalid(() -> token("ETL", Set.of(), CREATED.plus(Duration.ofDays(1))), "scopes", ErrorCodes.REQUIRED);
    }

    @Test
    void a_token_expires_after_its_creation_and_at_most_two_years_later() {
        Instant twoYears = Instant.parse("2028-01-12T09:00:00.123456Z");

        assertThat(token("ETL", READ, twoYears).expiresAt()).isEqualTo(twoYears);
        assertInvalid(() -> token("ETL", READ, twoYears.plusNanos(1000)), "expiresAt", ErrorCodes.TOKEN_EXPIRY);
        assertInvalid(() -> token("ETL", READ, CREATED), "expiresAt", ErrorCodes.TOKEN_EXPIRY);
        assertInvalid(() -> token("ETL", READ, CREATED.minusSeconds(1)), "expiresAt", ErrorCodes.TOKEN_EXPIRY);
    }

    @Test
    void instants_are_kept_to_the_microsecond_as_a_database_keeps_them() {
        assertThat(token("ETL", READ, CREATED.plus(Duration.ofDays(1))).createdAt())
                .isEqualTo(Instant.parse("2026-01-12T09:00:00.123456Z"));
    }

    @Test
    void a_token_is_usable_until_it_expires_or_is_revoked_for_good() {
        Instant expiry = CREATED.plus(Duration.ofDays(30));
        ApiToken token = token("ETL", READ, expiry);

        assertThat(token.isUsableAt(CREATED.plusSeconds(1))).isTrue();
        assertThat(token.isUsableAt(token.expiresAt())).isFalse();
        ApiToken revoked = token.revoke(CREATED.plus(Duration.ofDays(2)));
        assertThat(revoked.isUsableAt(CREATED.plus(Duration.ofDays(3)))).isFalse();
        assertThat(revoked.revokedAt()).contains(Instant.parse("2026-01-14T09:00:00.123456Z"));
        assertThatThrownBy(() -> revoked.revoke(CREATED.plus(Duration.ofDays(4))))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        refused -> assertThat(refused.code()).isEqualTo(ErrorCodes.TOKEN_ALREADY_REVOKED));
    }

    @Test
    void acts_under_its_id_with_its_scopes_and_schools() {
        SchoolId school = new SchoolId(UUID.randomUUID());
        ApiToken token = ApiToken.issue(new ApiTokenId(UUID.randomUUID()), "Région", READ, Optional.of(Set.of(school)),
                TokenSecret.chosen("trp_" + "a".repeat(40)), CREATED, "account:x", CREATED.plus(Duration.ofDays(1)));

        Actor actor = token.actor();

        assertThat(actor.name()).isEqualTo("token:" + token.id().value());
        assertThat(actor.permissions()).isEqualTo(READ);
        assertThat(actor.schools()).contains(Set.of(school));
    }

    @Test
    void keeps_the_hash_and_the_first_characters_of_its_secret_never_the_secret() {
        TokenSecret secret = TokenSecret.chosen("trp_0123456789abcdefghijklmnopqrstuvwxyz");
        ApiToken token = ApiToken.issue(new ApiTokenId(UUID.randomUUID()), "ETL", READ, Optional.empty(), secret,
                CREATED, "account:x", CREATED.plus(Duration.ofDays(1)));

        assertThat(token.secretHash()).isEqualTo(TokenSecret.hashOf(secret.value()));
        assertThat(token.secretPrefix()).isEqualTo("trp_01234567");
        assertThat(token.toString()).doesNotContain(secret.value());
    }

    private static ApiToken token(String name, Set<Permission> scopes, Instant expiresAt) {
        return ApiToken.issue(new ApiTokenId(UUID.randomUUID()), name, scopes, Optional.empty(),
                TokenSecret.chosen("trp_" + UUID.randomUUID()), CREATED, "account:x", expiresAt);
    }
}

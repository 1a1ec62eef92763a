package org.tremplin.application.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.identity.Permission;
import org.tremplin.domain.identity.Role;
import org.tremplin.domain.access.UserAccount;
import org.tremplin.domain.school.SchoolId;

class AuthenticationServiceTest {
    private static final String PASSWORD = "tremplin-demo-2026";
    private final AccessFixture fixture = new AccessFixture();
    private final Authentication authentication = fixture.authentication;

    @Test
    void a_usable_token_authenticates_as_itself_with_its_scopes_and_schools() {
        SchoolId school = fixture.schools.add();
        IssuedApiToken issued = fixture.as(Actor.system(), () -> fixture.tokenAdministration.issueToken("Région",
                EnumSet.of(Permission.READ_INDICATORS), Optional.of(Set.of(school)),
                AccessFixture.START.plus(Duration.ofDays(30))));

        Actor actor = authentication.authenticateToken(issued.secret()).orElseThrow();

        assertThat(actor.name()).isEqualTo("token:" + issued.token().id());
        assertThat(actor.permissions()).containsExactly(Permission.READ_INDICATORS);
        assertThat(actor.schools()).contains(Set.of(school));
    }

    @Test
    void an_expired_token_authenticates_nobody() {
        IssuedApiToken issued = fixture.as(Actor.system(), () -> fixture.tokenAdministration.issueToken("Court",
                EnumSet.of(Permission.READ_NETWORK), Optional.empty(), AccessFixture.START.plus(Duration.ofDays(1))));

        fixture.clock.advance(Duration.ofDays(1));

        assertThat(authentication.authenticateToken(issued.secret())).isEmpty();
    }

    @Test
    void anything_that_is_not_a_known_secret_authenticates_nobody_and_throws_nothing() {
        for (String garbage : new String[] {null, "", " ", "trp_", "trp_unknown_but_well_formed_0123456789abcdef",
                "x".repeat(10_000), "trp_é" + "x".repeat(40), "Bearer trp_" + "x".repeat(40)}) {
            assertThat(authentication.authenticateToken(garbage)).as(String.valueOf(garbage).substring(0,
                    Math.min(20, String.valueOf(garbage).length()))).isEmpty();
        }
    }

    @Test
    void the_right_password_signs_in_as_the_account() {
        UserAccount account = fixture.account("admin@example.org", Role.ADMIN, PASSWORD);

        SignInResult result = authentication.signIn("Admin@Example.org", PASSWORD);

        assertThat(result).isEqualTo(new SignInResult.SignedIn(account.actor(), account.id(), "Camille Martin",
                Role.ADMIN));
        assertThat(fixture.audit).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("account.signed-in");
            assertThat(entry.actor()).isEqualTo("account:" + account.id());
        });
    }

    @Test
    void an_unknown_address_is_refused_like_a_wrong_password_after_as_long_a_check() {
        fixture.account("admin@example.org", Role.ADMIN, PASSWORD);
        int before = fixture.hashing.checks.get();

        SignInResult unknown = authentication.signIn("nobody@example.org", PASSWORD);
        SignInResult wrong = authentication.signIn("admin@example.org", "not the password");
        SignInResult notAnAddress = authentication.signIn("not an address", PASSWORD);
        SignInResult nothing = authentication.signIn(null, null);

        assertThat(unknown).isEqualTo(wrong).isEqualTo(notAnAddress).isEqualTo(nothing)
                .isEqualTo(SignInResult.Refused.withoutReason());
        assertThat(fixture.hashing.checks.get() - before).isEqualTo(4);
    }

    @Test
    void failures_are_counted_in_the_name_of_the_system_and_a_success_forgets_them() {
        UserAccount account = fixture.account("admin@example.org", Role.ADMIN, PASSWORD);

        authentication.signIn("admin@example.org", "wrong password 1");
        authentication.signIn("admin@example.org", "wrong password 2");

        assertThat(fixture.accounts.findById(account.id()).orElseThrow().failedSignIns()).isEqualTo(2);
        assertThat(fixture.audit).filteredOn(entry -> entry.action().equals("account.sign-in-failed")).hasSize(2)
                .allSatisfy(entry -> assertThat(entry.actor()).isEqualTo("system"));
        authentication.signIn("admin@example.org", PASSWORD);
        assertThat(fixture.accounts.findById(account.id()).orElseThrow().failedSignIns()).isZero();
    }

    @Test
    void five_failures_lock_the_account_for_fifteen_minutes_even_against_the_right_password() {
        fixture.account("admin@example.org", Role.ADMIN, PASSWORD);
        Instant until = AccessFixture.START.plus(Duration.ofMinutes(15));
        for (int i = 1; i < UserAccount.MAX_FAILED_SIGN_INS; i++) {
            assertThat(authentication.signIn("admin@example.org", "wrong password " + i))
                    .isEqualTo(SignInResult.Refused.withoutReason());
        }

        assertThat(authentication.signIn("admin@example.org", "wrong password 5"))
                .isEqualTo(new SignInResult.Refused(Optional.of(until)));
        int checks = fixture.hashing.checks.get();
        fixture.clock.advance(Duration.ofMinutes(14));
        assertThat(authentication.signIn("admin@example.org", PASSWORD))
                .isEqualTo(new SignInResult.Refused(Optional.of(until)));
        assertThat(fixture.hashing.checks.get()).as("no password is tried while locked").isEqualTo(checks);

        fixture.clock.advance(Duration.ofMinutes(1));
        assertThat(authentication.signIn("admin@example.org", PASSWORD)).isInstanceOf(SignInResult.SignedIn.class);
    }

    @Test
    void a_disabled_account_is_refused_even_with_the_right_password() {
        UserAccount account = fixture.account("gone@example.org", Role.ADMIN, PASSWORD);
        fixture.accounts.save(account.disable());

        assertThat(authentication.signIn("gone@example.org", PASSWORD)).isEqualTo(SignInResult.Refused.withoutReason());
    }

    @Test
    void an_absurdly_long_password_is_refused_without_hashing_it() {
        fixture.account("admin@example.org", Role.ADMIN, PASSWORD);

        assertThat(authentication.signIn("admin@example.org", PASSWORD + "x".repeat(1_000_000)))
                .isEqualTo(SignInResult.Refused.withoutReason());
    }
}

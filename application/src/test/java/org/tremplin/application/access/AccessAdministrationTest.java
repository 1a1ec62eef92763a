package org.tremplin.application.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.access.AccountDetails;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.access.ApiToken;
import org.tremplin.domain.access.ApiTokenId;
import org.tremplin.domain.identity.Permission;
import org.tremplin.domain.identity.Role;
import org.tremplin.domain.access.TokenSecret;
import org.tremplin.domain.access.UserAccount;
import org.tremplin.domain.access.UserAccountId;
import org.tremplin.domain.error.ConflictException;
import org.tremplin.domain.error.ForbiddenException;
import org.tremplin.domain.error.NotFoundException;
import org.tremplin.application.common.PageRequest;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.error.FieldViolation;
import org.tremplin.domain.error.InvalidValueException;
import org.tremplin.domain.error.RuleViolationException;
import org.tremplin.domain.school.SchoolId;

class AccessAdministrationTest {
    private static final Actor ADMIN = new Actor("account:admin", Role.ADMIN.permissions(), Optional.empty());
    private static final Set<Permission> READ = EnumSet.of(Permission.READ_NETWORK, Permission.READ_INDICATORS);
    private static final String PASSWORD = "a long enough password";
    private final AccessFixture fixture = new AccessFixture();
    private final AccountAdministration accountAccess = fixture.accountAdministration;
    private final TokenAdministration tokenAccess = fixture.tokenAdministration;
    private final Instant inAYear = AccessFixture.START.plus(Duration.ofDays(365));

    @Test
    void every_use_case_needs_the_manage_access_permission_and_a_network_wide_caller() {
        Actor manager = new Actor("account:manager", Role.SCHOOL_MANAGER.permissions(), Optional.empty());
        Actor scopedAdmin = new Actor("account:scoped", Role.ADMIN.permissions(),
                Optional.of(Set.of(fixture.schools.add())));
        UserAccountId someone = new UserAccountId(UUID.randomUUID());
        ApiTokenId something = new ApiTokenId(UUID.randomUUID());
        List<Supplier<?>> useCases = List.of(
                () -> tokenAccess.issueToken("ETL", READ, Optional.empty(), inAYear),
                () -> tokenAccess.installToken("ETL", READ, Optional.empty(), inAYear, "x".repeat(40)),
                () -> tokenAccess.revokeToken(something, 1),
                () -> tokenAccess.getToken(something),
                () -> tokenAccess.listTokens(PageRequest.first(10)),
                () -> accountAccess.createAccount(details("new@example.org", Role.FUNDER_VIEWER), PASSWORD),
                () -> accountAccess.changeAccount(someone, 1, details("new@example.org", Role.FUNDER_VIEWER)),
                () -> accountAccess.resetPassword(someone, 1, PASSWORD),
                () -> accountAccess.disableAccount(someone, 1),
                () -> accountAccess.enableAccount(someone, 1),
                () -> accountAccess.getAccount(someone),
                () -> accountAccess.listAccounts(PageRequest.first(10)));

        for (Actor refused : List.of(Actor.anonymous(), manager, scopedAdmin)) {
            for (Supplier<?> useCase : useCases) {
                assertThatThrownBy(() -> fixture.as(refused, useCase)).isInstanceOf(ForbiddenException.class);
            }
        }
        assertThat(fixture.accounts.count()).isZero();
        assertThat(fixture.tokens.count()).isZero();
        assertThat(fixture.audit).isEmpty();
    }

    @Test
    void an_issued_token_shows_its_secret_once_and_keeps_only_its_hash() {
        IssuedApiToken issued = as(ADMIN, () -> tokenAccess.issueToken("  Tableau de bord  ", READ, Optional.empty(), inAYear));

        ApiToken stored = fixture.tokens.findById(issued.token().id()).orElseThrow();
        assertThat(issued.secret()).matches("trp_[A-Za-z0-9_-]{43}");
        assertThat(stored).isEqualTo(issued.token());
        assertThat(stored.name()).isEqualTo("Tableau de bord");
        assertThat(stored.secretHash()).isEqualTo(TokenSecret.hashOf(issued.secret()));
        assertThat(stored.secretPrefix()).isEqualTo(issued.secret().substring(0, 12));
        assertThat(stored.createdAt()).isEqualTo(AccessFixture.START);
        assertThat(stored.createdBy()).isEqualTo("account:admin");
        assertThat(stored.toString()).doesNotContain(issued.secret());
        assertThat(issued.toString()).doesNotContain(issued.secret());
        assertThat(fixture.audit).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("token.issued");
            assertThat(entry.actor()).isEqualTo("account:admin");
            assertThat(entry.recordId()).isEqualTo(stored.id().toString());
        });
        assertThat(fixture.authentication.authenticateToken(issued.secret())).contains(stored.actor());
    }

    @Test
    void an_installed_token_works_with_the_secret_chosen() {
        String secret = "trp_migrated_from_the_old_system_0001";

        ApiToken token = as(ADMIN, () -> tokenAccess.installToken("Ancien ETL", READ, Optional.empty(), inAYear, secret));

        assertThat(token.secretPrefix()).isEqualTo("trp_migrated");
        assertThat(fixture.authentication.authenticateToken(secret)).contains(token.actor());
        assertThat(fixture.audit).extracting(entry -> entry.action()).containsExactly("token.installed");
        assertThatThrownBy(() -> as(ADMIN, () -> tokenAccess.installToken("Copie", READ, Optional.empty(), inAYear, secret)))
                .isInstanceOfSatisfying(ConflictException.class,
                        conflict -> assertThat(conflict.code()).isEqualTo("token.secret-taken"));
    }

    @Test
    void a_token_request_is_checked_whole_and_every_mistake_reported_at_once() {
        assertThatThrownBy(() -> as(ADMIN, () -> tokenAccess.installToken(" ", Set.of(), Optional.of(Set.of()), null, "short")))
                .isInstanceOfSatisfying(InvalidValueException.class, invalid -> assertThat(invalid.violations())
                        .extracting(FieldViolation::field)
                        .containsExactly("name", "scopes", "schools", "expiresAt", "secret"));
        assertThat(fixture.tokens.count()).isZero();
    }

    @Test
    void a_token_expires_in_the_future_and_at_most_two_years_ahead() {
        Instant tooLate = AccessFixture.START.plus(Duration.ofDays(2 * 366));

        assertInvalid(() -> as(ADMIN, () -> tokenAccess.issueToken("ETL", READ, Optional.empty(), tooLate)), "expiresAt",
                ErrorCodes.TOKEN_EXPIRY);
        assertInvalid(() -> as(ADMIN, () -> tokenAccess.issueToken("ETL", READ, Optional.empty(),
                AccessFixture.START.minusSeconds(1))), "expiresAt", ErrorCodes.TOKEN_EXPIRY);
    }

    @Test
    void nobody_grants_more_than_they_hold() {
        Actor tokenManager = new Actor("token:integration", EnumSet.of(Permission.MANAGE_ACCESS,
                Permission.READ_NETWORK, Permission.READ_INDICATORS), Optional.empty());

        as(tokenManager, () -> tokenAccess.issueToken("ETL", READ, Optional.empty(), inAYear));
        assertThatThrownBy(() -> as(tokenManager, () -> tokenAccess.issueToken("ETL", EnumSet.of(Permission.READ_PERSONAL_DATA),
                Optional.empty(), inAYear))).isInstanceOfSatisfying(ForbiddenException.class,
                refused -> assertThat(refused.code()).isEqualTo(ErrorCodes.GRANT_EXCEEDS_OWN));
        assertThatThrownBy(() -> as(tokenManager, () -> accountAccess.createAccount(details("boss@example.org", Role.ADMIN),
                PASSWORD))).isInstanceOf(ForbiddenException.class);
        UserAccount admin = fixture.account("admin@example.org", Role.ADMIN, PASSWORD);
        assertThatThrownBy(() -> as(tokenManager, () -> accountAccess.resetPassword(admin.id(), admin.version(),
                "a password I now know"))).isInstanceOf(ForbiddenException.class);
        assertThat(fixture.accounts.findById(admin.id())).contains(admin);
    }

    @Test
    void a_token_is_revoked_once_over_the_version_read_and_stops_working() {
        IssuedApiToken issued = as(ADMIN, () -> tokenAccess.issueToken("ETL", READ, Optional.empty(), inAYear));
        fixture.clock.advance(Duration.ofHours(1));

        assertThatThrownBy(() -> as(ADMIN, () -> tokenAccess.revokeToken(issued.token().id(), issued.token().version() + 1)))
                .isInstanceOfSatisfying(ConflictException.class,
                        conflict -> assertThat(conflict.code()).isEqualTo(ErrorCodes.STALE_VERSION));
        ApiToken revoked = as(ADMIN, () -> tokenAccess.revokeToken(issued.token().id(), issued.token().version()));

        assertThat(revoked.revokedAt()).contains(AccessFixture.START.plus(Duration.ofHours(1)));
        assertThat(fixture.authentication.authenticateToken(issued.secret())).isEmpty();
        assertThatThrownBy(() -> as(ADMIN, () -> tokenAccess.revokeToken(revoked.id(), revoked.version())))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> as(ADMIN, () -> tokenAccess.getToken(new ApiTokenId(UUID.randomUUID()))))
                .isInstanceOfSatisfying(NotFoundException.class,
                        missing -> assertThat(missing.code()).isEqualTo("token.not-found"));
    }

    @Test
    void tokens_are_listed_newest_first() {
        ApiToken first = as(ADMIN, () -> tokenAccess.issueToken("First", READ, Optional.empty(), inAYear)).token();
        fixture.clock.advance(Duration.ofMinutes(1));
        ApiToken second = as(ADMIN, () -> tokenAccess.issueToken("Second", READ, Optional.empty(), inAYear)).token();

        assertThat(as(ADMIN, () -> tokenAccess.listTokens(PageRequest.first(10))).items()).containsExactly(second, first);
    }

    @Test
    void a_new_account_keeps_a_hash_of_its_password_never_the_password() {
        SchoolId school = fixture.schools.add();

        UserAccount account = as(ADMIN, () -> accountAccess.createAccount(new AccountDetails(" Directrice@Example.org ",
                "Élodie Martin", Role.SCHOOL_MANAGER, Optional.of(Set.of(school))), PASSWORD));

        assertThat(account.email().value()).isEqualTo("directrice@example.org");
        assertThat(account.schools()).contains(Set.of(school));
        assertThat(account.enabled()).isTrue();
        assertThat(account.passwordHash()).doesNotContain(PASSWORD);
        assertThat(fixture.hashing.matches(PASSWORD, account.passwordHash())).isTrue();
        assertThat(as(ADMIN, () -> accountAccess.getAccount(account.id()))).isEqualTo(account);
        assertThat(fixture.audit).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("account.created");
            assertThat(entry.toString()).doesNotContain("directrice", "Martin");
        });
    }

    @Test
    void a_password_has_twelve_to_a_hundred_and_twenty_eight_characters() {
        as(ADMIN, () -> accountAccess.createAccount(details("twelve@example.org", Role.ADMIN), "x".repeat(12)));
        as(ADMIN, () -> accountAccess.createAccount(details("longest@example.org", Role.ADMIN), "é".repeat(128)));

        for (String refused : new String[] {null, "", "x".repeat(11), "x".repeat(129), "🔑".repeat(129)}) {
            assertThatThrownBy(() -> as(ADMIN, () -> accountAccess.createAccount(details("refused@example.org", Role.ADMIN),
                    refused))).isInstanceOfSatisfying(InvalidValueException.class, invalid -> {
                        assertThat(invalid.field()).contains("password");
                        assertThat(invalid.code()).isEqualTo(ErrorCodes.ACCOUNT_PASSWORD_LENGTH);
                        if (refused != null && !refused.isEmpty()) {
                            assertThat(invalid.getMessage()).doesNotContain(refused);
                        }
                    });
        }
        assertThat(fixture.accounts.count()).isEqualTo(2);
    }

    @Test
    void account_details_are_checked_whole_with_the_password() {
        assertThatThrownBy(() -> as(ADMIN, () -> accountAccess.createAccount(new AccountDetails("not an address", " ",
                Role.SCHOOL_MANAGER, Optional.empty()), "short")))
                .isInstanceOfSatisfying(InvalidValueException.class, invalid -> assertThat(invalid.violations())
                        .extracting(FieldViolation::field, FieldViolation::code)
                        .containsExactly(
                                tuple("email", ErrorCodes.EMAIL_FORMAT),
                                tuple("displayName", ErrorCodes.REQUIRED),
                                tuple("schools", ErrorCodes.ACCOUNT_MANAGER_NEEDS_SCHOOL),
                                tuple("password", ErrorCodes.ACCOUNT_PASSWORD_LENGTH)));
    }

    @Test
    void an_e_mail_address_belongs_to_one_account_and_a_scope_names_existing_schools() {
        fixture.account("taken@example.org", Role.ADMIN, PASSWORD);

        assertThatThrownBy(() -> as(ADMIN, () -> accountAccess.createAccount(details("TAKEN@example.org", Role.FUNDER_VIEWER),
                PASSWORD))).isInstanceOfSatisfying(ConflictException.class,
                conflict -> assertThat(conflict.code()).isEqualTo("account.email-taken"));
        assertThatThrownBy(() -> as(ADMIN, () -> accountAccess.createAccount(new AccountDetails("new@example.org", "Nouveau",
                Role.FUNDER_VIEWER, Optional.of(Set.of(new SchoolId(UUID.randomUUID())))), PASSWORD)))
                .isInstanceOfSatisfying(NotFoundException.class,
                        missing -> assertThat(missing.code()).isEqualTo("school.not-found"));
        assertThat(fixture.accounts.count()).isEqualTo(1);
    }

    @Test
    void a_change_keeps_the_password_and_is_refused_over_a_stale_version() {
        UserAccount account = fixture.account("viewer@example.org", Role.FUNDER_VIEWER, PASSWORD);
        SchoolId school = fixture.schools.add();

        UserAccount changed = as(ADMIN, () -> accountAccess.changeAccount(account.id(), account.version(),
                new AccountDetails("manager@example.org", "Nouvelle directrice", Role.SCHOOL_MANAGER,
                        Optional.of(Set.of(school)))));

        assertThat(changed.role()).isEqualTo(Role.SCHOOL_MANAGER);
        assertThat(changed.email().value()).isEqualTo("manager@example.org");
        assertThat(changed.passwordHash()).isEqualTo(account.passwordHash());
        assertThatThrownBy(() -> as(ADMIN, () -> accountAccess.changeAccount(account.id(), account.version(),
                details("viewer@example.org", Role.FUNDER_VIEWER)))).isInstanceOf(ConflictException.class);
    }

    @Test
    void a_password_reset_unlocks_the_account() {
        UserAccount account = fixture.account("locked@example.org", Role.ADMIN, PASSWORD);
        for (int i = 0; i < UserAccount.MAX_FAILED_SIGN_INS; i++) {
            fixture.authentication.signIn("locked@example.org", "wrong password!");
        }
        UserAccount locked = fixture.accounts.findById(account.id()).orElseThrow();
        assertThat(locked.isLockedAt(AccessFixture.START)).isTrue();

        UserAccount reset = as(ADMIN, () -> accountAccess.resetPassword(locked.id(), locked.version(), "a brand new password"));

        assertThat(reset.isLockedAt(AccessFixture.START)).isFalse();
        assertThat(reset.failedSignIns()).isZero();
        assertThat(fixture.authentication.signIn("locked@example.org", "a brand new password"))
                .isInstanceOf(SignInResult.SignedIn.class);
        assertThat(fixture.audit).extracting(entry -> entry.action()).contains("account.password-reset");
    }

    @Test
    void a_disabled_account_cannot_sign_in_until_enabled_again() {
        fixture.account("staying@example.org", Role.ADMIN, PASSWORD);
        UserAccount account = fixture.account("leaving@example.org", Role.ADMIN, PASSWORD);

        UserAccount disabled = as(ADMIN, () -> accountAccess.disableAccount(account.id(), account.version()));
        assertThat(fixture.authentication.signIn("leaving@example.org", PASSWORD))
                .isEqualTo(SignInResult.Refused.withoutReason());
        UserAccount enabled = as(ADMIN, () -> accountAccess.enableAccount(disabled.id(), disabled.version()));

        assertThat(enabled.enabled()).isTrue();
        assertThat(fixture.authentication.signIn("leaving@example.org", PASSWORD)).isInstanceOf(SignInResult.SignedIn.class);
    }

    @Test
    void the_last_enabled_network_wide_administrator_can_be_neither_disabled_nor_demoted() {
        UserAccount last = fixture.account("last@example.org", Role.ADMIN, PASSWORD);
        fixture.account("viewer@example.org", Role.FUNDER_VIEWER, PASSWORD);
        Actor themself = last.actor();

        assertThatThrownBy(() -> as(themself, () -> accountAccess.disableAccount(last.id(), last.version())))
                .isInstanceOfSatisfying(RuleViolationException.class, refused -> {
                    assertThat(refused.code()).isEqualTo(ErrorCodes.LAST_ADMINISTRATOR);
                    assertThat(refused.field()).isEmpty();
                });
        assertThatThrownBy(() -> as(themself, () -> accountAccess.changeAccount(last.id(), last.version(),
                details("last@example.org", Role.FUNDER_VIEWER))))
                .isInstanceOfSatisfying(RuleViolationException.class, refused -> {
                    assertThat(refused.code()).isEqualTo(ErrorCodes.LAST_ADMINISTRATOR);
                    assertThat(refused.field()).contains("role");
                });
        SchoolId school = fixture.schools.add();
        assertThatThrownBy(() -> as(themself, () -> accountAccess.changeAccount(last.id(), last.version(),
                new AccountDetails("last@example.org", "Camille Martin", Role.ADMIN, Optional.of(Set.of(school))))))
                .as("an administrator limited to schools cannot manage access either")
                .isInstanceOf(RuleViolationException.class);
        UserAccount stored = fixture.accounts.findById(last.id()).orElseThrow();
        assertThat(stored.enabled()).isTrue();
        assertThat(stored.role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void an_administrator_may_step_down_while_another_enabled_one_remains() {
        UserAccount other = fixture.account("other@example.org", Role.ADMIN, PASSWORD);
        UserAccount leaving = fixture.account("leaving@example.org", Role.ADMIN, PASSWORD);
        UserAccount disabledOther = as(ADMIN, () -> accountAccess.disableAccount(other.id(), other.version()));

        assertThatThrownBy(() -> as(leaving.actor(), () -> accountAccess.changeAccount(leaving.id(), leaving.version(),
                details("leaving@example.org", Role.FUNDER_VIEWER))))
                .as("a disabled administrator does not count").isInstanceOf(RuleViolationException.class);

        UserAccount enabledOther = as(ADMIN, () -> accountAccess.enableAccount(disabledOther.id(), disabledOther.version()));
        UserAccount demoted = as(leaving.actor(), () -> accountAccess.changeAccount(leaving.id(), leaving.version(),
                details("leaving@example.org", Role.FUNDER_VIEWER)));
        assertThat(demoted.role()).isEqualTo(Role.FUNDER_VIEWER);
        UserAccount renamed = as(ADMIN, () -> accountAccess.changeAccount(enabledOther.id(), enabledOther.version(),
                new AccountDetails("other@example.org", "Autre nom", Role.ADMIN, Optional.empty())));
        assertThat(renamed.displayName()).as("the last one may still be renamed").isEqualTo("Autre nom");
    }

    @Test
    void accounts_are_listed_by_display_name() {
        UserAccount zoe = as(ADMIN, () -> accountAccess.createAccount(new AccountDetails("zoe@example.org", "Zoé", Role.ADMIN,
                Optional.empty()), PASSWORD));
        UserAccount anna = as(ADMIN, () -> accountAccess.createAccount(new AccountDetails("anna@example.org", "Anna",
                Role.ADMIN, Optional.empty()), PASSWORD));

        assertThat(as(ADMIN, () -> accountAccess.listAccounts(PageRequest.first(10))).items()).containsExactly(anna, zoe);
    }

    private <T> T as(Actor actor, Supplier<T> work) {
        return fixture.as(actor, work);
    }

    private static AccountDetails details(String email, Role role) {
        return new AccountDetails(email, "Camille Martin", role, Optional.empty());
    }

    private static void assertInvalid(Runnable work, String field, String code) {
        assertThatThrownBy(work::run).isInstanceOfSatisfying(InvalidValueException.class, invalid -> {
            assertThat(invalid.field()).contains(field);
            assertThat(invalid.code()).isEqualTo(code);
        });
    }
}

package org.tremplin.domain.access;

import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.identity.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.error.InvalidValueException;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.shared.EmailAddress;

class UserAccountTest {
    private static final Instant NOW = Instant.parse("2026-01-12T09:00:00Z");
    private static final SchoolId SCHOOL = new SchoolId(UUID.randomUUID());

    @Test
    void a_display_name_has_one_to_a_hundred_characters() {
        assertThat(account("  Camille  ", Role.ADMIN, Optional.empty()).displayName()).isEqualTo("Camille");
        assertThat(account("x".repeat(100), Role.ADMIN, Optional.empty()).displayName()).hasSize(100);
        assertInvalid(() -> account(" ", Role.ADMIN, Optional.empty()), "displayName", ErrorCodes.REQUIRED);
        assertInvalid(() -> account("x".repeat(101), Role.ADMIN, Optional.empty()), "displayName", ErrorCodes.TOO_LONG);
    }

    @Test
    void a_school_manager_has_at_least_one_school() {
        assertThat(account("Directrice", Role.SCHOOL_MANAGER, Optional.of(Set.of(SCHOOL))).schools())
                .contains(Set.of(SCHOOL));
        assertInvalid(() -> account("Directrice", Role.SCHOOL_MANAGER, Optional.empty()), "schools",
                ErrorCodes.ACCOUNT_MANAGER_NEEDS_SCHOOL);
    }

    @Test
    void administrators_and_funder_viewers_are_network_wide_or_scoped_as_given_but_never_to_nothing() {
        assertThat(account("Admin", Role.ADMIN, Optional.empty()).schools()).isEmpty();
        assertThat(account("Financeur", Role.FUNDER_VIEWER, Optional.of(Set.of(SCHOOL))).schools()).contains(Set.of(SCHOOL));
        assertInvalid(() -> account("Financeur", Role.FUNDER_VIEWER, Optional.of(Set.of())), "schools",
                ErrorCodes.REQUIRED);
    }

    @Test
    void five_failed_sign_ins_in_a_row_lock_the_account_for_fifteen_minutes() {
        UserAccount account = account("Admin", Role.ADMIN, Optional.empty());
        for (int i = 1; i < UserAccount.MAX_FAILED_SIGN_INS; i++) {
            account = account.signInFailed(NOW);
        }
        assertThat(account.failedSignIns()).isEqualTo(4);
        assertThat(account.isLockedAt(NOW)).isFalse();

        UserAccount locked = account.signInFailed(NOW);

        assertThat(locked.lockedUntil()).contains(NOW.plus(Duration.ofMinutes(15)));
        assertThat(locked.isLockedAt(NOW.plus(Duration.ofMinutes(15)).minusNanos(1000))).isTrue();
        assertThat(locked.isLockedAt(NOW.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void a_failure_during_a_lock_changes_nothing_and_counting_restarts_after_it() {
        UserAccount locked = lockedAt(NOW);

        assertThat(locked.signInFailed(NOW.plusSeconds(60))).isEqualTo(locked);
        UserAccount afterLock = locked.signInFailed(NOW.plus(Duration.ofMinutes(16)));
        assertThat(afterLock.failedSignIns()).isEqualTo(1);
        assertThat(afterLock.lockedUntil()).isEmpty();
    }

    @Test
    void a_successful_sign_in_or_a_new_password_forgets_the_failures() {
        UserAccount failedTwice = account("Admin", Role.ADMIN, Optional.empty()).signInFailed(NOW).signInFailed(NOW);

        assertThat(failedTwice.signedIn().failedSignIns()).isZero();
        UserAccount unlocked = lockedAt(NOW).withPassword("new-hash");
        assertThat(unlocked.isLockedAt(NOW)).isFalse();
        assertThat(unlocked.failedSignIns()).isZero();
        assertThat(unlocked.passwordHash()).isEqualTo("new-hash");
    }

    @Test
    void acts_under_its_id_with_the_permissions_of_its_role_and_its_schools() {
        UserAccount manager = account("Directrice", Role.SCHOOL_MANAGER, Optional.of(Set.of(SCHOOL)));

        Actor actor = manager.actor();

        assertThat(actor.name()).isEqualTo("account:" + manager.id().value());
        assertThat(actor.permissions()).isEqualTo(Role.SCHOOL_MANAGER.permissions());
        assertThat(actor.schools()).contains(Set.of(SCHOOL));
    }

    @Test
    void its_text_shows_neither_the_password_hash_nor_the_e_mail_address() {
        UserAccount account = account("Camille Martin", Role.ADMIN, Optional.empty());

        assertThat(account.toString()).doesNotContain("secret-hash", "camille@", "Camille Martin");
    }

    private static UserAccount lockedAt(Instant at) {
        UserAccount account = account("Admin", Role.ADMIN, Optional.empty());
        for (int i = 0; i < UserAccount.MAX_FAILED_SIGN_INS; i++) {
            account = account.signInFailed(at);
        }
        return account;
    }

    private static UserAccount account(String displayName, Role role, Optional<Set<SchoolId>> schools) {
        return UserAccount.create(new UserAccountId(UUID.randomUUID()), new EmailAddress("camille@example.org"),
                displayName, role, schools, "secret-hash");
    }

    static void assertInvalid(Runnable construction, String field, String code) {
        assertThatThrownBy(construction::run).isInstanceOfSatisfying(InvalidValueException.class, invalid -> {
            assertThat(invalid.field()).contains(field);
            assertThat(invalid.code()).isEqualTo(code);
        });
    }
}

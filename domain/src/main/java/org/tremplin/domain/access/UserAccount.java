package org.tremplin.domain.access;

import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.identity.Role;
import org.tremplin.domain.identity.SchoolScope;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.error.InvalidValueException;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.shared.EmailAddress;
import org.tremplin.domain.shared.Require;

/**
 * A person who signs in to the console. A school manager is limited to at least one school; an
 * administrator or a funder viewer works network-wide, or on the schools given. After
 * {@value #MAX_FAILED_SIGN_INS} failed sign-ins in a row the account is locked for
 * {@link #LOCK_DURATION}.
 *
 * @param version the optimistic-locking version: 0 for an account never saved
 * @param schools the schools the account is limited to; empty for the whole network
 * @param passwordHash the hash of the password (never the password), in the hashing's own format
 * @param failedSignIns failed sign-ins since the last successful one, or since the last lock ended
 */
public record UserAccount(
        UserAccountId id,
        long version,
        EmailAddress email,
        String displayName,
        Role role,
        Optional<Set<SchoolId>> schools,
        String passwordHash,
        int failedSignIns,
        Optional<Instant> lockedUntil,
        boolean enabled) {

    public static final int DISPLAY_NAME_MAX_LENGTH = 100;
    public static final int MAX_FAILED_SIGN_INS = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    /** Longer than any hash format in use (an Argon2id PHC string is under 100 characters). */
    public static final int PASSWORD_HASH_MAX_LENGTH = 255;

    public UserAccount {
        Require.present(id, "id");
        Require.present(email, "email");
        displayName = Require.text(displayName, "displayName", DISPLAY_NAME_MAX_LENGTH);
        Require.present(role, "role");
        schools = SchoolScope.require(schools, "schools");
        requireScopeFitsRole(role, schools);
        passwordHash = Require.text(passwordHash, "passwordHash", PASSWORD_HASH_MAX_LENGTH);
        Require.between(failedSignIns, 0, Integer.MAX_VALUE, "failedSignIns");
        lockedUntil = Require.present(lockedUntil, "lockedUntil").map(Instants::toMicros);
    }

    /** Refuses a school manager without schools: the role only makes sense within some schools. */
    public static void requireScopeFitsRole(Role role, Optional<Set<SchoolId>> schools) {
        if (role == Role.SCHOOL_MANAGER && schools.isEmpty()) {
            throw new InvalidValueException("schools", ErrorCodes.ACCOUNT_MANAGER_NEEDS_SCHOOL,
                    "a school manager is limited to at least one school");
        }
    }

    /** A new, enabled account that has never failed to sign in. */
    public static UserAccount create(UserAccountId id, EmailAddress email, String displayName, Role role,
                                     Optional<Set<SchoolId>> schools, String passwordHash) {
        return new UserAccount(id, 0, email, displayName, role, schools, passwordHash, 0, Optional.empty(), true);
    }

    public UserAccount change(EmailAddress newEmail, String newDisplayName, Role newRole,
                              Optional<Set<SchoolId>> newSchools) {
        return new UserAccount(id, version, newEmail, newDisplayName, newRole, newSchools, passwordHash, failedSignIns,
                lockedUntil, enabled);
    }

    /** A new password, which also lifts a lock and forgets past failures. */
    public UserAccount withPassword(String newPasswordHash) {
        return new UserAccount(id, version, email, displayName, role, schools, newPasswordHash, 0, Optional.empty(),
                enabled);
    }

    /**
     * One more failed sign-in; the last one allowed locks the account until {@code now} plus
     * {@link #LOCK_DURATION}. Once a lock has run out, counting starts afresh. A failure while
     * locked changes nothing: the lock is not extended, so a stranger cannot keep someone out for
     * ever, and is not shortened either.
     */
    public UserAccount signInFailed(Instant now) {
        Require.present(now, "now");
        if (isLockedAt(now)) {
            return this;
        }
        int failures = lockedUntil.isPresent() ? 1 : failedSignIns + 1;
        Optional<Instant> lock = failures >= MAX_FAILED_SIGN_INS ? Optional.of(now.plus(LOCK_DURATION)) : Optional.empty();
        return new UserAccount(id, version, email, displayName, role, schools, passwordHash, failures, lock, enabled);
    }

    /** A successful sign-in: past failures are forgotten. */
    public UserAccount signedIn() {
        return new UserAccount(id, version, email, displayName, role, schools, passwordHash, 0, Optional.empty(),
                enabled);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil.map(now::isBefore).orElse(false);
    }

    public UserAccount disable() {
        return new UserAccount(id, version, email, displayName, role, schools, passwordHash, failedSignIns,
                lockedUntil, false);
    }

    public UserAccount enable() {
        return new UserAccount(id, version, email, displayName, role, schools, passwordHash, failedSignIns,
                lockedUntil, true);
    }

    /** The caller this account acts as once signed in; named by id, never by e-mail. */
    public Actor actor() {
        return new Actor("account:" + id, role.permissions(), schools);
    }

    public UserAccount withVersion(long newVersion) {
        return new UserAccount(id, newVersion, email, displayName, role, schools, passwordHash, failedSignIns,
                lockedUntil, enabled);
    }

    /** Leaves the password hash out, so that no log or error message ever carries it. */
    @Override
    public String toString() {
        return "UserAccount[id=" + id + ", version=" + version + ", role=" + role + ", schools=" + schools
                + ", failedSignIns=" + failedSignIns + ", lockedUntil=" + lockedUntil + ", enabled=" + enabled + "]";
    }
}

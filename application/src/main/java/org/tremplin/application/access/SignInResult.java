package org.tremplin.application.access;

import org.tremplin.domain.access.UserAccountId;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.identity.Role;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** How a sign-in to the console ended. */
public sealed interface SignInResult {

    /** The password matched an enabled, unlocked account; run the session as {@code actor}. */
    record SignedIn(Actor actor, UserAccountId account, String displayName, Role role) implements SignInResult {
        public SignedIn {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(displayName, "displayName");
            Objects.requireNonNull(role, "role");
        }
    }

    /**
     * Refused, for a reason not given (unknown address, wrong password, disabled account), except
     * a lock: {@code lockedUntil} says until when the account refuses every password.
     */
    record Refused(Optional<Instant> lockedUntil) implements SignInResult {
        public Refused {
            Objects.requireNonNull(lockedUntil, "lockedUntil");
        }

        public static Refused withoutReason() {
            return new Refused(Optional.empty());
        }
    }
}

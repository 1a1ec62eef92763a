package org.tremplin.ui.testing;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;
import org.tremplin.application.access.Authentication;
import org.tremplin.application.access.SignInResult;
import org.tremplin.domain.access.UserAccountId;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.identity.Role;

/** One account with a known password, one locked account; every other pair is refused. */
public final class FakeAuthentication implements Authentication {
    public static final String EMAIL = "camille@tremplin.example";
    public static final String PASSWORD = "un-mot-de-passe-solide";
    public static final String LOCKED_EMAIL = "bloque@tremplin.example";
    /** 23 November 2026, 22:15 in Paris. */
    public static final Instant LOCKED_UNTIL = Instant.parse("2026-11-23T21:15:00Z");
    public static final Actor ACTOR = new Actor("account-camille", EnumSet.copyOf(Role.ADMIN.permissions()), Optional.empty());

    @Override
    public Optional<Actor> authenticateToken(String secret) {
        return Optional.empty();
    }

    @Override
    public SignInResult signIn(String email, String password) {
        if (email.equals(EMAIL) && password.equals(PASSWORD)) {
            return new SignInResult.SignedIn(ACTOR, new UserAccountId(UUID.randomUUID()), "Camille Martin", Role.ADMIN);
        }
        if (email.equals(LOCKED_EMAIL)) {
            return new SignInResult.Refused(Optional.of(LOCKED_UNTIL));
        }
        return SignInResult.Refused.withoutReason();
    }
}

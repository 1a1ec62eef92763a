package org.tremplin.application.access;

import org.tremplin.domain.error.ErrorCodes;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.access.ApiToken;
import org.tremplin.domain.access.PasswordPolicy;
import org.tremplin.domain.access.TokenSecret;
import org.tremplin.domain.access.UserAccount;
import org.tremplin.domain.error.ConflictException;
import org.tremplin.application.port.out.ApiTokens;
import org.tremplin.application.port.out.PasswordHashing;
import org.tremplin.application.port.out.UserAccounts;
import org.tremplin.application.support.UseCaseSupport;
import org.tremplin.domain.error.InvalidValueException;
import org.tremplin.domain.shared.EmailAddress;

/**
 * Checks tokens and passwords. Nobody is identified yet when it runs, so it checks no permission
 * and records its changes (failed sign-ins, locks) in the name of the system.
 */
public final class AuthenticationService implements Authentication {
    private static final String ACCOUNT = "account";
    /** Two sign-ins of one account racing each other: retry so that no failure goes uncounted. */
    private static final int ATTEMPTS = 5;
    private final UserAccounts accounts;
    private final ApiTokens tokens;
    private final PasswordHashing passwordHashing;
    private final UseCaseSupport support;
    /**
     * A hash that no known password matches, checked when the e-mail address belongs to nobody, so
     * that a refusal takes as long whether the account exists or not.
     */
    private final String decoyHash;

    public AuthenticationService(UserAccounts accounts, ApiTokens tokens, PasswordHashing passwordHashing,
                                 UseCaseSupport support) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwordHashing = passwordHashing;
        this.support = support;
        this.decoyHash = passwordHashing.hash(UUID.randomUUID() + "-" + UUID.randomUUID());
    }

    @Override
    public Optional<Actor> authenticateToken(String secret) {
        if (!TokenSecret.isWellFormed(secret) || secret.length() < TokenSecret.MIN_LENGTH) {
            return Optional.empty();
        }
        // Looked up by hash: the stored hashes are of 256-bit secrets, so how long the lookup
        // takes tells an attacker nothing useful about any secret.
        String hash = TokenSecret.hashOf(secret);
        Instant now = support.now();
        return support.read(() -> tokens.findBySecretHash(hash))
                .filter(token -> token.isUsableAt(now))
                .map(ApiToken::actor);
    }

    @Override
    public SignInResult signIn(String email, String password) {
        Optional<UserAccount> found = address(email).flatMap(address -> support.read(() -> accounts.findByEmail(address)));
        if (found.isEmpty()) {
            passwordMatches(password, decoyHash);
            return SignInResult.Refused.withoutReason();
        }
        UserAccount account = found.get();
        Instant now = support.now();
        if (account.isLockedAt(now)) {
            return new SignInResult.Refused(account.lockedUntil());
        }
        // Hashing takes a noticeable moment on purpose: it stays outside any transaction.
        if (!passwordMatches(password, account.passwordHash())) {
            UserAccount failed = record(account, Actor.system(), "account.sign-in-failed",
                    current -> current.signInFailed(now));
            return new SignInResult.Refused(failed.lockedUntil().filter(until -> failed.isLockedAt(now)));
        }
        if (!account.enabled()) {
            return SignInResult.Refused.withoutReason();
        }
        UserAccount signedIn = record(account, account.actor(), "account.signed-in", UserAccount::signedIn);
        return new SignInResult.SignedIn(signedIn.actor(), signedIn.id(), signedIn.displayName(), signedIn.role());
    }

    private static Optional<EmailAddress> address(String email) {
        try {
            return Optional.of(new EmailAddress(email));
        } catch (InvalidValueException notAnAddress) {
            return Optional.empty();
        }
    }

    /**
     * Whether the password is the account's. An absurd password (none, or far too long) is
     * refused, but after as long a check as any other, on a password of normal length.
     */
    private boolean passwordMatches(String password, String hash) {
        boolean plausible = password != null && password.length() <= 2 * PasswordPolicy.MAX_LENGTH;
        boolean matches = passwordHashing.matches(plausible ? password : "", hash);
        return plausible && matches;
    }

    /** Applies a sign-in's outcome to the account as stored now, and audits it; saves only a real change. */
    private UserAccount record(UserAccount read, Actor actor, String action, UnaryOperator<UserAccount> outcome) {
        for (int attempt = 1; ; attempt++) {
            try {
                return support.changeAs(actor, action, ACCOUNT, () -> {
                    UserAccount current = accounts.findById(read.id()).orElse(read);
                    UserAccount next = outcome.apply(current);
                    return next.equals(current) ? current : accounts.save(next);
                }, UserAccount::id);
            } catch (ConflictException raced) {
                if (attempt == ATTEMPTS || !ErrorCodes.STALE_VERSION.equals(raced.code())) {
                    throw raced;
                }
            }
        }
    }
}

package org.tremplin.domain.access;

import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.identity.Permission;
import org.tremplin.domain.identity.SchoolScope;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.error.InvalidValueException;
import org.tremplin.domain.error.RuleViolationException;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.shared.Require;

/**
 * An integrator's key to the API. Only a hash of its secret is kept (see {@link TokenSecret}); the
 * first characters of the secret are kept too, so that people can tell their tokens apart. A token
 * works until it expires, at most {@link #MAX_LIFETIME} after it was created, or until it is
 * revoked.
 *
 * @param version the optimistic-locking version: 0 for a token never saved
 * @param scopes the permissions the token grants
 * @param schools the schools the token is limited to; empty for the whole network
 * @param secretHash the SHA-256 of the secret, in lowercase hexadecimal
 * @param secretPrefix the first {@value TokenSecret#PREFIX_LENGTH} characters of the secret, for display
 * @param createdBy the pseudonymous name of the caller who created it ({@link Actor#name()})
 */
public record ApiToken(
        ApiTokenId id,
        long version,
        String name,
        Set<Permission> scopes,
        Optional<Set<SchoolId>> schools,
        String secretHash,
        String secretPrefix,
        Instant createdAt,
        String createdBy,
        Instant expiresAt,
        Optional<Instant> revokedAt) {

    public static final int NAME_MAX_LENGTH = 80;
    public static final int CREATED_BY_MAX_LENGTH = 80;
    public static final Period MAX_LIFETIME = Period.ofYears(2);

    public ApiToken {
        Require.present(id, "id");
        name = Require.text(name, "name", NAME_MAX_LENGTH);
        Require.notEmpty(scopes, "scopes");
        if (scopes.stream().anyMatch(Objects::isNull)) {
            throw new InvalidValueException("scopes", ErrorCodes.REQUIRED, "scopes cannot hold an empty value");
        }
        scopes = Set.copyOf(EnumSet.copyOf(scopes));
        schools = SchoolScope.require(schools, "schools");
        Require.present(secretHash, "secretHash");
        if (secretHash.length() != TokenSecret.HASH_LENGTH || !isLowercaseHex(secretHash)) {
            throw new InvalidValueException("secretHash", ErrorCodes.BAD_FORMAT,
                    "secretHash must be a SHA-256 in lowercase hexadecimal");
        }
        Require.present(secretPrefix, "secretPrefix");
        if (secretPrefix.length() != TokenSecret.PREFIX_LENGTH) {
            throw new InvalidValueException("secretPrefix", ErrorCodes.BAD_FORMAT,
                    "secretPrefix must be the first " + TokenSecret.PREFIX_LENGTH + " characters of the secret");
        }
        createdAt = Instants.toMicros(Require.present(createdAt, "createdAt"));
        createdBy = Require.text(createdBy, "createdBy", CREATED_BY_MAX_LENGTH);
        expiresAt = Instants.toMicros(Require.present(expiresAt, "expiresAt"));
        if (!expiresAt.isAfter(createdAt) || expiresAt.isAfter(latestExpiry(createdAt))) {
            throw new InvalidValueException("expiresAt", ErrorCodes.TOKEN_EXPIRY,
                    "a token expires after its creation and at most " + MAX_LIFETIME.getYears() + " years later");
        }
        revokedAt = Require.present(revokedAt, "revokedAt").map(Instants::toMicros);
        if (revokedAt.isPresent() && revokedAt.get().isBefore(createdAt)) {
            throw new InvalidValueException("revokedAt", ErrorCodes.DATE_ORDER, "revokedAt cannot be before createdAt");
        }
    }

    /** A new token, usable from {@code createdAt} until {@code expiresAt}. */
    public static ApiToken issue(ApiTokenId id, String name, Set<Permission> scopes, Optional<Set<SchoolId>> schools,
                                 TokenSecret secret, Instant createdAt, String createdBy, Instant expiresAt) {
        Require.present(secret, "secret");
        return new ApiToken(id, 0, name, scopes, schools, secret.hash(), secret.prefix(), createdAt, createdBy,
                expiresAt, Optional.empty());
    }

    /** The last moment a token created at {@code createdAt} may still work. */
    public static Instant latestExpiry(Instant createdAt) {
        return createdAt.atOffset(ZoneOffset.UTC).plus(MAX_LIFETIME).toInstant();
    }

    /** Stops the token from working, for good. */
    public ApiToken revoke(Instant now) {
        Require.present(now, "now");
        if (revokedAt.isPresent()) {
            throw new RuleViolationException(ErrorCodes.TOKEN_ALREADY_REVOKED, "the token is already revoked");
        }
        return new ApiToken(id, version, name, scopes, schools, secretHash, secretPrefix, createdAt, createdBy,
                expiresAt, Optional.of(now.isBefore(createdAt) ? createdAt : now));
    }

    public boolean isUsableAt(Instant now) {
        return revokedAt.isEmpty() && now.isBefore(expiresAt);
    }

    /** The caller a request bearing this token acts as; named by id. */
    public Actor actor() {
        return new Actor("token:" + id, scopes, schools);
    }

    public ApiToken withVersion(long newVersion) {
        return new ApiToken(id, newVersion, name, scopes, schools, secretHash, secretPrefix, createdAt, createdBy,
                expiresAt, revokedAt);
    }

    private static boolean isLowercaseHex(String text) {
        return text.chars().allMatch(c -> HexFormat.isHexDigit(c) && !Character.isUpperCase(c));
    }
}

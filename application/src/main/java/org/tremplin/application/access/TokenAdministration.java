package org.tremplin.application.access;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.tremplin.domain.access.AccountDetails;
import org.tremplin.domain.access.ApiToken;
import org.tremplin.domain.access.ApiTokenId;
import org.tremplin.domain.access.PasswordPolicy;
import org.tremplin.domain.identity.Permission;
import org.tremplin.domain.access.TokenSecret;
import org.tremplin.domain.access.UserAccount;
import org.tremplin.domain.access.UserAccountId;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.domain.school.SchoolId;

/**
 * Inbound port: API tokens. Every method needs {@link Permission#MANAGE_ACCESS} and a network-wide
 * caller, and nobody grants more than they hold. Every change names the version it was based on.
 */
public interface TokenAdministration {
    /** A new token with a generated secret, returned this once and never again. */
    IssuedApiToken issueToken(String name, Set<Permission> scopes, Optional<Set<SchoolId>> schools, Instant expiresAt);

    /**
     * A new token whose secret is chosen by the caller ({@value TokenSecret#MIN_LENGTH} characters
     * or more): for the documented demo token, and for tokens carried over from another system.
     */
    ApiToken installToken(String name, Set<Permission> scopes, Optional<Set<SchoolId>> schools, Instant expiresAt,
                          String secret);

    ApiToken revokeToken(ApiTokenId id, long version);

    ApiToken getToken(ApiTokenId id);

    /** Newest first. */
    Page<ApiToken> listTokens(PageRequest page);
}

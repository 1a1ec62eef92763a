package org.tremplin.application.port.out;

import java.util.Optional;
import org.tremplin.domain.access.ApiToken;
import org.tremplin.domain.access.ApiTokenId;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;

/**
 * The API tokens, revoked and expired ones included. A token's secret hash is unique (code
 * {@code token.secret-taken}).
 */
public interface ApiTokens extends Repository<ApiToken, ApiTokenId> {
    Optional<ApiToken> findBySecretHash(String secretHash);

    /** Newest first (by creation instant), then by id. */
    Page<ApiToken> list(PageRequest page);
}

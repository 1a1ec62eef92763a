package org.tremplin.application.access;

import java.util.Comparator;
import java.util.Optional;
import org.tremplin.domain.access.ApiToken;
import org.tremplin.domain.access.ApiTokenId;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.port.out.ApiTokens;

final class FakeApiTokens extends VersionedMap<ApiToken, ApiTokenId> implements ApiTokens {
    FakeApiTokens() {
        super("token", ApiToken::id, ApiToken::version, ApiToken::withVersion, "secret", ApiToken::secretHash);
    }

    @Override
    public Optional<ApiToken> findBySecretHash(String secretHash) {
        return findBy(secretHash);
    }

    @Override
    public Page<ApiToken> list(PageRequest page) {
        return page(Comparator.comparing(ApiToken::createdAt).reversed(), page);
    }
}

package org.tremplin.adapter.persistence.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tremplin.domain.access.ApiToken;
import org.tremplin.domain.access.ApiTokenId;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.port.out.ApiTokens;

public final class InMemoryApiTokens extends InMemoryRepository<ApiToken, ApiTokenId> implements ApiTokens {
    public InMemoryApiTokens(InMemoryTransactions transactions) {
        super(new InMemoryRecords<>(new RecordShape<>("token", ApiToken::id, ApiToken::version, ApiToken::withVersion,
                List.of(new UniqueKey<>("secret", token -> Optional.of(token.secretHash())))), transactions));
    }

    @Override
    public Optional<ApiToken> findBySecretHash(String secretHash) {
        return records.matching(token -> token.secretHash().equals(secretHash)).stream().findFirst();
    }

    @Override
    public Page<ApiToken> list(PageRequest page) {
        Comparator<ApiToken> newestFirst = Comparator.comparing(ApiToken::createdAt).reversed();
        return records.page(Optional.empty(), token -> true,
                Orderings.thenById(newestFirst, token -> token.id().value()), page);
    }
}

package org.tremplin.adapter.rest.token;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import org.tremplin.adapter.rest.support.RecordJson;
import org.tremplin.domain.access.ApiToken;

/** A token as listed: never its secret, only the first characters to recognise it. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record TokenJson(String id, long version, String name, List<String> scopes, @Nullable List<String> schools,
                        String secretPrefix, Instant createdAt, Instant expiresAt, @Nullable Instant revokedAt)
        implements RecordJson {

    static TokenJson of(ApiToken token) {
        return new TokenJson(token.id().toString(), token.version(), token.name(),
                token.scopes().stream().map(Enum::name).sorted().toList(),
                token.schools().map(schools -> schools.stream().map(Object::toString).sorted().toList()).orElse(null),
                token.secretPrefix(), token.createdAt(), token.expiresAt(), token.revokedAt().orElse(null));
    }
}

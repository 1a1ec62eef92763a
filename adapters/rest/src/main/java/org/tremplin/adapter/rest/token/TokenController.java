package org.tremplin.adapter.rest.token;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tremplin.adapter.rest.support.EntityTags;
import org.tremplin.adapter.rest.support.IdempotentPosts;
import org.tremplin.adapter.rest.support.KeyedPost;
import org.tremplin.adapter.rest.support.Listing;
import org.tremplin.adapter.rest.support.PageJson;
import org.tremplin.adapter.rest.support.Parameters;
import org.tremplin.adapter.rest.support.RecordChange;
import org.tremplin.adapter.rest.support.Responses;
import org.tremplin.adapter.rest.support.Transitions;
import org.tremplin.application.access.IssuedApiToken;
import org.tremplin.application.access.TokenAdministration;
import org.tremplin.application.common.PageRequest;
import org.tremplin.domain.access.ApiTokenId;
import org.tremplin.domain.identity.Permission;
import org.tremplin.domain.school.SchoolId;

/** API tokens, for administrators (the MANAGE_ACCESS scope, or an administrator's e-mail and password). */
@Controller("/api/v1/api-tokens")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "API tokens")
final class TokenController {
    private final TokenAdministration access;
    private final IdempotentPosts idempotent;
    private final Transitions transitions;

    TokenController(TokenAdministration access, IdempotentPosts idempotent, Transitions transitions) {
        this.access = access;
        this.idempotent = idempotent;
        this.transitions = transitions;
    }

    /** Tokens, newest first, without their secrets. */
    @Get
    PageJson<TokenJson> list(@Nullable @QueryValue String page, @Nullable @QueryValue String size) {
        Parameters parameters = new Parameters();
        PageRequest request = Listing.page(parameters, page, size);
        parameters.complete();
        return PageJson.of(access.listTokens(request), TokenJson::of);
    }

    /** Issues a token. The answer holds its secret, shown this once and stored only as a hash. */
    @Post
    @Status(HttpStatus.CREATED)
    HttpResponse<IssuedTokenJson> issue(@RequestBean KeyedPost post, @Body TokenBody body) {
        return idempotent.run(post, body, IssuedTokenJson.class, () -> {
            Parameters parameters = new Parameters();
            Set<Permission> scopes = scopes(parameters, body.scopes());
            Optional<Set<SchoolId>> schools = schools(parameters, body.schools());
            Instant expiresAt = parameters.required("expiresAt", body.expiresAt(),
                    parameters.instant("expiresAt", body.expiresAt()));
            parameters.complete();
            IssuedApiToken issued = access.issueToken(body.name(), scopes, schools, expiresAt);
            return EntityTags.tagged(HttpResponse.created(
                    new IssuedTokenJson(issued.secret(), TokenJson.of(issued.token())),
                    URI.create("/api/v1/api-tokens/" + issued.token().id())), issued.token().version())
                    .header("Cache-Control", "no-store");
        });
    }

    /** One token, without its secret. */
    @Get("/{id}")
    HttpResponse<TokenJson> get(@PathVariable String id, @Nullable @Header("If-None-Match") String ifNoneMatch) {
        return Responses.read(ifNoneMatch, TokenJson.of(access.getToken(Parameters.pathId(id, ApiTokenId::new))));
    }

    /** Revokes a token at once; needs If-Match. The token stays listed, marked revoked. */
    @Delete("/{id}")
    HttpResponse<TokenJson> revoke(@RequestBean RecordChange change) {
        ApiTokenId tokenId = Parameters.pathId(change.id(), ApiTokenId::new);
        return transitions.apply(change, parameters -> version -> access.revokeToken(tokenId, version),
                TokenJson::of);
    }

    private static Set<Permission> scopes(Parameters parameters, @Nullable List<String> names) {
        Set<Permission> scopes = EnumSet.noneOf(Permission.class);
        if (names == null || names.isEmpty()) {
            parameters.requiredValue("scopes", null);
            return scopes;
        }
        names.forEach(name -> parameters.choice("scopes", name, Permission.class).ifPresent(scopes::add));
        return scopes;
    }

    private static Optional<Set<SchoolId>> schools(Parameters parameters, @Nullable List<String> ids) {
        if (ids == null) {
            return Optional.empty();
        }
        Set<SchoolId> schools = new HashSet<>();
        ids.forEach(id -> parameters.optionalId("schools", id, SchoolId::new).ifPresent(schools::add));
        return Optional.of(Set.copyOf(schools));
    }
}

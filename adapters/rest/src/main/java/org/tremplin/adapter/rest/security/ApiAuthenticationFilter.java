package org.tremplin.adapter.rest.security;

import org.tremplin.domain.error.ErrorCodes;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.tremplin.adapter.rest.docs.ApiDocumentation;
import org.tremplin.adapter.rest.problem.Problems;
import org.tremplin.domain.identity.Actor;
import org.tremplin.application.access.Authentication;
import org.tremplin.application.access.SignInResult;

/**
 * Nobody reaches the API without credentials: an integrator's bearer token, or an administrator's
 * e-mail and password (HTTP Basic, with the console's lock-out), which is how the first token gets
 * created. What each caller may then do is decided by the use cases, from the token's scopes.
 */
@ServerFilter("/api/v1/**")
final class ApiAuthenticationFilter {
    private static final String BEARER = "bearer ";
    private static final String BASIC = "basic ";
    private final Authentication authentication;

    ApiAuthenticationFilter(Authentication authentication) {
        this.authentication = authentication;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<?> authenticate(HttpRequest<?> request) {
        if (ApiDocumentation.isPublic(request.getPath())) {
            return null;
        }
        Optional<Actor> actor = request.getHeaders().getAuthorization().flatMap(this::callerOf);
        if (actor.isEmpty()) {
            return Problems.of(request, HttpStatus.UNAUTHORIZED, ErrorCodes.Requests.UNAUTHENTICATED,
                            "Send an API token: Authorization: Bearer <token>.")
                    .toMutableResponse()
                    .header("WWW-Authenticate", "Bearer realm=\"tremplin\"");
        }
        RequestActors.attach(request, actor.get());
        return null;
    }

    private Optional<Actor> callerOf(String authorization) {
        String lower = authorization.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith(BEARER)) {
            return authentication.authenticateToken(authorization.substring(BEARER.length()).trim());
        }
        if (lower.startsWith(BASIC)) {
            return basic(authorization.substring(BASIC.length()).trim());
        }
        return Optional.empty();
    }

    private Optional<Actor> basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        SignInResult result = authentication.signIn(decoded.substring(0, colon), decoded.substring(colon + 1));
        return result instanceof SignInResult.SignedIn signedIn ? Optional.of(signedIn.actor()) : Optional.empty();
    }
}

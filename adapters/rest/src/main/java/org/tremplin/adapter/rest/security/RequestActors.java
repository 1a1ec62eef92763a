package org.tremplin.adapter.rest.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import java.util.Optional;
import org.tremplin.domain.identity.Actor;

/**
 * The caller of the HTTP request being served, as the authentication filter found it. Micronaut
 * carries the request to the blocking threads the controllers run on, so the use cases can ask.
 */
public final class RequestActors {
    static final String ATTRIBUTE = "tremplin.actor";

    private RequestActors() {
    }

    public static Optional<Actor> current() {
        return ServerRequestContext.currentRequest().flatMap(request -> request.getAttribute(ATTRIBUTE, Actor.class));
    }

    static void attach(HttpRequest<?> request, Actor actor) {
        request.setAttribute(ATTRIBUTE, actor);
    }

    public static Optional<Actor> of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, Actor.class);
    }
}

package org.tremplin.app.api;

import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The routes the running server really answers under /api/v1, as "METHOD /path/{variable}". */
final class ApiRoutes {
    private ApiRoutes() {
    }

    static Set<String> served() {
        Set<String> routes = new TreeSet<>();
        ApiSystemTestServer.bean(Router.class).uriRoutes()
                .map(route -> (UriRouteInfo<?, ?>) route)
                .filter(route -> route.getUriMatchTemplate().toString().startsWith("/api/v1"))
                .filter(route -> !isDocumentation(route.getUriMatchTemplate().toString()))
                // Micronaut answers HEAD for every GET by itself; OpenAPI documents the GET.
                .filter(route -> !route.getHttpMethodName().equalsIgnoreCase("HEAD"))
                .forEach(route -> routes.add(route.getHttpMethodName().toUpperCase(Locale.ROOT) + " "
                        + withoutQuery(route.getUriMatchTemplate().toString())));
        return routes;
    }

    private static boolean isDocumentation(String template) {
        return template.startsWith("/api/v1/openapi") || template.startsWith("/api/v1/docs");
    }

    /** Micronaut keeps the query part ({@code {?page,size}}) in the template; OpenAPI paths have none. */
    private static String withoutQuery(String template) {
        int query = template.indexOf("{?");
        return query < 0 ? template : template.substring(0, query);
    }
}

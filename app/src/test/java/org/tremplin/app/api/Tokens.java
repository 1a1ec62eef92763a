package org.tremplin.app.api;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.tremplin.application.access.TokenAdministration;
import org.tremplin.domain.identity.Permission;
import org.tremplin.domain.school.SchoolId;

/** API tokens for the tests, issued through the use case as an administrator would. */
final class Tokens {
    private Tokens() {
    }

    static String withScopes(Permission... scopes) {
        return issue(EnumSet.copyOf(Set.of(scopes)), Optional.empty());
    }

    /** Every scope but MANAGE_ACCESS and health data: a broad integrator. */
    static String integrator() {
        EnumSet<Permission> scopes = EnumSet.allOf(Permission.class);
        scopes.remove(Permission.MANAGE_ACCESS);
        scopes.remove(Permission.READ_HEALTH_DATA);
        return issue(scopes, Optional.empty());
    }

    static String allScopesBut(Permission missing) {
        EnumSet<Permission> scopes = EnumSet.allOf(Permission.class);
        scopes.remove(missing);
        return issue(scopes, Optional.empty());
    }

    static String allScopesFor(SchoolId school) {
        return issue(EnumSet.allOf(Permission.class), Optional.of(Set.of(school)));
    }

    static String issue(Set<Permission> scopes, Optional<Set<SchoolId>> schools) {
        return ApiSystemTestServer.asSystem(() -> ApiSystemTestServer.bean(TokenAdministration.class)
                .issueToken("test " + System.nanoTime(), scopes, schools, Instant.now().plus(Duration.ofDays(30))))
                .secret();
    }
}

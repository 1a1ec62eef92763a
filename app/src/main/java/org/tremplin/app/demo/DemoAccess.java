package org.tremplin.app.demo;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.tremplin.domain.access.AccountDetails;
import org.tremplin.domain.access.ApiToken;
import org.tremplin.domain.identity.Permission;
import org.tremplin.domain.identity.Role;
import org.tremplin.application.access.AccountAdministration;
import org.tremplin.application.access.TokenAdministration;

/**
 * The documented ways into a demo: an administrator for the console and a token for the API.
 * Public on purpose, hence only ever created beside the demo network, never in a configured
 * database. The README and the tests refer to these constants.
 */
public final class DemoAccess {
    public static final String ADMIN_EMAIL = "admin@tremplin.example";
    public static final String ADMIN_PASSWORD = "tremplin-demo-2026";
    public static final String ADMIN_DISPLAY_NAME = "Administrateur de démonstration";
    public static final String INTEGRATOR_TOKEN_NAME = "Jeton de démonstration";
    public static final String INTEGRATOR_TOKEN_SECRET = "trp_demo_integrator_0123456789abcdefghijklmnopqrstuv";

    private DemoAccess() {
    }

    /** What the demo token may do: everything but managing access and reading health data. */
    public static Set<Permission> integratorScopes() {
        Set<Permission> scopes = EnumSet.allOf(Permission.class);
        scopes.removeAll(EnumSet.of(Permission.MANAGE_ACCESS, Permission.READ_HEALTH_DATA));
        return scopes;
    }

    /**
     * Creates the administrator (network-wide) and installs the token, valid for as long as a token
     * may be from {@code now}. Must run as a caller allowed to manage access.
     */
    public static void install(AccountAdministration accounts, TokenAdministration tokens, Instant now) {
        accounts.createAccount(new AccountDetails(ADMIN_EMAIL, ADMIN_DISPLAY_NAME, Role.ADMIN, Optional.empty()),
                ADMIN_PASSWORD);
        tokens.installToken(INTEGRATOR_TOKEN_NAME, integratorScopes(), Optional.empty(), ApiToken.latestExpiry(now),
                INTEGRATOR_TOKEN_SECRET);
    }
}

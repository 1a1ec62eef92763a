package org.tremplin.ui.access;

import org.tremplin.domain.identity.Permission;
import org.tremplin.ui.session.ConsoleSession;

/**
 * Whether the signed-in user may be offered an editing button: read from the permissions their
 * role grants, as the use case will check them. Only a convenience of display: the use case
 * remains the judge of every request (ADR 0009).
 */
public final class EditingRights {
    private EditingRights() {
    }

    public static boolean may(Permission permission) {
        return ConsoleSession.user().map(user -> user.actor().may(permission)).orElse(false);
    }

    /** A user not limited to some schools: the use cases keep a few changes to them. */
    public static boolean mayNetworkWide(Permission permission) {
        return ConsoleSession.user().map(user -> user.actor().may(permission) && user.actor().schools().isEmpty())
                .orElse(false);
    }
}

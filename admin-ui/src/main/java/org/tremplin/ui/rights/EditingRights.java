package org.tremplin.ui.rights;

import org.tremplin.domain.identity.Permission;
import org.tremplin.domain.identity.Role;
import org.tremplin.ui.session.ConsoleSession;

/**
 * Whether the signed-in user may be offered an editing button (or a link to a view): read from
 * the permissions their role grants, as the use case will check them. The views ask here and
 * nowhere else. Only a convenience of display: the use case remains the judge of every request
 * (ADR 0009).
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

    /**
     * An administrator: schools and programmes are the frame every school shares, so the console
     * offers their changes to administrators alone (a school manager asks one).
     */
    public static boolean mayShapeNetwork() {
        return ConsoleSession.user().map(user -> user.role() == Role.ADMIN).orElse(false);
    }

    /** Whether the user's role may open the view {@code target}, so that a link to it is worth offering. */
    public static boolean mayOpen(Class<?> target) {
        return ConsoleSession.user().map(user -> AccessGuard.allows(target, user.role())).orElse(false);
    }
}

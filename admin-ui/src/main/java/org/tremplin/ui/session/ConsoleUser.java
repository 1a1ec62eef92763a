package org.tremplin.ui.session;

import java.util.Objects;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.identity.Role;

/** The person signed in to a console session: who the use cases see, and what the console shows. */
public record ConsoleUser(Actor actor, String displayName, Role role) {
    public ConsoleUser {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
    }
}

package org.tremplin.ui.session;

import java.util.Optional;
import org.tremplin.domain.identity.Actor;

/**
 * The actor of the console session whose request the current thread serves, for the composition
 * root's {@code CurrentActor}: a use case called by a view runs as the person signed in. Empty
 * outside a console request, or before sign-in.
 */
public final class ConsoleActors {
    private ConsoleActors() {
    }

    public static Optional<Actor> current() {
        return ConsoleSession.user().map(ConsoleUser::actor);
    }
}

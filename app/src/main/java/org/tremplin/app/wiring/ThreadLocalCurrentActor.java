package org.tremplin.app.wiring;

import java.util.Objects;
import java.util.function.Supplier;
import org.tremplin.application.access.Actor;
import org.tremplin.application.port.out.CurrentActor;

/**
 * Who calls, for the duration of one request. A driving adapter wraps each request in
 * {@link #runAs}; outside of that the caller is anonymous and allowed nothing, so a forgotten
 * wrapper fails closed.
 */
public final class ThreadLocalCurrentActor implements CurrentActor {
    private final ThreadLocal<Actor> current = new ThreadLocal<>();

    @Override
    public Actor get() {
        Actor actor = current.get();
        return actor == null ? Actor.anonymous() : actor;
    }

    public <T> T runAs(Actor actor, Supplier<T> work) {
        Objects.requireNonNull(actor, "actor");
        Actor previous = current.get();
        current.set(actor);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                current.remove();
            } else {
                current.set(previous);
            }
        }
    }
}

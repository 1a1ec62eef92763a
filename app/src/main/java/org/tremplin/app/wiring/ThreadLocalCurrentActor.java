package org.tremplin.app.wiring;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.tremplin.domain.identity.Actor;
import org.tremplin.application.port.out.CurrentActor;

/**
 * Who calls, for the duration of one request: the actor of {@link #runAs} when work runs inside
 * it, else the one a driving adapter knows for the request being served (the API's token, the
 * console session's user: see {@code UseCaseFactory}). When neither says, the caller is anonymous
 * and allowed nothing, so a forgotten wrapper fails closed.
 */
public final class ThreadLocalCurrentActor implements CurrentActor {
    private final ThreadLocal<Actor> current = new ThreadLocal<>();
    private final Supplier<Optional<Actor>> requestActor;

    public ThreadLocalCurrentActor() {
        this(Optional::empty);
    }

    public ThreadLocalCurrentActor(Supplier<Optional<Actor>> requestActor) {
        this.requestActor = Objects.requireNonNull(requestActor);
    }

    @Override
    public Actor get() {
        Actor actor = current.get();
        return actor != null ? actor : requestActor.get().orElseGet(Actor::anonymous);
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

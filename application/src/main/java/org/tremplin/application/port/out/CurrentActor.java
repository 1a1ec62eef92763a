package org.tremplin.application.port.out;

import org.tremplin.domain.identity.Actor;

/** Tells the use cases who is calling; each driving adapter provides it from its own session or token. */
public interface CurrentActor {
    Actor get();
}

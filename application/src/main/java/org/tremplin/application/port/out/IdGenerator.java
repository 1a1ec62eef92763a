package org.tremplin.application.port.out;

import java.util.UUID;

/** Hands out new identifiers: time-ordered UUIDs, so that ids sort by creation and index well. */
public interface IdGenerator {
    UUID next();
}

package org.tremplin.application.idempotency;

import java.util.Objects;
import org.tremplin.application.port.in.StoredResponse;

/** What claiming an idempotency key allows: running the request, or replaying the response it already had. */
public sealed interface IdempotencyClaim permits IdempotencyClaim.Fresh, IdempotencyClaim.Replay {

    /** The key is new (or its last use expired or was released): run the request, then complete or release the key. */
    record Fresh() implements IdempotencyClaim {
    }

    /** The same request already ran with this key: answer with its response, without running it again. */
    record Replay(StoredResponse response) implements IdempotencyClaim {
        public Replay {
            Objects.requireNonNull(response, "response");
        }
    }
}

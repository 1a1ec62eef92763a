package org.tremplin.domain.learner;

import java.time.LocalDate;
import org.tremplin.domain.shared.Require;

/** When and why a learner left before graduating. */
public record DropOut(LocalDate on, DropOutReason reason) {
    public DropOut {
        Require.present(on, "droppedOutOn");
        Require.present(reason, "reason");
    }
}

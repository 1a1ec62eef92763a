package org.tremplin.domain.workstudy;

import java.time.LocalDate;
import org.tremplin.domain.shared.Require;

/** The early end of a contract: {@code on} is its last day. */
public record ContractBreak(LocalDate on, BrokenBy by) {
    public ContractBreak {
        Require.present(on, "brokenOn");
        Require.present(by, "brokenBy");
    }
}

package org.tremplin.domain.applicant;

import java.time.LocalDate;
import org.tremplin.domain.shared.Require;

/** The day an applicant reached a stage. */
public record StageChange(SelectionStage stage, LocalDate on) {
    public StageChange {
        Require.present(stage, "stage");
        Require.present(on, "date");
    }
}

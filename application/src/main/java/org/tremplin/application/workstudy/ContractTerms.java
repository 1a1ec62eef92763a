package org.tremplin.application.workstudy;

import java.time.LocalDate;
import org.tremplin.domain.workstudy.ContractKind;

/** The terms of a work-study contract that an administrator types and may later amend. */
public record ContractTerms(ContractKind kind, LocalDate startDate, LocalDate plannedEndDate, String jobTitle,
                            String tutorName) {
}

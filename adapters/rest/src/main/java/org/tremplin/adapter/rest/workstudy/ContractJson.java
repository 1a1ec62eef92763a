package org.tremplin.adapter.rest.workstudy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import org.tremplin.adapter.rest.support.RecordJson;
import org.tremplin.domain.workstudy.ContractBreak;
import org.tremplin.domain.workstudy.WorkStudyContract;

/**
 * A work-study contract. {@code effectiveEndDate} is its last day: the day of the break when
 * {@code broken}, the planned end otherwise; {@code brokenOn} and {@code brokenBy} are null unless broken.
 */
@Serdeable
public record ContractJson(String id, long version, String learnerId, String hostId, String kind, LocalDate startDate,
                           LocalDate plannedEndDate, LocalDate effectiveEndDate, String jobTitle, String tutorName,
                           boolean broken, @Nullable LocalDate brokenOn, @Nullable String brokenBy)
        implements RecordJson {

    static ContractJson of(WorkStudyContract contract) {
        return new ContractJson(contract.id().toString(), contract.version(), contract.learnerId().toString(),
                contract.hostId().toString(), contract.kind().name(), contract.startDate(), contract.plannedEndDate(),
                contract.effectiveEndDate(), contract.jobTitle(), contract.tutorName(), contract.isBroken(),
                contract.breakOff().map(ContractBreak::on).orElse(null),
                contract.breakOff().map(contractBreak -> contractBreak.by().name()).orElse(null));
    }
}

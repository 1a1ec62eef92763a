package org.tremplin.adapter.rest.applicant;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import org.tremplin.adapter.rest.person.ProfileJson;
import org.tremplin.adapter.rest.support.RecordJson;
import org.tremplin.application.applicant.VisibleApplicant;

/** An applicant in the selection funnel; {@code rqth} appears only for callers with the health-data scope. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record ApplicantJson(String id, long version, String cohortId, String givenName, String familyName, String email,
                            ProfileJson profile, String stage, LocalDate appliedOn, List<StageJson> history,
                            @Nullable String rqth) implements RecordJson {

    @Serdeable
    public record StageJson(String stage, LocalDate on) {
    }

    static ApplicantJson of(VisibleApplicant applicant) {
        return new ApplicantJson(applicant.id().toString(), applicant.version(), applicant.cohortId().toString(),
                applicant.name().givenName(), applicant.name().familyName(), applicant.email().value(),
                ProfileJson.of(applicant.profile()), applicant.stage().name(), applicant.history().getFirst().on(),
                applicant.history().stream().map(change -> new StageJson(change.stage().name(), change.on())).toList(),
                applicant.disability().map(Enum::name).orElse(null));
    }
}

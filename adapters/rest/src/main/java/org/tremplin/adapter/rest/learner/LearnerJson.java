package org.tremplin.adapter.rest.learner;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import org.tremplin.adapter.rest.person.ProfileJson;
import org.tremplin.adapter.rest.support.RecordJson;
import org.tremplin.application.learner.VisibleLearner;
import org.tremplin.domain.applicant.ApplicantId;

/** A learner; {@code rqth} appears only for callers whose token has the READ_HEALTH_DATA scope. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record LearnerJson(String id, long version, String schoolId, String cohortId, @Nullable String applicantId,
                          String givenName, String familyName, String email, ProfileJson profile, int ageAtEntry,
                          String status, LocalDate enrolledOn, @Nullable LocalDate centreStartedOn,
                          @Nullable LocalDate workStudyStartedOn, @Nullable LocalDate graduatedOn,
                          @Nullable LocalDate droppedOutOn, @Nullable String dropOutReason, @Nullable String rqth)
        implements RecordJson {

    public static LearnerJson of(VisibleLearner learner) {
        return new LearnerJson(learner.id().toString(), learner.version(), learner.schoolId().toString(),
                learner.cohortId().toString(), learner.applicantId().map(ApplicantId::toString).orElse(null),
                learner.name().givenName(), learner.name().familyName(), learner.email().value(),
                ProfileJson.of(learner.profile()), learner.ageAtEntry(), learner.status().name(), learner.enrolledOn(),
                learner.centreStartedOn().orElse(null), learner.workStudyStartedOn().orElse(null),
                learner.graduatedOn().orElse(null), learner.dropOut().map(dropOut -> dropOut.on()).orElse(null),
                learner.dropOut().map(dropOut -> dropOut.reason().name()).orElse(null),
                learner.disability().map(Enum::name).orElse(null));
    }
}

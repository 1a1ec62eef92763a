package org.tremplin.adapter.rest.person;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import org.tremplin.domain.person.InclusionProfile;

/** The inclusion profile: what the funders' diversity indicators are computed from. */
@Serdeable
public record ProfileJson(String gender, LocalDate dateOfBirth, @Nullable LocalDate jobSeekerSince,
                          boolean priorityNeighbourhood, String highestDiploma) {

    public static ProfileJson of(InclusionProfile profile) {
        return new ProfileJson(profile.gender().name(), profile.dateOfBirth(), profile.jobSeekerSince().orElse(null),
                profile.priorityNeighbourhood(), profile.highestDiploma().name());
    }
}

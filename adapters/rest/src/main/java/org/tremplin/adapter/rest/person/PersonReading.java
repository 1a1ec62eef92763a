package org.tremplin.adapter.rest.person;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.tremplin.adapter.rest.support.Parameters;
import org.tremplin.adapter.rest.support.VersionedChange;
import org.tremplin.application.person.PersonDetails;
import org.tremplin.domain.person.Diploma;
import org.tremplin.domain.person.DisabilityStatus;
import org.tremplin.domain.person.Gender;
import org.tremplin.domain.person.InclusionProfile;

/** Reads a person's body into the use cases' details, reporting every unreadable field at once. */
public final class PersonReading {
    private PersonReading() {
    }

    /** The {@code person} a body must hold: absent, it is reported missing and nothing else is read. */
    public static PersonDetails requiredDetails(Parameters parameters, @Nullable PersonBody person) {
        return parameters.requiredValue("person", person) == null ? null : details(parameters, person);
    }

    /**
     * How {@code Transitions} reads a correction of the person {@code id} names: the body's details, then
     * the use case's call, such as {@code learners::correct}.
     */
    public static <I, R> Function<Parameters, LongFunction<R>> correcting(
            I id, PersonBody body, VersionedChange<I, PersonDetails, R> correction) {
        return parameters -> {
            PersonDetails details = details(parameters, body);
            return version -> correction.apply(id, version, details);
        };
    }

    public static PersonDetails details(Parameters parameters, PersonBody body) {
        Gender gender = parameters.requiredChoice("gender", body.gender(), Gender.class);
        LocalDate birth = parameters.requiredDate("dateOfBirth", body.dateOfBirth());
        Optional<LocalDate> jobSeekerSince = parameters.date("jobSeekerSince", body.jobSeekerSince());
        Diploma diploma = parameters.requiredChoice("highestDiploma", body.highestDiploma(), Diploma.class);
        Optional<DisabilityStatus> rqth = parameters.choice("rqth", body.rqth(), DisabilityStatus.class);
        InclusionProfile profile = gender == null || birth == null || diploma == null ? null
                : parameters.built(() -> new InclusionProfile(gender, birth, jobSeekerSince,
                        Boolean.TRUE.equals(body.priorityNeighbourhood()), diploma));
        return new PersonDetails(body.givenName(), body.familyName(), body.email(), profile, rqth);
    }
}

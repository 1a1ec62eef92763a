package org.tremplin.application.person;

import java.util.Optional;
import org.tremplin.domain.person.DisabilityStatus;
import org.tremplin.domain.person.InclusionProfile;

/**
 * What is typed about an applicant or a learner. {@code disability} is health data: giving it
 * needs {@link org.tremplin.domain.identity.Permission#READ_HEALTH_DATA}; leaving it empty keeps
 * what is recorded (or records "undisclosed" for a new person).
 */
public record PersonDetails(String givenName, String familyName, String email, InclusionProfile profile,
                            Optional<DisabilityStatus> disability) {
}

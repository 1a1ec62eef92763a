package org.tremplin.domain.testdata;

import java.time.LocalDate;
import java.util.Optional;
import org.tremplin.domain.person.Diploma;
import org.tremplin.domain.person.Gender;
import org.tremplin.domain.person.InclusionProfile;

/**
 * Inclusion profiles. The default person is a woman born on 15 June 2000, living in a priority
 * neighbourhood, with a diploma below the baccalauréat and not registered as a job seeker.
 */
public final class Profiles {
    public static final LocalDate DEFAULT_BIRTH = LocalDate.of(2000, 6, 15);

    private Gender gender = Gender.WOMAN;
    private LocalDate dateOfBirth = DEFAULT_BIRTH;
    private Optional<LocalDate> jobSeekerSince = Optional.empty();
    private boolean priorityNeighbourhood = true;
    private Diploma diploma = Diploma.BELOW_BAC;

    private Profiles() {
    }

    public static Profiles aProfile() {
        return new Profiles();
    }

    /** The default profile. */
    public static InclusionProfile profile() {
        return aProfile().build();
    }

    public static InclusionProfile bornOn(LocalDate dateOfBirth) {
        return aProfile().withDateOfBirth(dateOfBirth).build();
    }

    public Profiles withGender(Gender newGender) {
        gender = newGender;
        return this;
    }

    public Profiles withDateOfBirth(LocalDate newDateOfBirth) {
        dateOfBirth = newDateOfBirth;
        return this;
    }

    public Profiles withJobSeekerSince(LocalDate since) {
        jobSeekerSince = Optional.of(since);
        return this;
    }

    public Profiles withJobSeekerSince(Optional<LocalDate> since) {
        jobSeekerSince = since;
        return this;
    }

    public Profiles withPriorityNeighbourhood(boolean value) {
        priorityNeighbourhood = value;
        return this;
    }

    public Profiles withDiploma(Diploma newDiploma) {
        diploma = newDiploma;
        return this;
    }

    public InclusionProfile build() {
        return new InclusionProfile(gender, dateOfBirth, jobSeekerSince, priorityNeighbourhood, diploma);
    }
}

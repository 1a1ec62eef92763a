package org.tremplin.domain.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tremplin.domain.testdata.DomainAssertions.assertInvalid;
import static org.tremplin.domain.testdata.Profiles.aProfile;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.error.FieldViolation;
import org.tremplin.domain.testdata.Profiles;

@DisplayName("InclusionProfile")
class InclusionProfileTest {
    private static final LocalDate BORN = LocalDate.of(2000, 6, 15);

    @Nested
    @DisplayName("construction")
    class Construction {
        @Test
        @DisplayName("keeps what the person declared")
        void keepsValues() {
            InclusionProfile profile = aProfile().withGender(Gender.NON_BINARY).withDateOfBirth(BORN)
                    .withJobSeekerSince(LocalDate.of(2019, 3, 1)).withPriorityNeighbourhood(false)
                    .withDiploma(Diploma.BAC).build();

            assertThat(profile.gender()).isEqualTo(Gender.NON_BINARY);
            assertThat(profile.dateOfBirth()).isEqualTo(BORN);
            assertThat(profile.jobSeekerSince()).contains(LocalDate.of(2019, 3, 1));
            assertThat(profile.priorityNeighbourhood()).isFalse();
            assertThat(profile.highestDiploma()).isEqualTo(Diploma.BAC);
        }

        @Test
        @DisplayName("accepts a birth on 1 January 1930 and refuses the day before")
        void earliestBirth() {
            assertThat(Profiles.bornOn(LocalDate.of(1930, 1, 1)).dateOfBirth()).isEqualTo(LocalDate.of(1930, 1, 1));

            var error = assertInvalid(() -> Profiles.bornOn(LocalDate.of(1929, 12, 31)), ErrorCodes.DATE_ORDER,
                    "dateOfBirth");
            assertThat(error).hasMessage("dateOfBirth cannot be before 1930-01-01");
        }

        @Test
        @DisplayName("accepts a job-seeker registration on the 16th birthday")
        void jobSeekerOnSixteenthBirthday() {
            InclusionProfile profile = aProfile().withDateOfBirth(BORN).withJobSeekerSince(LocalDate.of(2016, 6, 15))
                    .build();

            assertThat(profile.jobSeekerSince()).contains(LocalDate.of(2016, 6, 15));
        }

        @Test
        @DisplayName("refuses a job-seeker registration the day before the 16th birthday")
        void refusesJobSeekerBeforeSixteen() {
            var error = assertInvalid(() -> aProfile().withDateOfBirth(BORN)
                    .withJobSeekerSince(LocalDate.of(2016, 6, 14)).build(), ErrorCodes.DATE_ORDER, "jobSeekerSince");

            assertThat(error).hasMessage("jobSeekerSince cannot be before the 16th birthday");
        }

        @Test
        @DisplayName("refuses missing gender, birth date, job-seeker Optional and diploma")
        void refusesMissingValues() {
            assertInvalid(() -> aProfile().withGender(null).build(), ErrorCodes.REQUIRED, "gender");
            assertInvalid(() -> aProfile().withDateOfBirth(null).build(), ErrorCodes.REQUIRED, "dateOfBirth");
            assertInvalid(() -> aProfile().withJobSeekerSince((Optional<LocalDate>) null).build(),
                    ErrorCodes.REQUIRED, "jobSeekerSince");
            assertInvalid(() -> aProfile().withDiploma(null).build(), ErrorCodes.REQUIRED, "highestDiploma");
        }

        @Test
        @DisplayName("names every missing value at once, so that a form marks all its empty fields")
        void namesEveryMissingValue() {
            var error = assertInvalid(() -> aProfile().withGender(null).withDateOfBirth(null).withDiploma(null).build(),
                    ErrorCodes.REQUIRED, "gender");

            assertThat(error.violations()).extracting(FieldViolation::field)
                    .containsExactly("gender", "dateOfBirth", "highestDiploma");
            assertThat(error.violations()).extracting(FieldViolation::code).containsOnly(ErrorCodes.REQUIRED);
        }

        @Test
        @DisplayName("never prints personal data")
        void toStringIsRedacted() {
            assertThat(Profiles.profile()).hasToString("InclusionProfile[redacted]");
        }
    }

    @Nested
    @DisplayName("ages")
    class Ages {
        @ParameterizedTest(name = "born 2000-06-15, is {1} on {0}")
        @CsvSource({"2020-06-14, 19", "2020-06-15, 20", "2020-06-16, 20", "2000-06-15, 0", "2001-06-14, 0",
                "2001-06-15, 1", "2025-12-31, 25"})
        void ageAt(LocalDate date, int age) {
            assertThat(Profiles.bornOn(BORN).ageAt(date)).isEqualTo(age);
        }

        @ParameterizedTest(name = "born 2004-02-29, is {1} on {0}")
        @CsvSource({"2020-02-28, 15", "2020-02-29, 16", "2021-02-28, 16", "2021-03-01, 17", "2024-02-29, 20"})
        void leapDayBirthday(LocalDate date, int age) {
            assertThat(Profiles.bornOn(LocalDate.of(2004, 2, 29)).ageAt(date)).isEqualTo(age);
        }

        @Test
        @DisplayName("is under 26 until the day before the 26th birthday")
        void under26() {
            InclusionProfile profile = Profiles.bornOn(BORN);

            assertThat(profile.isUnder26At(LocalDate.of(2026, 6, 14))).isTrue();
            assertThat(profile.isUnder26At(LocalDate.of(2026, 6, 15))).isFalse();
        }

        @Test
        @DisplayName("is under 30 until the day before the 30th birthday")
        void under30() {
            InclusionProfile profile = Profiles.bornOn(BORN);

            assertThat(profile.isUnder30At(LocalDate.of(2030, 6, 14))).isTrue();
            assertThat(profile.isUnder30At(LocalDate.of(2030, 6, 15))).isFalse();
            assertThat(profile.isUnder26At(LocalDate.of(2028, 1, 1))).isFalse();
            assertThat(profile.isUnder30At(LocalDate.of(2028, 1, 1))).isTrue();
        }
    }

    @Nested
    @DisplayName("job seeking")
    class JobSeeking {
        private final InclusionProfile registered = aProfile().withDateOfBirth(BORN)
                .withJobSeekerSince(LocalDate.of(2020, 1, 15)).build();

        @Test
        @DisplayName("a person never registered is never a job seeker")
        void neverRegistered() {
            InclusionProfile profile = Profiles.profile();

            assertThat(profile.isJobSeekerAt(LocalDate.of(2030, 1, 1))).isFalse();
            assertThat(profile.isLongTermJobSeekerAt(LocalDate.of(2030, 1, 1))).isFalse();
        }

        @Test
        @DisplayName("is a job seeker from the day of registration")
        void fromRegistration() {
            assertThat(registered.isJobSeekerAt(LocalDate.of(2020, 1, 14))).isFalse();
            assertThat(registered.isJobSeekerAt(LocalDate.of(2020, 1, 15))).isTrue();
            assertThat(registered.isJobSeekerAt(LocalDate.of(2023, 1, 15))).isTrue();
        }

        @ParameterizedTest(name = "registered 2020-01-15, long-term on {0}: {1}")
        @CsvSource({"2020-01-15, false", "2020-06-30, false", "2021-01-14, false", "2021-01-15, true",
                "2021-01-16, true", "2025-01-01, true", "2019-01-15, false"})
        void longTermAtTwelveMonths(LocalDate date, boolean longTerm) {
            assertThat(registered.isLongTermJobSeekerAt(date)).isEqualTo(longTerm);
        }
    }

    @Nested
    @DisplayName("requireConsistentAt")
    class ConsistentAt {
        @Test
        @DisplayName("accepts a person aged 16 on the day")
        void acceptsSixteen() {
            aProfile().withDateOfBirth(BORN).withJobSeekerSince(LocalDate.of(2016, 6, 15)).build()
                    .requireConsistentAt(LocalDate.of(2016, 6, 15), "the application date");
        }

        @Test
        @DisplayName("refuses a person aged 15 with person.too-young on dateOfBirth")
        void refusesFifteen() {
            var error = assertInvalid(() -> Profiles.bornOn(BORN).requireConsistentAt(LocalDate.of(2016, 6, 14),
                    "the application date"), ErrorCodes.TOO_YOUNG, "dateOfBirth");

            assertThat(error).hasMessage("a person must be at least 16 years old on the application date");
        }

        @Test
        @DisplayName("refuses a birth after the date with date.in-future on dateOfBirth")
        void refusesBirthAfterDate() {
            var error = assertInvalid(() -> Profiles.bornOn(BORN).requireConsistentAt(LocalDate.of(2000, 6, 14),
                    "enrolledOn"), ErrorCodes.DATE_IN_FUTURE, "dateOfBirth");

            assertThat(error).hasMessage("dateOfBirth cannot be after enrolledOn");
        }

        @Test
        @DisplayName("refuses a job-seeker registration after the date with date.in-future on jobSeekerSince")
        void refusesRegistrationAfterDate() {
            InclusionProfile profile = aProfile().withDateOfBirth(BORN).withJobSeekerSince(LocalDate.of(2020, 1, 15))
                    .build();

            profile.requireConsistentAt(LocalDate.of(2020, 1, 15), "enrolledOn");
            var error = assertInvalid(() -> profile.requireConsistentAt(LocalDate.of(2020, 1, 14), "enrolledOn"),
                    ErrorCodes.DATE_IN_FUTURE, "jobSeekerSince");
            assertThat(error).hasMessage("jobSeekerSince cannot be after enrolledOn");
        }
    }
}

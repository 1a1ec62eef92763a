package org.tremplin.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tremplin.domain.indicator.IndicatorTestData.aProfile;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.person.Diploma;
import org.tremplin.domain.person.DisabilityStatus;
import org.tremplin.domain.person.Gender;
import org.tremplin.domain.person.InclusionProfile;

class InclusionGroupTest {
    private static final LocalDate DAY = LocalDate.of(2026, 5, 10);
    private static final DisabilityStatus NONE = DisabilityStatus.NOT_RECOGNISED;

    @Test
    void women_are_those_who_declare_themselves_women() {
        assertThat(InclusionGroup.WOMEN.includes(aProfile().woman().build(), NONE, DAY)).isTrue();
        assertThat(InclusionGroup.WOMEN.includes(aProfile().gender(Gender.NON_BINARY).build(), NONE, DAY)).isFalse();
        assertThat(InclusionGroup.WOMEN.includes(aProfile().gender(Gender.UNDISCLOSED).build(), NONE, DAY)).isFalse();
    }

    @Test
    void age_groups_are_left_on_the_birthday() {
        InclusionProfile born2000 = aProfile().bornOn(LocalDate.of(2000, 5, 10)).build();
        InclusionProfile born1996 = aProfile().bornOn(LocalDate.of(1996, 5, 10)).build();

        assertThat(InclusionGroup.UNDER_26.includes(born2000, NONE, DAY.minusDays(1))).isTrue();
        assertThat(InclusionGroup.UNDER_26.includes(born2000, NONE, DAY)).isFalse();
        assertThat(InclusionGroup.UNDER_30.includes(born1996, NONE, DAY.minusDays(1))).isTrue();
        assertThat(InclusionGroup.UNDER_30.includes(born1996, NONE, DAY)).isFalse();
        assertThat(InclusionGroup.UNDER_30.includes(born2000, NONE, DAY)).isTrue();
    }

    @Test
    void job_seeking_is_measured_on_the_day_given() {
        InclusionProfile since = aProfile().jobSeekerSince(LocalDate.of(2025, 5, 10)).build();

        assertThat(InclusionGroup.JOB_SEEKERS.includes(since, NONE, LocalDate.of(2025, 5, 9))).isFalse();
        assertThat(InclusionGroup.JOB_SEEKERS.includes(since, NONE, LocalDate.of(2025, 5, 10))).isTrue();
        assertThat(InclusionGroup.LONG_TERM_JOB_SEEKERS.includes(since, NONE, LocalDate.of(2026, 5, 9))).isFalse();
        assertThat(InclusionGroup.LONG_TERM_JOB_SEEKERS.includes(since, NONE, LocalDate.of(2026, 5, 10))).isTrue();
        assertThat(InclusionGroup.JOB_SEEKERS.includes(aProfile().build(), NONE, DAY)).isFalse();
    }

    @Test
    void priority_neighbourhood_is_where_the_person_lives() {
        assertThat(InclusionGroup.PRIORITY_NEIGHBOURHOOD.includes(aProfile().inPriorityNeighbourhood().build(), NONE, DAY))
                .isTrue();
        assertThat(InclusionGroup.PRIORITY_NEIGHBOURHOOD.includes(aProfile().build(), NONE, DAY)).isFalse();
    }

    @Test
    void only_a_recognised_disability_counts() {
        InclusionProfile profile = aProfile().build();

        assertThat(InclusionGroup.RECOGNISED_DISABILITY.includes(profile, DisabilityStatus.RECOGNISED, DAY)).isTrue();
        assertThat(InclusionGroup.RECOGNISED_DISABILITY.includes(profile, DisabilityStatus.UNDISCLOSED, DAY)).isFalse();
        assertThat(InclusionGroup.RECOGNISED_DISABILITY.includes(profile, DisabilityStatus.NOT_RECOGNISED, DAY)).isFalse();
    }

    @Test
    void below_bac_includes_those_with_no_diploma() {
        assertThat(InclusionGroup.BELOW_BAC.includes(aProfile().diploma(Diploma.NONE).build(), NONE, DAY)).isTrue();
        assertThat(InclusionGroup.BELOW_BAC.includes(aProfile().diploma(Diploma.BELOW_BAC).build(), NONE, DAY)).isTrue();
        assertThat(InclusionGroup.BELOW_BAC.includes(aProfile().diploma(Diploma.BAC).build(), NONE, DAY)).isFalse();
    }
}

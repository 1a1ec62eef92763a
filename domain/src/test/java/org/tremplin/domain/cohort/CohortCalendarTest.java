package org.tremplin.domain.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CohortCalendar")
class CohortCalendarTest {

    @Test
    @DisplayName("a cohort ends when its work-study phase ends")
    void endIsWorkStudyEnd() {
        var calendar = new CohortCalendar(LocalDate.of(2018, 10, 1), LocalDate.of(2019, 4, 30),
                LocalDate.of(2019, 5, 1), LocalDate.of(2020, 4, 30));

        assertThat(calendar.end()).isEqualTo(LocalDate.of(2020, 4, 30));
    }
}

package org.tremplin.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.error.ConflictException;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.CohortFilter;
import org.tremplin.application.port.in.CohortSortKey;
import org.tremplin.application.port.out.Repository;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.school.School;

public abstract class CohortsPortContract extends RepositoryPortContract<Cohort, CohortId> {
    protected CohortsPortContract() {
        super(Cohort::id, Cohort::version, Cohort::withVersion);
    }

    @Override
    protected Repository<Cohort, CohortId> repository() {
        return ports.cohorts();
    }

    @Override
    protected Cohort newRecord() {
        return data.cohort(data.savedSchool(), ContractTestData.START);
    }

    @Override
    protected Cohort changed(Cohort cohort) {
        return cohort.reschedule(cohort.name() + " bis", cohort.startDate().plusWeeks(1), cohort.seats() + 2);
    }

    @Override
    protected Optional<List<Cohort>> listUpdatedSince(Instant since) {
        var filter = new CohortFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(since));
        var sort = Sort.ascending(CohortSortKey.START_DATE);
        return Optional.of(ports.cohorts().list(filter, sort, PageRequest.first(PageRequest.MAX_SIZE)).items());
    }

    @Test
    void a_cohort_name_is_unique_within_its_school_only() {
        School castelnau = data.savedSchool();
        School lille = data.savedSchool();
        Cohort first = ports.cohorts().save(data.cohort(castelnau, ContractTestData.START));
        Cohort sameNameElsewhere = data.cohort(lille, ContractTestData.START).reschedule(first.name(),
                ContractTestData.START, 20);

        ports.cohorts().save(sameNameElsewhere);
        Cohort sameNameSameSchool = data.cohort(castelnau, ContractTestData.START).reschedule(first.name().toUpperCase(),
                ContractTestData.START, 20);

        assertThatThrownBy(() -> ports.cohorts().save(sameNameSameSchool))
                .isInstanceOfSatisfying(ConflictException.class,
                        conflict -> assertThat(conflict.code()).isEqualTo("cohort.name-taken"));
    }

    @Test
    void lists_by_school_programme_and_start_dates() {
        School castelnau = data.savedSchool();
        School lille = data.savedSchool();
        Cohort autumn2018 = ports.cohorts().save(data.cohort(castelnau, LocalDate.of(2018, 10, 1)));
        Cohort spring2019 = ports.cohorts().save(data.cohort(castelnau, LocalDate.of(2019, 3, 4)));
        Cohort lille2019 = ports.cohorts().save(data.cohort(lille, LocalDate.of(2019, 10, 7)));
        var byStart = Sort.ascending(CohortSortKey.START_DATE);

        assertThat(ports.cohorts().list(new CohortFilter(Optional.of(Set.of(castelnau.id())), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty()), byStart, PageRequest.first(10)).items())
                .containsExactly(autumn2018, spring2019);
        assertThat(ports.cohorts().list(new CohortFilter(Optional.empty(), Optional.of(lille2019.programmeId()),
                Optional.empty(), Optional.empty(), Optional.empty()), byStart, PageRequest.first(10)).items()).containsExactly(lille2019);
        assertThat(ports.cohorts().list(new CohortFilter(Optional.empty(), Optional.empty(),
                Optional.of(LocalDate.of(2019, 3, 4)), Optional.of(LocalDate.of(2019, 10, 7)), Optional.empty()),
                Sort.descending(CohortSortKey.START_DATE), PageRequest.first(10)).items())
                .containsExactly(lille2019, spring2019);
        assertThat(ports.cohorts().findById(autumn2018.id()).orElseThrow().calendar().end())
                .isEqualTo(LocalDate.of(2020, 4, 30));
    }
}

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
import org.tremplin.application.port.in.LearnerFilter;
import org.tremplin.application.port.in.LearnerSortKey;
import org.tremplin.application.port.out.Repository;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.learner.DropOutReason;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.learner.LearnerStatus;
import org.tremplin.domain.shared.EmailAddress;

public abstract class LearnersPortContract extends RepositoryPortContract<Learner, LearnerId> {
    protected LearnersPortContract() {
        super(Learner::id, Learner::version, Learner::withVersion);
    }

    @Override
    protected Repository<Learner, LearnerId> repository() {
        return ports.learners();
    }

    @Override
    protected Learner newRecord() {
        return data.learner(data.savedCohort(), "Martin" + data.next());
    }

    @Override
    protected Learner changed(Learner learner) {
        return learner.startCentre(learner.enrolledOn());
    }

    @Override
    protected Optional<List<Learner>> listUpdatedSince(Instant since) {
        var filter = new LearnerFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(since));
        var sort = Sort.ascending(LearnerSortKey.ENROLLED_ON);
        return Optional.of(ports.learners().list(filter, sort, PageRequest.first(PageRequest.MAX_SIZE)).items());
    }

    @Test
    void keeps_every_date_of_the_path_and_the_drop_out() {
        Cohort cohort = data.savedCohort();
        Learner graduate = ports.learners().save(data.graduate(cohort, LocalDate.of(2023, 4, 28)));
        Learner dropped = ports.learners().save(data.learner(cohort, "Petit").startCentre(cohort.startDate())
                .dropOut(cohort.startDate().plusMonths(2), DropOutReason.FOUND_EMPLOYMENT));

        assertThat(ports.learners().findById(graduate.id())).contains(graduate);
        assertThat(ports.learners().findById(dropped.id())).contains(dropped);
        assertThat(ports.learners().findById(dropped.id()).orElseThrow().status()).isEqualTo(LearnerStatus.DROPPED_OUT);
    }

    @Test
    void an_email_address_belongs_to_one_learner_and_finds_them() {
        Learner learner = ports.learners().save(newRecord());
        Learner sameEmail = data.learner(data.savedCohort(), "Other").correct(learner.name(),
                new EmailAddress(learner.email().value().toUpperCase()), learner.profile(), learner.disability());

        assertThatThrownBy(() -> ports.learners().save(sameEmail)).isInstanceOfSatisfying(ConflictException.class,
                conflict -> assertThat(conflict.code()).isEqualTo("learner.email-taken"));
        assertThat(ports.learners().findByEmail(learner.email())).contains(learner);
        assertThat(ports.learners().findByEmail(new EmailAddress("nobody@example.org"))).isEmpty();
    }

    @Test
    void lists_by_school_cohort_status_dates_and_text() {
        Cohort castelnau = data.savedCohort();
        Cohort lille = data.savedCohort();
        Learner martin = ports.learners().save(data.learner(castelnau, "Martin"));
        Learner garcia = ports.learners().save(data.learner(castelnau, "García").startCentre(castelnau.startDate()));
        Learner diallo = ports.learners().save(data.learner(lille, "Diallo"));
        var byName = Sort.ascending(LearnerSortKey.FAMILY_NAME);

        assertThat(list(new LearnerFilter(Optional.of(Set.of(castelnau.schoolId())), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()), byName)).containsExactly(garcia, martin);
        assertThat(list(new LearnerFilter(Optional.empty(), Optional.of(lille.id()), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty()), byName)).containsExactly(diallo);
        assertThat(list(new LearnerFilter(Optional.empty(), Optional.empty(), Optional.of(LearnerStatus.IN_CENTRE),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()), byName)).containsExactly(garcia);
        assertThat(list(new LearnerFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(castelnau.startDate()), Optional.of(castelnau.startDate()), Optional.of("garcia"), Optional.empty()), byName))
                .containsExactly(garcia);
        assertThat(list(LearnerFilter.all(), Sort.descending(LearnerSortKey.FAMILY_NAME)))
                .containsExactly(martin, garcia, diallo);
    }

    private List<Learner> list(LearnerFilter filter, Sort<LearnerSortKey> sort) {
        return ports.learners().list(filter, sort, PageRequest.first(20)).items();
    }
}

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
import org.tremplin.application.port.in.OutcomeFilter;
import org.tremplin.application.port.in.OutcomeSortKey;
import org.tremplin.application.port.out.Repository;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.outcome.Employer;
import org.tremplin.domain.outcome.EmploymentOutcome;
import org.tremplin.domain.outcome.OutcomeId;
import org.tremplin.domain.outcome.Situation;
import org.tremplin.domain.partner.Partner;

public abstract class EmploymentOutcomesPortContract extends RepositoryPortContract<EmploymentOutcome, OutcomeId> {
    protected EmploymentOutcomesPortContract() {
        super(EmploymentOutcome::id, EmploymentOutcome::version, EmploymentOutcome::withVersion);
    }

    private static final LocalDate LEFT = LocalDate.of(2023, 4, 28);

    @Override
    protected Repository<EmploymentOutcome, OutcomeId> repository() {
        return ports.outcomes();
    }

    @Override
    protected EmploymentOutcome newRecord() {
        return data.outcome(graduate(data.savedCohort()), LEFT.plusMonths(6), Situation.JOB_SEEKING, Optional.empty());
    }

    @Override
    protected EmploymentOutcome changed(EmploymentOutcome outcome) {
        return outcome.correct(outcome.observedOn(), Situation.PERMANENT_CONTRACT, Optional.of(Employer.named("Acme")),
                Optional.of("Data analyst"));
    }

    @Override
    protected Optional<List<EmploymentOutcome>> listUpdatedSince(Instant since) {
        var filter = new OutcomeFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(since));
        var sort = Sort.ascending(OutcomeSortKey.OBSERVED_ON);
        return Optional.of(ports.outcomes().list(filter, sort, PageRequest.first(PageRequest.MAX_SIZE)).items());
    }

    @Test
    void keeps_employer_partner_or_name_and_job_title() {
        Learner learner = graduate(data.savedCohort());
        Partner employer = data.savedPartner();
        EmploymentOutcome atPartner = ports.outcomes().save(EmploymentOutcome.record(new OutcomeId(ContractTestData.newId()),
                learner.id(), LEFT.plusMonths(6), Situation.PERMANENT_CONTRACT, Optional.of(Employer.partner(employer.id())),
                Optional.of("Data engineer")));
        EmploymentOutcome named = ports.outcomes().save(changed(data.outcome(learner, LEFT.plusMonths(12),
                Situation.UNKNOWN, Optional.empty())));

        assertThat(ports.outcomes().findById(atPartner.id())).contains(atPartner);
        assertThat(ports.outcomes().findById(named.id())).contains(named);
        assertThat(ports.outcomes().ofLearner(learner.id())).containsExactly(atPartner, named);
    }

    @Test
    void lists_by_school_learner_situation_and_dates() {
        Cohort castelnau = data.savedCohort();
        Cohort lille = data.savedCohort();
        Learner ana = graduate(castelnau);
        Learner bob = graduate(lille);
        EmploymentOutcome anaAt6 = ports.outcomes().save(data.outcome(ana, LEFT.plusMonths(6), Situation.JOB_SEEKING,
                Optional.empty()));
        EmploymentOutcome anaAt12 = ports.outcomes().save(data.outcome(ana, LEFT.plusMonths(12),
                Situation.PERMANENT_CONTRACT, Optional.empty()));
        EmploymentOutcome bobAt6 = ports.outcomes().save(data.outcome(bob, LEFT.plusMonths(6).plusDays(3),
                Situation.FURTHER_STUDIES, Optional.empty()));
        var byDate = Sort.ascending(OutcomeSortKey.OBSERVED_ON);

        assertThat(list(new OutcomeFilter(Optional.of(Set.of(castelnau.schoolId())), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty()), byDate)).containsExactly(anaAt6, anaAt12);
        assertThat(list(new OutcomeFilter(Optional.empty(), Optional.of(bob.id()), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()), byDate)).containsExactly(bobAt6);
        assertThat(list(new OutcomeFilter(Optional.empty(), Optional.empty(), Optional.of(Situation.PERMANENT_CONTRACT),
                Optional.empty(), Optional.empty(), Optional.empty()), byDate)).containsExactly(anaAt12);
        assertThat(list(new OutcomeFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(LEFT.plusMonths(6)), Optional.of(LEFT.plusMonths(7)), Optional.empty()), Sort.descending(OutcomeSortKey.OBSERVED_ON)))
                .containsExactly(bobAt6, anaAt6);
    }

    @Test
    void an_outcome_is_deleted_only_at_its_current_version() {
        EmploymentOutcome saved = ports.outcomes().save(newRecord());

        assertThatThrownBy(() -> ports.outcomes().delete(saved.id(), 2)).isInstanceOf(ConflictException.class);
        ports.outcomes().delete(saved.id(), saved.version());

        assertThat(ports.outcomes().findById(saved.id())).isEmpty();
    }

    private Learner graduate(Cohort cohort) {
        return ports.learners().save(data.graduate(cohort, LEFT));
    }

    private List<EmploymentOutcome> list(OutcomeFilter filter, Sort<OutcomeSortKey> sort) {
        return ports.outcomes().list(filter, sort, PageRequest.first(20)).items();
    }
}

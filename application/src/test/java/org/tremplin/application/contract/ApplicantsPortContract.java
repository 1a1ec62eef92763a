package org.tremplin.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.error.ConflictException;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.ApplicantFilter;
import org.tremplin.application.port.in.ApplicantSortKey;
import org.tremplin.application.port.out.Repository;
import org.tremplin.domain.applicant.Applicant;
import org.tremplin.domain.applicant.ApplicantId;
import org.tremplin.domain.applicant.SelectionStage;
import org.tremplin.domain.cohort.Cohort;

public abstract class ApplicantsPortContract extends RepositoryPortContract<Applicant, ApplicantId> {
    protected ApplicantsPortContract() {
        super(Applicant::id, Applicant::version, Applicant::withVersion);
    }

    private static final LocalDate APPLIED = LocalDate.of(2021, 6, 1);

    @Override
    protected Repository<Applicant, ApplicantId> repository() {
        return ports.applicants();
    }

    @Override
    protected Applicant newRecord() {
        return data.applicant(data.savedCohort(), "Durand" + data.next(), APPLIED);
    }

    @Override
    protected Applicant changed(Applicant applicant) {
        return applicant.moveTo(SelectionStage.PRESELECTED, APPLIED.plusDays(10));
    }

    @Override
    protected Optional<List<Applicant>> listUpdatedSince(Instant since) {
        var filter = new ApplicantFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(since));
        var sort = Sort.ascending(ApplicantSortKey.APPLIED_ON);
        return Optional.of(ports.applicants().list(filter, sort, PageRequest.first(PageRequest.MAX_SIZE)).items());
    }

    @Test
    void keeps_the_whole_selection_history() {
        Applicant applicant = ports.applicants().save(newRecord());
        Applicant moved = ports.applicants().save(applicant.moveTo(SelectionStage.PRESELECTED, APPLIED.plusDays(3))
                .moveTo(SelectionStage.SELECTED, APPLIED.plusDays(20)).moveTo(SelectionStage.ENROLLED, APPLIED.plusDays(40)));

        Applicant found = ports.applicants().findById(applicant.id()).orElseThrow();
        assertThat(found).isEqualTo(moved);
        assertThat(found.history()).extracting(change -> change.stage()).containsExactly(SelectionStage.APPLIED,
                SelectionStage.PRESELECTED, SelectionStage.SELECTED, SelectionStage.ENROLLED);
    }

    @Test
    void one_application_per_email_and_cohort() {
        Cohort cohort = data.savedCohort();
        Applicant first = ports.applicants().save(data.applicant(cohort, "Durand", APPLIED));
        Applicant again = new Applicant(new ApplicantId(ContractTestData.newId()), 0, cohort.id(), first.name(),
                first.email(), first.profile(), first.disability(), first.history());
        Applicant elsewhere = new Applicant(new ApplicantId(ContractTestData.newId()), 0, data.savedCohort().id(),
                first.name(), first.email(), first.profile(), first.disability(), first.history());

        assertThatThrownBy(() -> ports.applicants().save(again)).isInstanceOfSatisfying(ConflictException.class,
                conflict -> assertThat(conflict.code()).isEqualTo("applicant.email-taken"));
        assertThat(ports.applicants().save(elsewhere).version()).isEqualTo(1);
    }

    @Test
    void lists_by_school_cohort_stage_dates_and_text() {
        Cohort castelnau = data.savedCohort();
        Cohort lille = data.savedCohort();
        Applicant durand = ports.applicants().save(data.applicant(castelnau, "Durand", APPLIED));
        Applicant benali = ports.applicants().save(data.applicant(castelnau, "Benali", APPLIED.plusDays(5))
                .moveTo(SelectionStage.REJECTED, APPLIED.plusDays(9)));
        Applicant nguyen = ports.applicants().save(data.applicant(lille, "Nguyên", APPLIED.plusDays(7)));
        var byName = Sort.ascending(ApplicantSortKey.FAMILY_NAME);

        assertThat(list(new ApplicantFilter(Optional.of(Set.of(castelnau.schoolId())), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()), byName)).containsExactly(benali, durand);
        assertThat(list(new ApplicantFilter(Optional.empty(), Optional.of(lille.id()), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()), byName)).containsExactly(nguyen);
        assertThat(list(new ApplicantFilter(Optional.empty(), Optional.empty(), Optional.of(SelectionStage.REJECTED),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()), byName)).containsExactly(benali);
        assertThat(list(new ApplicantFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(APPLIED.plusDays(1)), Optional.of(APPLIED.plusDays(7)), Optional.empty(), Optional.empty()),
                Sort.descending(ApplicantSortKey.APPLIED_ON))).containsExactly(nguyen, benali);
        assertThat(list(new ApplicantFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of("nguyen"), Optional.empty()), byName)).containsExactly(nguyen);
    }

    @Test
    void updated_since_combines_with_the_school_scope_and_pages() {
        Cohort castelnau = data.savedCohort();
        Cohort lille = data.savedCohort();
        Applicant durand = ports.applicants().save(data.applicant(castelnau, "Durand", APPLIED));
        Applicant benali = ports.applicants().save(data.applicant(castelnau, "Benali", APPLIED));
        ports.applicants().save(data.applicant(lille, "Nguyên", APPLIED));
        Instant later = ports.clock().advance(Duration.ofMinutes(10));
        Applicant preselected = ports.applicants().save(changed(durand));
        Applicant martin = ports.applicants().save(data.applicant(lille, "Martin", APPLIED));

        var byName = Sort.ascending(ApplicantSortKey.FAMILY_NAME);
        assertThat(list(new ApplicantFilter(Optional.of(Set.of(castelnau.schoolId())), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(later)), byName))
                .containsExactly(preselected);
        var changedSince = new ApplicantFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(later));
        var firstPage = ports.applicants().list(changedSince, byName, PageRequest.first(1));
        assertThat(firstPage.items()).containsExactly(preselected);
        assertThat(firstPage.totalItems()).isEqualTo(2);
        assertThat(ports.applicants().list(changedSince, byName, new PageRequest(1, 1)).items()).containsExactly(martin);
        assertThat(list(new ApplicantFilter(Optional.of(Set.of(castelnau.schoolId())), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(AdjustableClock.START)), byName))
                .containsExactly(benali, preselected);
    }

    private java.util.List<Applicant> list(ApplicantFilter filter, Sort<ApplicantSortKey> sort) {
        return ports.applicants().list(filter, sort, PageRequest.first(20)).items();
    }
}

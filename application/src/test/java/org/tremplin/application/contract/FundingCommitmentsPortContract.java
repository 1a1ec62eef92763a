package org.tremplin.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.error.ConflictException;
import org.tremplin.domain.error.NotFoundException;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.FundingFilter;
import org.tremplin.application.port.in.FundingSortKey;
import org.tremplin.application.port.out.Repository;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.funding.FundingCommitment;
import org.tremplin.domain.funding.FundingCommitmentId;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.school.School;
import org.tremplin.domain.shared.Money;

public abstract class FundingCommitmentsPortContract extends RepositoryPortContract<FundingCommitment, FundingCommitmentId> {
    protected FundingCommitmentsPortContract() {
        super(FundingCommitment::id, FundingCommitment::version, FundingCommitment::withVersion);
    }

    @Override
    protected Repository<FundingCommitment, FundingCommitmentId> repository() {
        return ports.funding();
    }

    @Override
    protected FundingCommitment newRecord() {
        School school = data.savedSchool();
        return data.commitment(data.savedFunder(school, "Funder " + data.next()), school, Optional.empty(), 100_000, 2019);
    }

    @Override
    protected FundingCommitment changed(FundingCommitment commitment) {
        return commitment.amend(commitment.amount().plus(Money.ofCents(1)), commitment.year() + 1);
    }

    @Override
    protected Optional<List<FundingCommitment>> listUpdatedSince(Instant since) {
        var filter = new FundingFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(since));
        var sort = Sort.ascending(FundingSortKey.YEAR);
        return Optional.of(ports.funding().list(filter, sort, PageRequest.first(PageRequest.MAX_SIZE)).items());
    }

    @Test
    void keeps_amounts_to_the_cent() {
        FundingCommitment commitment = newRecord().amend(Money.ofCents(123_456_789_01L), 2020);

        ports.funding().save(commitment);

        assertThat(ports.funding().findById(commitment.id()).orElseThrow().amount()).isEqualTo(Money.ofCents(123_456_789_01L));
    }

    @Test
    void lists_by_school_cohort_funder_and_year_and_gives_a_school_its_ledger() {
        School castelnau = data.savedSchool();
        School lille = data.savedSchool();
        Cohort cohort = data.savedCohort(castelnau);
        Partner region = data.savedFunder(castelnau, "Région Occitanie");
        Partner microsoft = data.savedFunder(castelnau, "Microsoft");
        FundingCommitment regionSchool = ports.funding().save(data.commitment(region, castelnau, Optional.empty(), 250_000, 2018));
        FundingCommitment microsoftCohort = ports.funding().save(data.commitment(microsoft, castelnau,
                Optional.of(cohort.id()), 125_000, 2019));
        FundingCommitment lilleMoney = ports.funding().save(data.commitment(region, lille, Optional.empty(), 90_000, 2019));
        var byAmount = Sort.ascending(FundingSortKey.AMOUNT);

        assertThat(list(new FundingFilter(Optional.of(Set.of(castelnau.id())), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()), byAmount)).containsExactly(microsoftCohort, regionSchool);
        assertThat(list(new FundingFilter(Optional.empty(), Optional.of(cohort.id()), Optional.empty(), Optional.empty(), Optional.empty()),
                byAmount)).containsExactly(microsoftCohort);
        assertThat(list(new FundingFilter(Optional.empty(), Optional.empty(), Optional.of(region.id()), Optional.of(2019), Optional.empty()),
                byAmount)).containsExactly(lilleMoney);
        assertThat(list(FundingFilter.all(), Sort.descending(FundingSortKey.YEAR)).getLast()).isEqualTo(regionSchool);
        assertThat(ports.funding().ofSchool(castelnau.id())).containsExactlyInAnyOrder(regionSchool, microsoftCohort);
    }

    @Test
    void a_commitment_is_deleted_only_at_its_current_version() {
        FundingCommitment saved = ports.funding().save(newRecord());
        FundingCommitment amended = ports.funding().save(changed(saved));

        assertThatThrownBy(() -> ports.funding().delete(saved.id(), saved.version()))
                .isInstanceOf(ConflictException.class);
        ports.funding().delete(amended.id(), amended.version());

        assertThat(ports.funding().findById(saved.id())).isEmpty();
        assertThatThrownBy(() -> ports.funding().delete(saved.id(), amended.version()))
                .isInstanceOf(NotFoundException.class);
    }

    private List<FundingCommitment> list(FundingFilter filter, Sort<FundingSortKey> sort) {
        return ports.funding().list(filter, sort, PageRequest.first(20)).items();
    }
}

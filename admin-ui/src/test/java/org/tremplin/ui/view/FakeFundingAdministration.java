package org.tremplin.ui.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.funding.FundingAdministration;
import org.tremplin.application.port.out.FundingFilter;
import org.tremplin.application.port.out.FundingSortKey;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.funding.FundingCommitment;
import org.tremplin.domain.funding.FundingCommitmentId;
import org.tremplin.domain.funding.ParityRule;
import org.tremplin.domain.funding.ParityRuleId;
import org.tremplin.domain.funding.ParityStatus;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.shared.Money;

/** A funding ledger and parity rules in lists, listed and checked as the port promises; read-only. */
final class FakeFundingAdministration implements FundingAdministration {
    private final List<FundingCommitment> commitments = new ArrayList<>();
    private final List<ParityRule> rules = new ArrayList<>();
    final FakePages pages = new FakePages();
    final List<FundingFilter> filters = new ArrayList<>();

    FakeFundingAdministration commitment(PartnerId funder, SchoolId school, String amount, int year) {
        commitments.add(FundingCommitment.commit(new FundingCommitmentId(UUID.randomUUID()), funder, school,
                Optional.empty(), Money.parse(amount, "amount"), year));
        return this;
    }

    FakeFundingAdministration parity(SchoolId school, PartnerId first, PartnerId second) {
        rules.add(ParityRule.declare(new ParityRuleId(UUID.randomUUID()), school, Optional.empty(), first, second));
        return this;
    }

    @Override
    public Page<FundingCommitment> list(FundingFilter filter, Sort<FundingSortKey> sort, PageRequest page) {
        filters.add(filter);
        Comparator<FundingCommitment> order = switch (sort.key()) {
            case YEAR -> Comparator.comparingInt(FundingCommitment::year);
            case AMOUNT -> Comparator.comparing(FundingCommitment::amount);
        };
        if (!sort.isAscending()) {
            order = order.reversed();
        }
        List<FundingCommitment> matching = commitments.stream()
                .filter(commitment -> filter.schools().map(schools -> schools.contains(commitment.schoolId())).orElse(true))
                .filter(commitment -> filter.funder().map(funder -> funder.equals(commitment.funderId())).orElse(true))
                .filter(commitment -> filter.year().map(year -> year == commitment.year()).orElse(true))
                .sorted(order.thenComparing(commitment -> commitment.id().value()))
                .toList();
        return pages.page(matching, page);
    }

    @Override
    public List<ParityStatus> parity(SchoolId school) {
        return rules.stream().filter(rule -> rule.schoolId().equals(school)).map(rule -> rule.check(commitments))
                .toList();
    }

    @Override
    public FundingCommitment commit(PartnerId funder, SchoolId school, Optional<CohortId> cohort, String amount, int year) {
        throw new UnsupportedOperationException();
    }

    @Override
    public FundingCommitment amend(FundingCommitmentId id, long version, String amount, int year) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void withdraw(FundingCommitmentId id, long version) {
        throw new UnsupportedOperationException();
    }

    @Override
    public FundingCommitment get(FundingCommitmentId id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ParityRule declareParity(SchoolId school, Optional<CohortId> cohort, PartnerId firstFunder,
                                    PartnerId secondFunder) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void removeParity(ParityRuleId id, long version) {
        throw new UnsupportedOperationException();
    }
}

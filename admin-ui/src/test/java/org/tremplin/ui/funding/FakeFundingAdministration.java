package org.tremplin.ui.funding;

import org.tremplin.domain.error.ErrorCodes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.funding.FundingAdministration;
import org.tremplin.application.funding.FundingAdministrationService;
import org.tremplin.application.port.in.FundingFilter;
import org.tremplin.application.port.in.FundingSortKey;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.error.ConflictException;
import org.tremplin.domain.error.RuleViolationException;
import org.tremplin.domain.funding.FundingCommitment;
import org.tremplin.domain.funding.FundingCommitmentId;
import org.tremplin.domain.funding.ParityRule;
import org.tremplin.domain.funding.ParityRuleId;
import org.tremplin.domain.funding.ParityStatus;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.partner.PartnerRole;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.shared.Money;
import org.tremplin.ui.testing.FakePages;
import org.tremplin.ui.testing.FakeRecords;
import org.tremplin.ui.testing.FakePartnerAdministration;

/**
 * A funding ledger and parity rules in lists, listed and checked as the port promises. Changes go
 * through the domain's own checks (the amount read by {@link Money#parse}), check the funder's role
 * as the use case does (against {@link #partners}, when given) and name their version;
 * {@link #amendElsewhere} plays someone else saving first.
 */
final class FakeFundingAdministration implements FundingAdministration {
    private final FakeRecords<FundingCommitment, FundingCommitmentId> commitments = new FakeRecords<>(
            "funding-commitment", FundingCommitment::id, FundingCommitment::version, FundingCommitment::withVersion);
    private final List<ParityRule> rules = new ArrayList<>();
    final FakePages pages = commitments.pages;
    final List<FundingFilter> filters = new ArrayList<>();
    private FakePartnerAdministration partners;

    /** Checks funders against these partners' roles, as the use case does. */
    FakeFundingAdministration funders(FakePartnerAdministration known) {
        this.partners = known;
        return this;
    }

    List<FundingCommitment> commitments() {
        return commitments.all();
    }

    List<ParityRule> rules() {
        return List.copyOf(rules);
    }

    void amendElsewhere(FundingCommitment commitment, String amount) {
        FundingCommitment current = get(commitment.id());
        commitments.save(current.amend(Money.parse(amount, "amount"), current.year()));
    }

    void removeParityElsewhere(ParityRule rule) {
        rules.removeIf(existing -> existing.id().equals(rule.id()));
    }

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
        return commitments.page(matching, page);
    }

    @Override
    public List<ParityStatus> parity(SchoolId school) {
        return rules.stream().filter(rule -> rule.schoolId().equals(school)).map(rule -> rule.check(commitments.all()))
                .toList();
    }

    @Override
    public FundingCommitment commit(PartnerId funder, SchoolId school, Optional<CohortId> cohort, String amount, int year) {
        Money money = Money.parse(amount, "amount");
        requireFunder(funder, school);
        FundingCommitment commitment = FundingCommitment.commit(new FundingCommitmentId(UUID.randomUUID()), funder,
                school, cohort, money, year);
        return commitments.add(commitment);
    }

    @Override
    public FundingCommitment amend(FundingCommitmentId id, long version, String amount, int year) {
        Money money = Money.parse(amount, "amount");
        return commitments.update(id, version, current -> current.amend(money, year));
    }

    @Override
    public void withdraw(FundingCommitmentId id, long version) {
        commitments.current(id, version);
        commitments.remove(id);
    }

    @Override
    public FundingCommitment get(FundingCommitmentId id) {
        return commitments.get(id);
    }

    @Override
    public ParityRule declareParity(SchoolId school, Optional<CohortId> cohort, PartnerId firstFunder,
                                    PartnerId secondFunder) {
        requireFunder(firstFunder, school);
        requireFunder(secondFunder, school);
        ParityRule rule = ParityRule.declare(new ParityRuleId(UUID.randomUUID()), school, cohort, firstFunder,
                secondFunder);
        rules.add(rule);
        return rule;
    }

    @Override
    public void removeParity(ParityRuleId id, long version) {
        ParityRule rule = rules.stream().filter(existing -> existing.id().equals(id)).findFirst()
                .orElseThrow(() -> ConflictException.staleVersion("parity-rule", id));
        if (rule.version() != version) {
            throw ConflictException.staleVersion("parity-rule", id);
        }
        rules.remove(rule);
    }

    private void requireFunder(PartnerId funder, SchoolId school) {
        if (partners != null && !partners.get(funder).plays(PartnerRole.FUNDER, school)) {
            throw new RuleViolationException("funderId", ErrorCodes.FUNDER_NOT_ENGAGED,
                    "the partner is not a funder of this school");
        }
    }
}

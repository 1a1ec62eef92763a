package org.tremplin.application.funding;

import org.tremplin.domain.error.ErrorCodes;
import java.util.List;
import java.util.Optional;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.identity.Permission;
import org.tremplin.domain.error.NotFoundException;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.support.UseCaseSupport;
import org.tremplin.application.support.VersionedRecords;
import org.tremplin.application.port.out.Cohorts;
import org.tremplin.application.port.out.FundingCommitments;
import org.tremplin.application.port.in.FundingFilter;
import org.tremplin.application.port.in.FundingSortKey;
import org.tremplin.application.port.out.ParityRules;
import org.tremplin.application.port.out.Partners;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.error.RuleViolationException;
import org.tremplin.domain.funding.FundingCommitment;
import org.tremplin.domain.funding.FundingCommitmentId;
import org.tremplin.domain.funding.ParityRule;
import org.tremplin.domain.funding.ParityRuleId;
import org.tremplin.domain.funding.ParityStatus;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.partner.PartnerRole;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.shared.Money;

public final class FundingAdministrationService implements FundingAdministration {
    private static final String RECORD = "funding-commitment";
    private final FundingCommitments commitments;
    private final VersionedRecords<FundingCommitment, FundingCommitmentId> records;
    private final ParityRules parityRules;
    private final VersionedRecords<ParityRule, ParityRuleId> parityRecords;
    private final Partners partners;
    private final Cohorts cohorts;
    private final UseCaseSupport support;

    public FundingAdministrationService(FundingCommitments commitments, ParityRules parityRules, Partners partners,
                                        Cohorts cohorts, UseCaseSupport support) {
        this.commitments = commitments;
        this.records = VersionedRecords.of(support, RECORD, commitments, FundingCommitment::id,
                FundingCommitment::version).ownedBy(FundingCommitment::schoolId);
        this.parityRules = parityRules;
        this.parityRecords = VersionedRecords.of(support, "parity-rule", parityRules, ParityRule::id,
                ParityRule::version);
        this.partners = partners;
        this.cohorts = cohorts;
        this.support = support;
    }

    @Override
    public FundingCommitment commit(PartnerId funder, SchoolId school, Optional<CohortId> cohort, String amount, int year) {
        requireManager(school);
        Money money = Money.parse(amount, "amount");
        return records.add("funding.committed", () -> {
            requireFunder(funder, school);
            cohort.ifPresent(id -> requireCohortOf(id, school));
            return FundingCommitment.commit(new FundingCommitmentId(support.newId()), funder, school, cohort, money,
                    year);
        });
    }

    @Override
    public FundingCommitment amend(FundingCommitmentId id, long version, String amount, int year) {
        Money money = Money.parse(amount, "amount");
        return records.change("funding.amended", () -> managed(id), version,
                current -> current.amend(money, year));
    }

    @Override
    public void withdraw(FundingCommitmentId id, long version) {
        records.remove("funding.withdrawn", () -> managed(id), version, commitments::delete);
    }

    @Override
    public FundingCommitment get(FundingCommitmentId id) {
        return records.readInScope(Permission.READ_FUNDING, id);
    }

    @Override
    public Page<FundingCommitment> list(FundingFilter filter, Sort<FundingSortKey> sort, PageRequest page) {
        return support.readWith(Permission.READ_FUNDING, actor -> commitments.list(filter.scopedTo(actor), sort, page));
    }

    @Override
    public ParityRule declareParity(SchoolId school, Optional<CohortId> cohort, PartnerId first, PartnerId second) {
        requireManager(school);
        return parityRecords.add("funding.parity-declared", () -> {
            requireFunder(first, school);
            requireFunder(second, school);
            cohort.ifPresent(id -> requireCohortOf(id, school));
            return ParityRule.declare(new ParityRuleId(support.newId()), school, cohort, first, second);
        });
    }

    @Override
    public void removeParity(ParityRuleId id, long version) {
        parityRecords.remove("funding.parity-removed", () -> {
            ParityRule rule = parityRecords.find(id);
            requireManager(rule.schoolId());
            return rule;
        }, version, parityRules::delete);
    }

    @Override
    public List<ParityStatus> parity(SchoolId school) {
        Actor actor = support.require(Permission.READ_FUNDING);
        actor.requireSchool(school);
        return support.read(() -> {
            List<FundingCommitment> ledger = commitments.ofSchool(school);
            return parityRules.ofSchool(school).stream().map(rule -> rule.check(ledger)).toList();
        });
    }

    private void requireManager(SchoolId school) {
        support.require(Permission.MANAGE_FUNDING).requireSchool(school);
    }

    private void requireFunder(PartnerId funder, SchoolId school) {
        Partner partner = partners.findById(funder).orElseThrow(() -> new NotFoundException("partner", funder));
        if (!partner.plays(PartnerRole.FUNDER, school)) {
            throw new RuleViolationException("funderId", ErrorCodes.FUNDER_NOT_ENGAGED,
                    "the partner is not a funder of this school: engage it as a funder first");
        }
    }

    private void requireCohortOf(CohortId id, SchoolId school) {
        Cohort cohort = cohorts.findById(id).orElseThrow(() -> new NotFoundException("cohort", id));
        if (!cohort.schoolId().equals(school)) {
            throw new RuleViolationException("cohortId", ErrorCodes.COHORT_OF_OTHER_SCHOOL, "the cohort belongs to another school");
        }
    }

    /** The commitment, once the caller may manage the funding of its school. */
    private FundingCommitment managed(FundingCommitmentId id) {
        FundingCommitment commitment = records.find(id);
        requireManager(commitment.schoolId());
        return commitment;
    }
}

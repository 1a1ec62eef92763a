package org.tremplin.adapter.persistence.jdbc.funding;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tremplin.adapter.persistence.jdbc.support.Sql;
import org.tremplin.adapter.persistence.jdbc.support.SqlListQuery;
import org.tremplin.adapter.persistence.jdbc.support.UnitOfWork;
import org.tremplin.adapter.persistence.jdbc.support.RowTable;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.out.FundingCommitments;
import org.tremplin.application.port.in.FundingFilter;
import org.tremplin.application.port.in.FundingSortKey;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.funding.FundingCommitment;
import org.tremplin.domain.funding.FundingCommitmentId;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.shared.Identifiers;
import org.tremplin.domain.shared.Money;

/** The funding ledger; amounts are whole cents. */
@Singleton
public final class JdbcFundingCommitments extends RowTable<FundingCommitment, FundingCommitmentId, FundingCommitmentRow> implements FundingCommitments {
    JdbcFundingCommitments(FundingCommitmentRows rows, Sql sql, UnitOfWork unitOfWork, Clock clock) {
        super(rows, sql, unitOfWork, clock, "funding_commitment", "funding-commitment", FundingCommitment::id, FundingCommitment::version, FundingCommitment::withVersion);
    }

    @Override
    public Page<FundingCommitment> list(FundingFilter filter, Sort<FundingSortKey> sort, PageRequest page) {
        var query = new SqlListQuery("funding_commitment f", "f.id")
                .whereSchoolIn("f.school_id", filter.schools())
                .whereEquals("f.cohort_id", filter.cohort().map(CohortId::value))
                .whereEquals("f.funder_id", filter.funder().map(PartnerId::value))
                .whereEquals("f.year", filter.year())
                .whereUpdatedSince("f.updated_at", filter.updatedSince());
        switch (sort.key()) {
            case YEAR -> query.orderBy("f.year", sort.isAscending());
            case AMOUNT -> query.orderBy("f.amount_cents", sort.isAscending());
        }
        return page(query, page);
    }

    @Override
    public List<FundingCommitment> ofSchool(SchoolId school) {
        return select("SELECT id FROM funding_commitment WHERE school_id = ? ORDER BY id", school.toString()).stream()
                .sorted(Comparator.comparing(commitment -> commitment.id().value(), Identifiers.ORDER))
                .toList();
    }

    @Override
    public void delete(FundingCommitmentId id, long version) {
        deleteOne(id.toString(), version);
    }

    @Override
    protected List<FundingCommitment> records(List<FundingCommitmentRow> rows) {
        return rows.stream()
                .map(row -> new FundingCommitment(FundingCommitmentId.parse(row.id()), row.version(),
                        PartnerId.parse(row.funderId()), SchoolId.parse(row.schoolId()),
                        Optional.ofNullable(row.cohortId()).map(CohortId::parse), Money.ofCents(row.amountCents()),
                        row.year()))
                .toList();
    }

    @Override
    protected FundingCommitmentRow row(FundingCommitment commitment, String updatedAt) {
        return new FundingCommitmentRow(commitment.id().toString(), commitment.version(), commitment.funderId().toString(),
                commitment.schoolId().toString(), commitment.cohortId().map(CohortId::toString).orElse(null),
                commitment.amount().cents(), commitment.year(), updatedAt);
    }
}

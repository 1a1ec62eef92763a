package org.tremplin.adapter.persistence.jdbc.funding;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tremplin.adapter.persistence.jdbc.support.Sql;
import org.tremplin.adapter.persistence.jdbc.support.UnitOfWork;
import org.tremplin.adapter.persistence.jdbc.support.RowTable;
import org.tremplin.application.port.out.ParityRules;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.funding.ParityRule;
import org.tremplin.domain.funding.ParityRuleId;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.shared.Identifiers;

@Singleton
public final class JdbcParityRules extends RowTable<ParityRule, ParityRuleId, ParityRuleRow> implements ParityRules {
    JdbcParityRules(ParityRuleRows rows, Sql sql, UnitOfWork unitOfWork, Clock clock) {
        super(rows, sql, unitOfWork, clock, "parity_rule", "parity-rule", ParityRule::id, ParityRule::version, ParityRule::withVersion);
    }

    @Override
    public List<ParityRule> ofSchool(SchoolId school) {
        return select("SELECT id FROM parity_rule WHERE school_id = ?", school.toString()).stream()
                .sorted(Comparator.comparing(rule -> rule.id().value(), Identifiers.ORDER))
                .toList();
    }

    @Override
    public void delete(ParityRuleId id, long version) {
        deleteOne(id.toString(), version);
    }

    @Override
    protected List<ParityRule> records(List<ParityRuleRow> rows) {
        return rows.stream()
                .map(row -> new ParityRule(ParityRuleId.parse(row.id()), row.version(), SchoolId.parse(row.schoolId()),
                        Optional.ofNullable(row.cohortId()).map(CohortId::parse), PartnerId.parse(row.firstFunderId()),
                        PartnerId.parse(row.secondFunderId())))
                .toList();
    }

    @Override
    protected ParityRuleRow row(ParityRule rule, String updatedAt) {
        return new ParityRuleRow(rule.id().toString(), rule.version(), rule.schoolId().toString(),
                rule.cohortId().map(CohortId::toString).orElse(null), rule.firstFunder().toString(),
                rule.secondFunder().toString(), updatedAt);
    }
}

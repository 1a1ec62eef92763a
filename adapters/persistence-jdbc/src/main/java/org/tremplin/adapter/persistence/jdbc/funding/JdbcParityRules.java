package org.tremplin.adapter.persistence.jdbc.funding;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tremplin.adapter.persistence.jdbc.support.Sql;
import org.tremplin.adapter.persistence.jdbc.support.UnitOfWork;
import org.tremplin.adapter.persistence.jdbc.support.VersionedTable;
import org.tremplin.application.port.out.ParityRules;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.funding.ParityRule;
import org.tremplin.domain.funding.ParityRuleId;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.shared.Identifiers;

@Singleton
public final class JdbcParityRules extends VersionedTable<ParityRule, ParityRuleId> implements ParityRules {
    private final ParityRuleRows rows;

    JdbcParityRules(ParityRuleRows rows, Sql sql, UnitOfWork unitOfWork, Clock clock) {
        super(sql, unitOfWork, clock, "parity_rule", "parity-rule", ParityRule::id, ParityRule::version, ParityRule::withVersion);
        this.rows = rows;
    }

    @Override
    public List<ParityRule> ofSchool(SchoolId school) {
        return read(() -> load(sql.query("SELECT id FROM parity_rule WHERE school_id = ?", List.of(school.toString()),
                row -> row.getString(1))));
    }

    @Override
    public void delete(ParityRuleId id, long version) {
        deleteOne(id.toString(), version);
    }

    @Override
    protected void insert(List<ParityRule> rules, String updatedAt) {
        rows.saveAll(rules.stream().map(rule -> row(rule, updatedAt)).toList());
    }

    @Override
    protected void update(ParityRule rule, String updatedAt) {
        rows.update(row(rule, updatedAt));
    }

    @Override
    protected List<ParityRule> load(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return rows.findByIdIn(ids).stream()
                .map(row -> new ParityRule(ParityRuleId.parse(row.id()), row.version(), SchoolId.parse(row.schoolId()),
                        Optional.ofNullable(row.cohortId()).map(CohortId::parse), PartnerId.parse(row.firstFunderId()),
                        PartnerId.parse(row.secondFunderId())))
                .sorted(Comparator.comparing(rule -> rule.id().value(), Identifiers.ORDER))
                .toList();
    }

    private static ParityRuleRow row(ParityRule rule, String updatedAt) {
        return new ParityRuleRow(rule.id().toString(), rule.version(), rule.schoolId().toString(),
                rule.cohortId().map(CohortId::toString).orElse(null), rule.firstFunder().toString(),
                rule.secondFunder().toString(), updatedAt);
    }
}

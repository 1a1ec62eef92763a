package org.tremplin.adapter.persistence.memory;

import java.util.List;
import org.tremplin.application.port.out.ParityRules;
import org.tremplin.domain.funding.ParityRule;
import org.tremplin.domain.funding.ParityRuleId;
import org.tremplin.domain.school.SchoolId;

public final class InMemoryParityRules extends InMemoryRepository<ParityRule, ParityRuleId> implements ParityRules {
    public InMemoryParityRules(InMemoryTransactions transactions) {
        super(new InMemoryRecords<>(new RecordShape<>("parity-rule", ParityRule::id, ParityRule::version,
                ParityRule::withVersion, List.of()), transactions));
    }

    @Override
    public List<ParityRule> ofSchool(SchoolId school) {
        return records.matching(rule -> rule.schoolId().equals(school)).stream()
                .sorted(Orderings.byId(rule -> rule.id().value())).toList();
    }

    @Override
    public void delete(ParityRuleId id, long version) {
        records.delete(id, version);
    }

}

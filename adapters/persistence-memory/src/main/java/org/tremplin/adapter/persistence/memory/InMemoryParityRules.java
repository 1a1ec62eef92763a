package org.tremplin.adapter.persistence.memory;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tremplin.application.port.out.ParityRules;
import org.tremplin.domain.funding.ParityRule;
import org.tremplin.domain.funding.ParityRuleId;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.shared.Identifiers;

public final class InMemoryParityRules extends InMemoryRepository<ParityRule, ParityRuleId> implements ParityRules {
    public InMemoryParityRules(InMemoryTransactions transactions) {
        super(new InMemoryRecords<>(new RecordShape<>("parity-rule", ParityRule::id, ParityRule::version,
                ParityRule::withVersion, List.of()), transactions));
    }

    @Override
    public List<ParityRule> ofSchool(SchoolId school) {
        return records.matching(rule -> rule.schoolId().equals(school)).stream()
                .sorted(Comparator.comparing(rule -> rule.id().value(), Identifiers.ORDER)).toList();
    }

    @Override
    public void delete(ParityRuleId id, long version) {
        records.delete(id, version);
    }

}

package org.tremplin.application.port.out;

import java.util.List;
import org.tremplin.domain.funding.ParityRule;
import org.tremplin.domain.funding.ParityRuleId;
import org.tremplin.domain.school.SchoolId;

/** The parity rules schools and cohorts declared; few per school, so listed whole. */
public interface ParityRules extends Repository<ParityRule, ParityRuleId> {
    /** The school's rules, school-wide ones and those of its cohorts, oldest id first. */
    List<ParityRule> ofSchool(SchoolId school);

    void delete(ParityRuleId id, long version);
}

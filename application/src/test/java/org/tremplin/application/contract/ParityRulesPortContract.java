package org.tremplin.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.error.ConflictException;
import org.tremplin.application.port.out.Repository;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.funding.ParityRule;
import org.tremplin.domain.funding.ParityRuleId;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.school.School;

public abstract class ParityRulesPortContract extends RepositoryPortContract<ParityRule, ParityRuleId> {
    protected ParityRulesPortContract() {
        super(ParityRule::id, ParityRule::version, ParityRule::withVersion);
    }

    @Override
    protected Repository<ParityRule, ParityRuleId> repository() {
        return ports.parityRules();
    }

    @Override
    protected ParityRule newRecord() {
        School school = data.savedSchool();
        return data.parity(school, Optional.empty(), data.savedFunder(school, "Région " + data.next()),
                data.savedFunder(school, "Microsoft " + data.next()));
    }

    @Override
    protected ParityRule changed(ParityRule rule) {
        return new ParityRule(rule.id(), rule.version(), rule.schoolId(), rule.cohortId(), rule.secondFunder(),
                rule.firstFunder());
    }

    /** Parity rules are read per school, whole: there is no list to filter. */
    @Override
    protected Optional<List<ParityRule>> listUpdatedSince(Instant since) {
        return Optional.empty();
    }

    @Test
    void a_school_has_its_own_rules_and_those_of_its_cohorts() {
        School castelnau = data.savedSchool();
        Cohort cohort = data.savedCohort(castelnau);
        Partner region = data.savedFunder(castelnau, "Région Occitanie");
        Partner microsoft = data.savedFunder(castelnau, "Microsoft");
        ParityRule schoolWide = ports.parityRules().save(data.parity(castelnau, Optional.empty(), region, microsoft));
        ParityRule ofCohort = ports.parityRules().save(data.parity(castelnau, Optional.of(cohort.id()), region, microsoft));
        ports.parityRules().save(newRecord());

        assertThat(ports.parityRules().ofSchool(castelnau.id())).containsExactlyInAnyOrder(schoolWide, ofCohort);
    }

    @Test
    void a_rule_is_removed_only_at_its_current_version() {
        ParityRule saved = ports.parityRules().save(newRecord());

        assertThatThrownBy(() -> ports.parityRules().delete(saved.id(), 7)).isInstanceOf(ConflictException.class);
        ports.parityRules().delete(saved.id(), saved.version());

        assertThat(ports.parityRules().findById(saved.id())).isEmpty();
    }
}

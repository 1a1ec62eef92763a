package org.tremplin.adapter.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tremplin.adapter.persistence.jdbc.support.Sql;
import org.tremplin.application.contract.ContractTestData;
import org.tremplin.application.contract.PersistencePorts;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.outcome.EmploymentOutcome;
import org.tremplin.domain.outcome.Situation;

/**
 * Bulk saves go to the server in batches, not one round trip per row: the server counts the
 * INSERT statements it executed, and a thousand learners must take a handful, not a thousand.
 */
class JdbcBulkSaveTest {
    private static final int LEARNERS = 1_000;

    @Test
    void a_thousand_learners_and_their_outcomes_are_inserted_in_a_few_statements() {
        PersistencePorts ports = JdbcTestPorts.create();
        var data = new ContractTestData(ports);
        Cohort cohort = data.savedCohort();
        List<Learner> learners = new ArrayList<>();
        List<EmploymentOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < LEARNERS; i++) {
            Learner graduate = data.graduate(cohort, cohort.calendar().workStudyEnd());
            learners.add(graduate);
            outcomes.add(data.outcome(graduate, cohort.calendar().workStudyEnd().plusMonths(6), Situation.PERMANENT_CONTRACT,
                    java.util.Optional.empty()));
        }

        long before = insertsExecuted();
        ports.transactions().run(() -> {
            ports.learners().saveAll(learners);
            ports.outcomes().saveAll(outcomes);
        });
        long statements = insertsExecuted() - before;

        assertThat(ports.learners().count()).isEqualTo(LEARNERS);
        assertThat(ports.outcomes().count()).isEqualTo(LEARNERS);
        // Learners, their disability rows and outcomes: three batches, each a few multi-row INSERTs.
        assertThat(statements).isLessThan(30);
    }

    private static long insertsExecuted() {
        Sql sql = JdbcTestPorts.context().getBean(Sql.class);
        return JdbcTestPorts.context().getBean(JdbcTransactions.class).inTransaction(() -> sql.query(
                "SHOW GLOBAL STATUS LIKE 'Com_insert'", List.of(), row -> row.getLong(2)).getFirst());
    }
}

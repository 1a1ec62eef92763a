package org.tremplin.adapter.persistence.jdbc;

import io.micronaut.context.ApplicationContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tremplin.adapter.persistence.jdbc.access.JdbcApiTokens;
import org.tremplin.adapter.persistence.jdbc.access.JdbcUserAccounts;
import org.tremplin.adapter.persistence.jdbc.audit.JdbcAuditTrail;
import org.tremplin.adapter.persistence.jdbc.applicant.JdbcApplicants;
import org.tremplin.adapter.persistence.jdbc.cohort.JdbcCohorts;
import org.tremplin.adapter.persistence.jdbc.funding.JdbcFundingCommitments;
import org.tremplin.adapter.persistence.jdbc.funding.JdbcParityRules;
import org.tremplin.adapter.persistence.jdbc.idempotency.JdbcIdempotencyRecords;
import org.tremplin.adapter.persistence.jdbc.indicator.JdbcIndicatorQueries;
import org.tremplin.adapter.persistence.jdbc.learner.JdbcLearners;
import org.tremplin.adapter.persistence.jdbc.outcome.JdbcEmploymentOutcomes;
import org.tremplin.adapter.persistence.jdbc.partner.JdbcPartners;
import org.tremplin.adapter.persistence.jdbc.programme.JdbcProgrammes;
import org.tremplin.adapter.persistence.jdbc.school.JdbcSchools;
import org.tremplin.adapter.persistence.jdbc.workstudy.JdbcWorkStudyContracts;
import org.tremplin.adapter.persistence.jdbc.support.Sql;
import org.tremplin.adapter.persistence.jdbc.warning.JdbcWarningQueries;
import org.tremplin.application.contract.AdjustableClock;
import org.tremplin.application.contract.PersistencePorts;

/**
 * The JDBC adapter over a test database: one application context for the whole test run, and an
 * emptied database for each test. The adapter's clock is one the tests move, set back to its start
 * for each test.
 */
final class JdbcTestPorts {
    /** Children before parents, so that emptying never trips a foreign key. */
    private static final List<String> TABLES = List.of("api_token_school", "api_token_scope", "api_token",
            "user_account_school", "user_account", "audit_entry", "employment_outcome", "work_study_contract",
            "parity_rule", "funding_commitment", "learner_disability", "learner", "applicant_disability",
            "applicant_stage", "applicant", "partner_engagement", "partner", "cohort", "programme", "school",
            "idempotency_record");
    private static final AdjustableClock CLOCK = new AdjustableClock();
    private static ApplicationContext context;

    private JdbcTestPorts() {
    }

    static synchronized ApplicationContext context() {
        if (context == null) {
            Map<String, Object> properties = new HashMap<>(TestDatabase.properties());
            properties.put("tremplin.persistence", "jdbc");
            properties.put("flyway.datasources.default.enabled", true);
            context = ApplicationContext.builder().properties(properties).build();
            context.registerSingleton(Clock.class, CLOCK);
            context.start();
            Runtime.getRuntime().addShutdownHook(new Thread(JdbcTestPorts::closeAndDropSchema));
        }
        return context;
    }

    static PersistencePorts create() {
        ApplicationContext beans = context();
        emptyDatabase(beans);
        CLOCK.set(AdjustableClock.START);
        return new PersistencePorts(beans.getBean(JdbcSchools.class), beans.getBean(JdbcProgrammes.class),
                beans.getBean(JdbcCohorts.class), beans.getBean(JdbcApplicants.class), beans.getBean(JdbcLearners.class),
                beans.getBean(JdbcPartners.class), beans.getBean(JdbcFundingCommitments.class),
                beans.getBean(JdbcParityRules.class), beans.getBean(JdbcWorkStudyContracts.class),
                beans.getBean(JdbcEmploymentOutcomes.class), beans.getBean(JdbcIndicatorQueries.class),
                beans.getBean(JdbcTransactions.class), beans.getBean(JdbcAuditTrail.class),
                beans.getBean(JdbcUserAccounts.class), beans.getBean(JdbcApiTokens.class),
                beans.getBean(JdbcIdempotencyRecords.class), CLOCK, beans.getBean(JdbcWarningQueries.class));
    }

    /** A shared server keeps no test schema behind; the embedded one lives under target/. */
    private static void closeAndDropSchema() {
        if (!TestDatabase.isEmbedded()) {
            Sql sql = context.getBean(Sql.class);
            context.getBean(JdbcTransactions.class).run(() -> sql.update("DROP DATABASE " + TestDatabase.SCHEMA, List.of()));
        }
        context.close();
    }

    private static void emptyDatabase(ApplicationContext beans) {
        Sql sql = beans.getBean(Sql.class);
        beans.getBean(JdbcTransactions.class).run(() -> {
            TABLES.forEach(table -> sql.update("DELETE FROM " + table, List.of()));
            // The folded sums went with their schools and partners: nothing is folded any more.
            sql.update("UPDATE timeline_fold SET folded_through = '0999-12-31', built = TRUE", List.of());
        });
    }
}

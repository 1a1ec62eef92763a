package org.tremplin.app.wiring;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.tremplin.adapter.persistence.memory.InMemoryPersistence;
import org.tremplin.application.port.out.ApiTokens;
import org.tremplin.application.port.out.Applicants;
import org.tremplin.application.port.out.AuditTrail;
import org.tremplin.application.port.out.Cohorts;
import org.tremplin.application.port.out.EmploymentOutcomes;
import org.tremplin.application.port.out.FundingCommitments;
import org.tremplin.application.port.out.IdempotencyRecords;
import org.tremplin.application.port.out.IndicatorQueries;
import org.tremplin.application.port.out.Learners;
import org.tremplin.application.port.out.ParityRules;
import org.tremplin.application.port.out.Partners;
import org.tremplin.application.port.out.Programmes;
import org.tremplin.application.port.out.Schools;
import org.tremplin.application.port.out.Transactions;
import org.tremplin.application.port.out.UserAccounts;
import org.tremplin.application.port.out.WarningQueries;
import org.tremplin.application.port.out.WorkStudyContracts;

/** Plugs the in-memory adapter into every persistence port when {@code tremplin.persistence} is {@code memory}. */
@Factory
@Requires(property = "tremplin.persistence", value = "memory", defaultValue = "memory")
class InMemoryPersistenceFactory {

    @Singleton
    InMemoryPersistence inMemoryPersistence(Clock clock) {
        return new InMemoryPersistence(clock);
    }

    @Singleton
    Transactions transactions(InMemoryPersistence persistence) {
        return persistence.transactions();
    }

    @Singleton
    AuditTrail auditTrail(InMemoryPersistence persistence) {
        return persistence.auditTrail();
    }

    @Singleton
    Schools schools(InMemoryPersistence persistence) {
        return persistence.schools();
    }

    @Singleton
    Programmes programmes(InMemoryPersistence persistence) {
        return persistence.programmes();
    }

    @Singleton
    Cohorts cohorts(InMemoryPersistence persistence) {
        return persistence.cohorts();
    }

    @Singleton
    Applicants applicants(InMemoryPersistence persistence) {
        return persistence.applicants();
    }

    @Singleton
    Learners learners(InMemoryPersistence persistence) {
        return persistence.learners();
    }

    @Singleton
    Partners partners(InMemoryPersistence persistence) {
        return persistence.partners();
    }

    @Singleton
    FundingCommitments fundingCommitments(InMemoryPersistence persistence) {
        return persistence.funding();
    }

    @Singleton
    ParityRules parityRules(InMemoryPersistence persistence) {
        return persistence.parityRules();
    }

    @Singleton
    WorkStudyContracts workStudyContracts(InMemoryPersistence persistence) {
        return persistence.contracts();
    }

    @Singleton
    EmploymentOutcomes employmentOutcomes(InMemoryPersistence persistence) {
        return persistence.outcomes();
    }

    @Singleton
    IndicatorQueries indicatorQueries(InMemoryPersistence persistence) {
        return persistence.indicators();
    }

    @Singleton
    UserAccounts userAccounts(InMemoryPersistence persistence) {
        return persistence.userAccounts();
    }

    @Singleton
    ApiTokens apiTokens(InMemoryPersistence persistence) {
        return persistence.apiTokens();
    }

    @Singleton
    IdempotencyRecords idempotencyRecords(InMemoryPersistence persistence) {
        return persistence.idempotencyRecords();
    }

    @Singleton
    WarningQueries warningQueries(InMemoryPersistence persistence) {
        return persistence.warnings();
    }
}

package org.tremplin.adapter.persistence.memory;

import org.tremplin.application.contract.AdjustableClock;
import org.tremplin.application.contract.PersistencePorts;

/** A fresh in-memory database, as the contract suite wants it, on a clock the test moves. */
final class InMemoryPorts {
    private InMemoryPorts() {
    }

    static PersistencePorts create() {
        AdjustableClock clock = new AdjustableClock();
        InMemoryPersistence persistence = new InMemoryPersistence(clock);
        return new PersistencePorts(persistence.schools(), persistence.programmes(), persistence.cohorts(),
                persistence.applicants(), persistence.learners(), persistence.partners(), persistence.funding(),
                persistence.parityRules(), persistence.contracts(), persistence.outcomes(), persistence.indicators(),
                persistence.transactions(), persistence.auditTrail(), persistence.userAccounts(),
                persistence.apiTokens(), persistence.idempotencyRecords(), clock, persistence.warnings());
    }
}

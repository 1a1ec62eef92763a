package org.tremplin.adapter.persistence.memory;

import java.time.Clock;

/**
 * One in-memory database: every persistence port, sharing one lock and one undo log so that a
 * unit of work spans them all. Its data lives as long as the object.
 */
public final class InMemoryPersistence {
    private final InMemoryTransactions transactions;
    private final InMemorySchools schools;
    private final InMemoryProgrammes programmes;
    private final InMemoryCohorts cohorts;
    private final InMemoryApplicants applicants;
    private final InMemoryLearners learners;
    private final InMemoryPartners partners;
    private final InMemoryFundingCommitments funding;
    private final InMemoryParityRules parityRules;
    private final InMemoryWorkStudyContracts contracts;
    private final InMemoryEmploymentOutcomes outcomes;
    private final InMemoryAuditTrail auditTrail;
    private final InMemoryUserAccounts userAccounts;
    private final InMemoryApiTokens apiTokens;
    private final InMemoryIndicatorQueries indicators;
    private final InMemoryIdempotencyRecords idempotencyRecords;
    private final InMemoryWarningQueries warnings;

    /** A database whose records are stamped with the system's time. */
    public InMemoryPersistence() {
        this(Clock.systemUTC());
    }

    /** @param clock the time each record written is stamped with, for the "updated since" filters */
    public InMemoryPersistence(Clock clock) {
        transactions = new InMemoryTransactions(clock);
        schools = new InMemorySchools(transactions);
        programmes = new InMemoryProgrammes(transactions);
        cohorts = new InMemoryCohorts(transactions);
        applicants = new InMemoryApplicants(transactions, cohorts);
        learners = new InMemoryLearners(transactions);
        partners = new InMemoryPartners(transactions);
        funding = new InMemoryFundingCommitments(transactions);
        parityRules = new InMemoryParityRules(transactions);
        contracts = new InMemoryWorkStudyContracts(transactions, learners);
        outcomes = new InMemoryEmploymentOutcomes(transactions, learners);
        auditTrail = new InMemoryAuditTrail(transactions);
        userAccounts = new InMemoryUserAccounts(transactions);
        apiTokens = new InMemoryApiTokens(transactions);
        InMemoryStores stores = new InMemoryStores(schools, cohorts, applicants, learners, contracts, outcomes, funding,
                parityRules);
        indicators = new InMemoryIndicatorQueries(transactions, stores);
        idempotencyRecords = new InMemoryIdempotencyRecords(transactions);
        warnings = new InMemoryWarningQueries(transactions, stores);
    }

    public InMemoryTransactions transactions() {
        return transactions;
    }

    public InMemorySchools schools() {
        return schools;
    }

    public InMemoryProgrammes programmes() {
        return programmes;
    }

    public InMemoryCohorts cohorts() {
        return cohorts;
    }

    public InMemoryApplicants applicants() {
        return applicants;
    }

    public InMemoryLearners learners() {
        return learners;
    }

    public InMemoryPartners partners() {
        return partners;
    }

    public InMemoryFundingCommitments funding() {
        return funding;
    }

    public InMemoryParityRules parityRules() {
        return parityRules;
    }

    public InMemoryWorkStudyContracts contracts() {
        return contracts;
    }

    public InMemoryEmploymentOutcomes outcomes() {
        return outcomes;
    }

    public InMemoryAuditTrail auditTrail() {
        return auditTrail;
    }

    public InMemoryIndicatorQueries indicators() {
        return indicators;
    }

    public InMemoryUserAccounts userAccounts() {
        return userAccounts;
    }

    public InMemoryApiTokens apiTokens() {
        return apiTokens;
    }

    public InMemoryIdempotencyRecords idempotencyRecords() {
        return idempotencyRecords;
    }

    public InMemoryWarningQueries warnings() {
        return warnings;
    }
}

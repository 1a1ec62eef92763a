package org.tremplin.adapter.persistence.memory;

/**
 * One in-memory database: every persistence port, sharing one lock and one undo log so that a
 * unit of work spans them all. Its data lives as long as the object.
 */
public final class InMemoryPersistence {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemorySchools schools = new InMemorySchools(transactions);
    private final InMemoryProgrammes programmes = new InMemoryProgrammes(transactions);
    private final InMemoryCohorts cohorts = new InMemoryCohorts(transactions);
    private final InMemoryApplicants applicants = new InMemoryApplicants(transactions, cohorts);
    private final InMemoryLearners learners = new InMemoryLearners(transactions);
    private final InMemoryPartners partners = new InMemoryPartners(transactions);
    private final InMemoryFundingCommitments funding = new InMemoryFundingCommitments(transactions);
    private final InMemoryParityRules parityRules = new InMemoryParityRules(transactions);
    private final InMemoryWorkStudyContracts contracts = new InMemoryWorkStudyContracts(transactions, learners);
    private final InMemoryEmploymentOutcomes outcomes = new InMemoryEmploymentOutcomes(transactions, learners);
    private final InMemoryAuditTrail auditTrail = new InMemoryAuditTrail(transactions);
    private final InMemoryUserAccounts userAccounts = new InMemoryUserAccounts(transactions);
    private final InMemoryApiTokens apiTokens = new InMemoryApiTokens(transactions);
    private final InMemoryIndicatorQueries indicators = new InMemoryIndicatorQueries(transactions,
            new InMemoryStores(schools, cohorts, applicants, learners, contracts, outcomes, funding, parityRules));

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
}

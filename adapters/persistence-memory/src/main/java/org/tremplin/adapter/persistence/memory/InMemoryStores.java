package org.tremplin.adapter.persistence.memory;

/** The stores of one in-memory database, which the indicator queries read across. */
record InMemoryStores(InMemorySchools schools, InMemoryCohorts cohorts, InMemoryApplicants applicants,
                      InMemoryLearners learners, InMemoryWorkStudyContracts contracts,
                      InMemoryEmploymentOutcomes outcomes, InMemoryFundingCommitments funding,
                      InMemoryParityRules parityRules) {
}

package org.tremplin.testdata;

import java.util.Objects;
import org.tremplin.application.port.out.Applicants;
import org.tremplin.application.port.out.Cohorts;
import org.tremplin.application.port.out.EmploymentOutcomes;
import org.tremplin.application.port.out.FundingCommitments;
import org.tremplin.application.port.out.Learners;
import org.tremplin.application.port.out.ParityRules;
import org.tremplin.application.port.out.Partners;
import org.tremplin.application.port.out.Programmes;
import org.tremplin.application.port.out.Schools;
import org.tremplin.application.port.out.WorkStudyContracts;

/**
 * Saves a generated network through the outbound ports' bulk path, parents before children: how
 * the demo loader fills an empty database, and the benchmarks one far larger than the demo, on
 * whichever adapter is wired. The caller chooses the transaction.
 */
public record NetworkWriter(
        Programmes programmes,
        Schools schools,
        Partners partners,
        Cohorts cohorts,
        Applicants applicants,
        Learners learners,
        WorkStudyContracts contracts,
        EmploymentOutcomes outcomes,
        FundingCommitments commitments,
        ParityRules parityRules) {

    public NetworkWriter {
        Objects.requireNonNull(programmes, "programmes");
        Objects.requireNonNull(schools, "schools");
        Objects.requireNonNull(partners, "partners");
        Objects.requireNonNull(cohorts, "cohorts");
        Objects.requireNonNull(applicants, "applicants");
        Objects.requireNonNull(learners, "learners");
        Objects.requireNonNull(contracts, "contracts");
        Objects.requireNonNull(outcomes, "outcomes");
        Objects.requireNonNull(commitments, "commitments");
        Objects.requireNonNull(parityRules, "parityRules");
    }

    /** Saves every record of the network, in the order of its lists (see {@link DemoNetwork}). */
    public void saveAll(DemoNetwork network) {
        programmes.saveAll(network.programmes());
        schools.saveAll(network.schools());
        partners.saveAll(network.partners());
        cohorts.saveAll(network.cohorts());
        applicants.saveAll(network.applicants());
        learners.saveAll(network.learners());
        contracts.saveAll(network.contracts());
        outcomes.saveAll(network.outcomes());
        commitments.saveAll(network.commitments());
        parityRules.saveAll(network.parityRules());
    }
}

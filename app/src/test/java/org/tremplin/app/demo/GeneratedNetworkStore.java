package org.tremplin.app.demo;

import io.micronaut.context.ApplicationContext;
import org.tremplin.application.port.out.Applicants;
import org.tremplin.application.port.out.Cohorts;
import org.tremplin.application.port.out.EmploymentOutcomes;
import org.tremplin.application.port.out.FundingCommitments;
import org.tremplin.application.port.out.Learners;
import org.tremplin.application.port.out.ParityRules;
import org.tremplin.application.port.out.Partners;
import org.tremplin.application.port.out.Programmes;
import org.tremplin.application.port.out.Schools;
import org.tremplin.application.port.out.Transactions;
import org.tremplin.application.port.out.WorkStudyContracts;

/**
 * Saves a generated network through the outbound ports' bulk path, parents before children, in one
 * transaction: how the benchmarks fill a database with a network far larger than the demo.
 */
final class GeneratedNetworkStore {

    private GeneratedNetworkStore() {
    }

    static void saveAll(ApplicationContext context, DemoNetwork network) {
        context.getBean(Transactions.class).run(() -> {
            context.getBean(Programmes.class).saveAll(network.programmes());
            context.getBean(Schools.class).saveAll(network.schools());
            context.getBean(Partners.class).saveAll(network.partners());
            context.getBean(Cohorts.class).saveAll(network.cohorts());
            context.getBean(Applicants.class).saveAll(network.applicants());
            context.getBean(Learners.class).saveAll(network.learners());
            context.getBean(WorkStudyContracts.class).saveAll(network.contracts());
            context.getBean(EmploymentOutcomes.class).saveAll(network.outcomes());
            context.getBean(FundingCommitments.class).saveAll(network.commitments());
            context.getBean(ParityRules.class).saveAll(network.parityRules());
        });
    }
}

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
import org.tremplin.testdata.DemoNetwork;
import org.tremplin.testdata.NetworkWriter;

/**
 * Saves a generated network through the application's own ports, in one transaction: how the
 * benchmarks fill a database with a network far larger than the demo.
 */
final class GeneratedNetworkStore {

    private GeneratedNetworkStore() {
    }

    static void saveAll(ApplicationContext context, DemoNetwork network) {
        NetworkWriter writer = new NetworkWriter(context.getBean(Programmes.class), context.getBean(Schools.class),
                context.getBean(Partners.class), context.getBean(Cohorts.class), context.getBean(Applicants.class),
                context.getBean(Learners.class), context.getBean(WorkStudyContracts.class),
                context.getBean(EmploymentOutcomes.class), context.getBean(FundingCommitments.class),
                context.getBean(ParityRules.class));
        context.getBean(Transactions.class).run(() -> writer.saveAll(network));
    }
}

package org.tremplin.app.startup;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tremplin.app.demo.DemoAccess;
import org.tremplin.app.wiring.ThreadLocalCurrentActor;
import org.tremplin.domain.identity.Actor;
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
import org.tremplin.application.access.AccountAdministration;
import org.tremplin.application.access.TokenAdministration;
import org.tremplin.testdata.DemoNetwork;
import org.tremplin.testdata.DemoNetworkGenerator;
import org.tremplin.testdata.DemoScale;
import org.tremplin.testdata.NetworkWriter;

/**
 * Fills an empty database with the demo network at start-up, so that a newcomer sees a living
 * network at once, with the documented demo administrator and API token ({@link DemoAccess}) to
 * get in. Only on the embedded or in-memory database: a configured (production) database never
 * receives demo data nor demo credentials. Never touches a database that already holds schools.
 */
@Singleton
@Requires(property = "tremplin.demo-data.enabled", value = "true")
@Requires(missingProperty = "tremplin.database.url")
final class DemoDataLoader implements ApplicationEventListener<StartupEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    private final Transactions transactions;
    private final Clock clock;
    private final Schools schools;
    private final NetworkWriter writer;
    private final AccountAdministration accounts;
    private final TokenAdministration tokens;
    private final ThreadLocalCurrentActor currentActor;

    DemoDataLoader(Transactions transactions, Clock clock, Schools schools, Programmes programmes, Partners partners,
                   Cohorts cohorts, Applicants applicants, Learners learners, WorkStudyContracts contracts,
                   EmploymentOutcomes outcomes, FundingCommitments commitments, ParityRules parityRules,
                   AccountAdministration accounts, TokenAdministration tokens, ThreadLocalCurrentActor currentActor) {
        this.transactions = transactions;
        this.clock = clock;
        this.schools = schools;
        this.writer = new NetworkWriter(programmes, schools, partners, cohorts, applicants, learners, contracts,
                outcomes, commitments, parityRules);
        this.accounts = accounts;
        this.tokens = tokens;
        this.currentActor = currentActor;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        transactions.run(() -> {
            if (schools.count() > 0) {
                LOG.info("Demo data not loaded: the database already holds {} schools", schools.count());
                return;
            }
            DemoNetwork network = new DemoNetworkGenerator().generate(DemoScale.standard(), LocalDate.now(clock));
            writer.saveAll(network);
            currentActor.runAs(Actor.system(), () -> {
                DemoAccess.install(accounts, tokens, clock.instant());
                return null;
            });
            LOG.info("Demo network loaded: {} schools, {} partners, {} cohorts, {} learners, {} outcomes,"
                            + " the demo administrator and the demo API token (see the README)",
                    network.schools().size(), network.partners().size(), network.cohorts().size(),
                    network.learners().size(), network.outcomes().size());
        });
    }
}

package org.tremplin.adapter.persistence.jdbc.indicator;

import org.tremplin.application.contract.PersistencePorts;
import org.tremplin.testdata.IndicatorEdgeCaseNetwork;
import org.tremplin.testdata.NetworkWriter;

/** The edge-case network of the test data, saved through the adapter's ports. */
final class GeneratedNetworks {
    private GeneratedNetworks() {
    }

    static IndicatorEdgeCaseNetwork generate(PersistencePorts ports, long seed) {
        return IndicatorEdgeCaseNetwork.generate(new NetworkWriter(ports.programmes(), ports.schools(), ports.partners(),
                ports.cohorts(), ports.applicants(), ports.learners(), ports.contracts(), ports.outcomes(),
                ports.funding(), ports.parityRules()), seed);
    }
}

package org.tremplin.application.port.in;

import java.util.Objects;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.school.Region;
import org.tremplin.domain.school.SchoolId;

/** What an indicator report covers. */
public sealed interface IndicatorScope {
    record Network() implements IndicatorScope {
    }

    record OfRegion(Region region) implements IndicatorScope {
        public OfRegion {
            Objects.requireNonNull(region, "region");
        }
    }

    record OfSchool(SchoolId school) implements IndicatorScope {
        public OfSchool {
            Objects.requireNonNull(school, "school");
        }
    }

    record OfCohort(CohortId cohort) implements IndicatorScope {
        public OfCohort {
            Objects.requireNonNull(cohort, "cohort");
        }
    }

    /**
     * What one partner contributed: the learners it hosted or hired (with their contracts and
     * outcomes) and the money it committed.
     */
    record OfPartner(PartnerId partner) implements IndicatorScope {
        public OfPartner {
            Objects.requireNonNull(partner, "partner");
        }
    }
}

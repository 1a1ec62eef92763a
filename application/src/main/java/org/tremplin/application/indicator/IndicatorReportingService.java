package org.tremplin.application.indicator;

import java.time.LocalDate;
import org.tremplin.application.access.Actor;
import org.tremplin.application.access.Permission;
import org.tremplin.application.common.NotFoundException;
import org.tremplin.application.support.UseCaseSupport;
import org.tremplin.application.port.out.Cohorts;
import org.tremplin.application.port.out.IndicatorQueries;
import org.tremplin.application.port.out.IndicatorScope;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.indicator.IndicatorReport;

public final class IndicatorReportingService implements IndicatorReporting {
    private final IndicatorQueries queries;
    private final Cohorts cohorts;
    private final UseCaseSupport support;

    public IndicatorReportingService(IndicatorQueries queries, Cohorts cohorts, UseCaseSupport support) {
        this.queries = queries;
        this.cohorts = cohorts;
        this.support = support;
    }

    @Override
    public IndicatorReport report(IndicatorScope scope, LocalDate asOf) {
        Actor actor = support.require(Permission.READ_INDICATORS);
        return support.read(() -> {
            switch (scope) {
                case IndicatorScope.OfSchool(var school) -> actor.requireSchool(school);
                case IndicatorScope.OfCohort(var cohortId) -> {
                    Cohort cohort = cohorts.findById(cohortId).orElseThrow(() -> new NotFoundException("cohort", cohortId));
                    actor.requireSchool(cohort.schoolId());
                }
                // Wider scopes mix schools: only callers who see the whole network get them.
                case IndicatorScope.OfRegion ignored -> actor.requireWholeNetwork();
                case IndicatorScope.OfPartner ignored -> actor.requireWholeNetwork();
                case IndicatorScope.Network ignored -> actor.requireWholeNetwork();
            }
            return queries.report(scope, asOf);
        });
    }

    @Override
    public IndicatorReport report(IndicatorScope scope) {
        return report(scope, support.today());
    }
}

package org.tremplin.application.indicator;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.identity.Permission;
import org.tremplin.application.port.out.Cohorts;
import org.tremplin.application.port.out.IndicatorQueries;
import org.tremplin.application.port.in.IndicatorScope;
import org.tremplin.application.port.out.Partners;
import org.tremplin.application.support.SchoolRecords;
import org.tremplin.application.support.UseCaseSupport;
import org.tremplin.application.support.VersionedRecords;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.funding.ParityStatus;
import org.tremplin.domain.indicator.IndicatorReport;
import org.tremplin.domain.indicator.LeavingYear;
import org.tremplin.domain.indicator.PartnerContribution;
import org.tremplin.domain.partner.PartnerId;

public final class IndicatorReportingService implements IndicatorReporting {
    private final IndicatorQueries queries;
    private final VersionedRecords<Cohort, CohortId> cohorts;
    private final Partners partners;
    private final UseCaseSupport support;

    public IndicatorReportingService(IndicatorQueries queries, Cohorts cohorts, Partners partners,
                                     UseCaseSupport support) {
        this.queries = queries;
        this.cohorts = SchoolRecords.cohorts(support, cohorts);
        this.partners = partners;
        this.support = support;
    }

    @Override
    public IndicatorReport report(IndicatorScope scope, LocalDate asOf, Optional<LeavingYear> leavingYear) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(leavingYear, "leavingYear");
        Actor actor = support.require(Permission.READ_INDICATORS);
        return support.read(() -> {
            switch (scope) {
                case IndicatorScope.OfSchool(var school) -> actor.requireSchool(school);
                case IndicatorScope.OfCohort(var cohort) -> cohorts.findInScope(cohort, actor);
                // Wider scopes mix schools: only callers who see the whole network get them.
                case IndicatorScope.OfRegion ignored -> actor.requireWholeNetwork();
                case IndicatorScope.OfPartner ignored -> actor.requireWholeNetwork();
                case IndicatorScope.Network ignored -> actor.requireWholeNetwork();
            }
            IndicatorReport report = queries.report(scope, asOf, leavingYear);
            report = report.withPartnerNames(partners.legalNames(mentioned(report)));
            return actor.may(Permission.READ_HEALTH_DATA) ? report : report.withoutHealthData();
        });
    }

    @Override
    public IndicatorReport report(IndicatorScope scope, Optional<LeavingYear> leavingYear) {
        return report(scope, support.today(), leavingYear);
    }

    /** The partners and funders a report names: contributors, funders, both sides of each parity rule. */
    private static Set<PartnerId> mentioned(IndicatorReport report) {
        Set<PartnerId> ids = new LinkedHashSet<>();
        report.partners().stream().map(PartnerContribution::partnerId).forEach(ids::add);
        ids.addAll(report.funding().byFunder().keySet());
        for (ParityStatus status : report.funding().parity()) {
            ids.add(status.rule().firstFunder());
            ids.add(status.rule().secondFunder());
        }
        return ids;
    }
}

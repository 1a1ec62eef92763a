package org.tremplin.adapter.rest.indicator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Optional;
import org.tremplin.adapter.rest.support.Parameters;
import org.tremplin.application.indicator.IndicatorReporting;
import org.tremplin.application.port.out.IndicatorScope;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.indicator.IndicatorReport;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.school.Region;
import org.tremplin.domain.school.SchoolId;

/**
 * Indicators for the whole network, a region, a school, a cohort or a partner, as of a date
 * ({@code as-of}, today by default). Read-only.
 */
@Controller("/api/v1/indicators")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Indicators")
final class IndicatorController {
    private final IndicatorReporting indicators;

    IndicatorController(IndicatorReporting indicators) {
        this.indicators = indicators;
    }

    /** The whole network. */
    @Get("/network")
    IndicatorReportJson network(@Nullable @QueryValue("as-of") String asOf) {
        return report("network", new IndicatorScope.Network(), asOf);
    }

    /** One region, by its name such as OCCITANIE. */
    @Get("/regions/{region}")
    IndicatorReportJson region(@PathVariable String region, @Nullable @QueryValue("as-of") String asOf) {
        Parameters parameters = new Parameters();
        Region chosen = parameters.requiredChoice("region", region, Region.class);
        parameters.complete();
        return report("region:" + chosen.name(), new IndicatorScope.OfRegion(chosen), asOf);
    }

    /** One school. */
    @Get("/schools/{id}")
    IndicatorReportJson school(@PathVariable String id, @Nullable @QueryValue("as-of") String asOf) {
        SchoolId school = Parameters.pathId(id, SchoolId::new);
        return report("school:" + school, new IndicatorScope.OfSchool(school), asOf);
    }

    /** One cohort. */
    @Get("/cohorts/{id}")
    IndicatorReportJson cohort(@PathVariable String id, @Nullable @QueryValue("as-of") String asOf) {
        CohortId cohort = Parameters.pathId(id, CohortId::new);
        return report("cohort:" + cohort, new IndicatorScope.OfCohort(cohort), asOf);
    }

    /** What one partner contributed: apprentices hosted, hires, money. */
    @Get("/partners/{id}")
    IndicatorReportJson partner(@PathVariable String id, @Nullable @QueryValue("as-of") String asOf) {
        PartnerId partner = Parameters.pathId(id, PartnerId::new);
        return report("partner:" + partner, new IndicatorScope.OfPartner(partner), asOf);
    }

    private IndicatorReportJson report(String name, IndicatorScope scope, @Nullable String asOf) {
        Parameters parameters = new Parameters();
        Optional<LocalDate> date = parameters.date("as-of", asOf);
        parameters.complete();
        IndicatorReport report = date.map(day -> indicators.report(scope, day)).orElseGet(() -> indicators.report(scope));
        return IndicatorReportJson.of(name, report);
    }
}

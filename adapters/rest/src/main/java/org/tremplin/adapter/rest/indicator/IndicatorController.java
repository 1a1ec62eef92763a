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
import org.tremplin.application.port.in.IndicatorScope;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.indicator.IndicatorReport;
import org.tremplin.domain.indicator.LeavingYear;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.school.Region;
import org.tremplin.domain.school.SchoolId;

/**
 * Indicators for the whole network, a region, a school, a cohort or a partner, as of a date
 * ({@code as-of}, today by default), over the leavers of one leaving year ({@code leaving-year}) or
 * every leaver. Read-only.
 */
@Controller("/api/v1/indicators")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Indicators")
final class IndicatorController {
    private final IndicatorReporting indicators;

    IndicatorController(IndicatorReporting indicators) {
        this.indicators = indicators;
    }

    /**
     * The whole network.
     *
     * @param asOf        the day of the report (yyyy-MM-dd), today by default
     * @param leavingYear the leaving year whose leavers the follow-ups count, named by the year it ends
     *                    in: 2024 for leavers from 1 September 2023 to 31 August 2024 (1 to 10000);
     *                    every leaver by default
     */
    @Get("/network")
    IndicatorReportJson network(@Nullable @QueryValue("as-of") String asOf,
                                @Nullable @QueryValue("leaving-year") String leavingYear) {
        return report("network", new IndicatorScope.Network(), asOf, leavingYear);
    }

    /**
     * One region.
     *
     * @param region      the region's name, such as OCCITANIE
     * @param asOf        the day of the report (yyyy-MM-dd), today by default
     * @param leavingYear the leaving year whose leavers the follow-ups count, named by the year it ends
     *                    in: 2024 for leavers from 1 September 2023 to 31 August 2024 (1 to 10000);
     *                    every leaver by default
     */
    @Get("/regions/{region}")
    IndicatorReportJson region(@PathVariable String region, @Nullable @QueryValue("as-of") String asOf,
                               @Nullable @QueryValue("leaving-year") String leavingYear) {
        Parameters parameters = new Parameters();
        Region chosen = parameters.requiredChoice("region", region, Region.class);
        parameters.complete();
        return report("region:" + chosen.name(), new IndicatorScope.OfRegion(chosen), asOf, leavingYear);
    }

    /**
     * One school.
     *
     * @param id          the school's identifier
     * @param asOf        the day of the report (yyyy-MM-dd), today by default
     * @param leavingYear the leaving year whose leavers the follow-ups count, named by the year it ends
     *                    in: 2024 for leavers from 1 September 2023 to 31 August 2024 (1 to 10000);
     *                    every leaver by default
     */
    @Get("/schools/{id}")
    IndicatorReportJson school(@PathVariable String id, @Nullable @QueryValue("as-of") String asOf,
                               @Nullable @QueryValue("leaving-year") String leavingYear) {
        SchoolId school = Parameters.pathId(id, SchoolId::new);
        return report("school:" + school, new IndicatorScope.OfSchool(school), asOf, leavingYear);
    }

    /**
     * One cohort.
     *
     * @param id          the cohort's identifier
     * @param asOf        the day of the report (yyyy-MM-dd), today by default
     * @param leavingYear the leaving year whose leavers the follow-ups count, named by the year it ends
     *                    in: 2024 for leavers from 1 September 2023 to 31 August 2024 (1 to 10000);
     *                    every leaver by default
     */
    @Get("/cohorts/{id}")
    IndicatorReportJson cohort(@PathVariable String id, @Nullable @QueryValue("as-of") String asOf,
                               @Nullable @QueryValue("leaving-year") String leavingYear) {
        CohortId cohort = Parameters.pathId(id, CohortId::new);
        return report("cohort:" + cohort, new IndicatorScope.OfCohort(cohort), asOf, leavingYear);
    }

    /**
     * What one partner contributed: apprentices hosted, hires, money.
     *
     * @param id          the partner's identifier
     * @param asOf        the day of the report (yyyy-MM-dd), today by default
     * @param leavingYear the leaving year whose leavers the follow-ups count, named by the year it ends
     *                    in: 2024 for leavers from 1 September 2023 to 31 August 2024 (1 to 10000);
     *                    every leaver by default
     */
    @Get("/partners/{id}")
    IndicatorReportJson partner(@PathVariable String id, @Nullable @QueryValue("as-of") String asOf,
                                @Nullable @QueryValue("leaving-year") String leavingYear) {
        PartnerId partner = Parameters.pathId(id, PartnerId::new);
        return report("partner:" + partner, new IndicatorScope.OfPartner(partner), asOf, leavingYear);
    }

    private IndicatorReportJson report(String name, IndicatorScope scope, @Nullable String asOf,
                                       @Nullable String leavingYear) {
        Parameters parameters = new Parameters();
        Optional<LocalDate> date = parameters.date("as-of", asOf);
        Optional<LeavingYear> year = LeavingYearParameter.read(parameters, leavingYear);
        parameters.complete();
        IndicatorReport report = date.map(day -> indicators.report(scope, day, year))
                .orElseGet(() -> indicators.report(scope, year));
        return IndicatorReportJson.of(name, report);
    }
}

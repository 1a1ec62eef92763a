package org.tremplin.adapter.rest.cohort;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.tremplin.adapter.rest.support.Creations;
import org.tremplin.adapter.rest.support.CsvExport;
import org.tremplin.adapter.rest.support.KeyedPost;
import org.tremplin.adapter.rest.support.ListQuery;
import org.tremplin.adapter.rest.support.ListResponses;
import org.tremplin.adapter.rest.support.Parameters;
import org.tremplin.adapter.rest.support.RecordChange;
import org.tremplin.adapter.rest.support.Responses;
import org.tremplin.adapter.rest.support.SchoolIds;
import org.tremplin.adapter.rest.support.Transitions;
import org.tremplin.application.cohort.CohortAdministration;
import org.tremplin.application.cohort.CohortDetails;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.CohortFilter;
import org.tremplin.application.port.in.CohortSortKey;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.programme.ProgrammeId;
import org.tremplin.domain.school.SchoolId;

@Controller("/api/v1/cohorts")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Cohorts")
final class CohortController {
    private static final CsvExport<Cohort> CSV = new CsvExport<>("cohorts",
            List.of("id", "version", "school_id", "programme_id", "name", "start_date", "seats", "centre_end",
            "work_study_end"), CohortController::csvRow);
    private final CohortAdministration cohorts;
    private final ListResponses lists;
    private final Creations creations;
    private final Transitions transitions;

    CohortController(CohortAdministration cohorts, ListResponses lists, Creations creations, Transitions transitions) {
        this.cohorts = cohorts;
        this.lists = lists;
        this.creations = creations;
        this.transitions = transitions;
    }

    /**
     * Cohorts, filtered by school (repeat or separate ids with commas), programme and start date;
     * {@code Accept: text/csv} exports every page.
     */
    @Get(produces = {"application/json", "text/csv"})
    HttpResponse<?> list(@Nullable @QueryValue String school, @Nullable @QueryValue String programme,
                         @Nullable @QueryValue("starts-from") String startsFrom,
                         @Nullable @QueryValue("starts-to") String startsTo,
                         @RequestBean ListQuery query) {
        return lists.answer(query, parameters -> new CohortFilter(SchoolIds.read(parameters, school),
                        parameters.optionalId("programme", programme, ProgrammeId::new),
                        parameters.date("starts-from", startsFrom), parameters.date("starts-to", startsTo),
                        query.updatedSince(parameters)),
                Sort.ascending(CohortSortKey.START_DATE), cohorts::list, CohortJson::of, CSV);
    }

    /** Opens a cohort of a programme in a school; its calendar follows from the start date. */
    @Post
    @Status(HttpStatus.CREATED)
    HttpResponse<CohortJson> open(@RequestBean KeyedPost post, @Body CohortBody body) {
        return creations.create(post, body, CohortJson.class, "/api/v1/cohorts", parameters -> {
            SchoolId school = parameters.requiredId("schoolId", body.schoolId(), SchoolId::new);
            ProgrammeId programme = parameters.requiredId("programmeId", body.programmeId(), ProgrammeId::new);
            CohortDetails details = details(parameters, body);
            return () -> cohorts.open(school, programme, details);
        }, CohortJson::of);
    }

    /** One cohort with its phase calendar and ETag. */
    @Get("/{id}")
    HttpResponse<CohortJson> get(@PathVariable String id, @Nullable @Header("If-None-Match") String ifNoneMatch) {
        return Responses.read(ifNoneMatch, CohortJson.of(cohorts.get(Parameters.pathId(id, CohortId::new))));
    }

    /** Renames or reschedules a cohort; needs If-Match. */
    @Put("/{id}")
    HttpResponse<CohortJson> reschedule(@RequestBean RecordChange change, @Body CohortBody body) {
        CohortId cohortId = Parameters.pathId(change.id(), CohortId::new);
        return transitions.apply(change, parameters -> {
            CohortDetails details = details(parameters, body);
            return version -> cohorts.reschedule(cohortId, version, details);
        }, CohortJson::of);
    }

    private static CohortDetails details(Parameters parameters, CohortBody body) {
        LocalDate start = parameters.requiredDate("startDate", body.startDate());
        Integer seats = parameters.requiredValue("seats", body.seats());
        return new CohortDetails(body.name(), start, seats == null ? 0 : seats);
    }

    private static List<String> csvRow(Cohort cohort) {
        return List.of(cohort.id().toString(), Long.toString(cohort.version()), cohort.schoolId().toString(),
                cohort.programmeId().toString(), cohort.name(), cohort.startDate().toString(),
                Integer.toString(cohort.seats()), cohort.calendar().centreEnd().toString(),
                cohort.calendar().workStudyEnd().toString());
    }
}

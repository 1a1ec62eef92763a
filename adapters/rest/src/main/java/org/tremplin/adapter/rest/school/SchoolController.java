package org.tremplin.adapter.rest.school;

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
import java.util.Optional;
import org.tremplin.adapter.rest.support.Creations;
import org.tremplin.adapter.rest.support.CsvExport;
import org.tremplin.adapter.rest.support.DatedTransitions;
import org.tremplin.adapter.rest.support.KeyedPost;
import org.tremplin.adapter.rest.support.ListQuery;
import org.tremplin.adapter.rest.support.ListResponses;
import org.tremplin.adapter.rest.support.OnDateBody;
import org.tremplin.adapter.rest.support.Parameters;
import org.tremplin.adapter.rest.support.PostedChange;
import org.tremplin.adapter.rest.support.RecordChange;
import org.tremplin.adapter.rest.support.Responses;
import org.tremplin.adapter.rest.support.Transitions;
import org.tremplin.adapter.rest.support.VersionedChange;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.SchoolFilter;
import org.tremplin.application.port.in.SchoolSortKey;
import org.tremplin.application.school.SchoolAdministration;
import org.tremplin.application.school.SchoolDetails;
import org.tremplin.domain.school.Region;
import org.tremplin.domain.school.School;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.school.SchoolStatus;

@Controller("/api/v1/schools")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Schools")
final class SchoolController {
    private static final CsvExport<School> CSV = new CsvExport<>("schools",
            List.of("id", "version", "name", "town", "region", "departement", "status", "opened_on", "closed_on"),
            SchoolController::csvRow);
    private final SchoolAdministration schools;
    private final ListResponses lists;
    private final Creations creations;
    private final Transitions transitions;

    SchoolController(SchoolAdministration schools, ListResponses lists, Creations creations, Transitions transitions) {
        this.schools = schools;
        this.lists = lists;
        this.creations = creations;
        this.transitions = transitions;
    }

    /** Schools of the network, or of the caller's schools; {@code Accept: text/csv} exports every page. */
    @Get(produces = {"application/json", "text/csv"})
    HttpResponse<?> list(@Nullable @QueryValue String region, @Nullable @QueryValue String status,
                         @Nullable @QueryValue String text, @RequestBean ListQuery query) {
        return lists.answer(query, parameters -> new SchoolFilter(Optional.empty(),
                        parameters.choice("region", region, Region.class),
                        parameters.choice("status", status, SchoolStatus.class), Optional.ofNullable(text),
                        query.updatedSince(parameters)),
                Sort.ascending(SchoolSortKey.NAME), schools::list, SchoolJson::of, CSV);
    }

    @Post
    @Status(HttpStatus.CREATED)
    HttpResponse<SchoolJson> plan(@RequestBean KeyedPost post, @Body SchoolBody body) {
        return creations.create(post, body, SchoolJson.class, "/api/v1/schools", parameters -> {
            SchoolDetails details = details(parameters, body);
            Optional<LocalDate> opening = parameters.date("plannedOpening", body.plannedOpening());
            return () -> schools.plan(details, opening);
        }, SchoolJson::of);
    }

    @Get("/{id}")
    HttpResponse<SchoolJson> get(@PathVariable String id, @Nullable @Header("If-None-Match") String ifNoneMatch) {
        return Responses.read(ifNoneMatch, SchoolJson.of(schools.get(Parameters.pathId(id, SchoolId::new))));
    }

    @Put("/{id}")
    HttpResponse<SchoolJson> change(@RequestBean RecordChange change, @Body SchoolBody body) {
        return transitions.amend(change, SchoolId::new, parameters -> details(parameters, body), schools::change,
                SchoolJson::of);
    }

    @Post("/{id}/opening")
    HttpResponse<SchoolJson> open(@RequestBean PostedChange change, @Body OnDateBody body) {
        return moveOn(change, body, schools::open);
    }

    @Post("/{id}/closure")
    HttpResponse<SchoolJson> close(@RequestBean PostedChange change, @Body OnDateBody body) {
        return moveOn(change, body, schools::close);
    }

    /** A dated transition of the school named by the path, once per Idempotency-Key; needs If-Match. */
    private HttpResponse<SchoolJson> moveOn(PostedChange change, OnDateBody body,
                                        VersionedChange<SchoolId, LocalDate, School> move) {
        return transitions.applyOnce(change, body, SchoolJson.class,
                DatedTransitions.reading(change.id(), SchoolId::new, body, move), SchoolJson::of);
    }

    private static SchoolDetails details(Parameters parameters, SchoolBody body) {
        Region region = parameters.requiredChoice("region", body.region(), Region.class);
        return new SchoolDetails(body.name(), body.town(), region, body.departement());
    }

    private static List<String> csvRow(School school) {
        return List.of(school.id().toString(), Long.toString(school.version()), school.name(), school.town(),
                school.region().name(), school.departement().code(), school.status().name(),
                school.openedOn().map(LocalDate::toString).orElse(""), school.closedOn().map(LocalDate::toString).orElse(""));
    }
}

package org.tremplin.adapter.rest.programme;

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
import java.util.List;
import java.util.Optional;
import org.tremplin.adapter.rest.support.Creations;
import org.tremplin.adapter.rest.support.CsvExport;
import org.tremplin.adapter.rest.support.KeyedPost;
import org.tremplin.adapter.rest.support.ListQuery;
import org.tremplin.adapter.rest.support.ListResponses;
import org.tremplin.adapter.rest.support.Parameters;
import org.tremplin.adapter.rest.support.RecordChange;
import org.tremplin.adapter.rest.support.Responses;
import org.tremplin.adapter.rest.support.Transitions;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.ProgrammeFilter;
import org.tremplin.application.port.in.ProgrammeSortKey;
import org.tremplin.application.programme.ProgrammeAdministration;
import org.tremplin.application.programme.ProgrammeDetails;
import org.tremplin.domain.programme.Programme;
import org.tremplin.domain.programme.ProgrammeId;
import org.tremplin.domain.programme.RncpCode;

@Controller("/api/v1/programmes")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Programmes")
final class ProgrammeController {
    private static final CsvExport<Programme> CSV = new CsvExport<>("programmes",
            List.of("id", "version", "title", "rncp_code", "level", "centre_months", "work_study_months"),
            ProgrammeController::csvRow);
    private final ProgrammeAdministration programmes;
    private final ListResponses lists;
    private final Creations creations;
    private final Transitions transitions;

    ProgrammeController(ProgrammeAdministration programmes, ListResponses lists, Creations creations,
                        Transitions transitions) {
        this.programmes = programmes;
        this.lists = lists;
        this.creations = creations;
        this.transitions = transitions;
    }

    /** The training programmes (such as "Développeur·se Data IA"); {@code Accept: text/csv} exports every page. */
    @Get(produces = {"application/json", "text/csv"})
    HttpResponse<?> list(@Nullable @QueryValue String text, @RequestBean ListQuery query) {
        return lists.answer(query,
                parameters -> new ProgrammeFilter(Optional.ofNullable(text), query.updatedSince(parameters)),
                Sort.ascending(ProgrammeSortKey.TITLE), programmes::list, ProgrammeJson::of, CSV);
    }

    /** Creates a programme. */
    @Post
    @Status(HttpStatus.CREATED)
    HttpResponse<ProgrammeJson> create(@RequestBean KeyedPost post, @Body ProgrammeBody body) {
        return creations.create(post, body, ProgrammeJson.class, "/api/v1/programmes",
                parameters -> () -> programmes.create(details(body)), ProgrammeJson::of);
    }

    /** One programme, with its ETag. */
    @Get("/{id}")
    HttpResponse<ProgrammeJson> get(@PathVariable String id, @Nullable @Header("If-None-Match") String ifNoneMatch) {
        return Responses.read(ifNoneMatch,
                ProgrammeJson.of(programmes.get(Parameters.pathId(id, ProgrammeId::new))));
    }

    /** Revises a programme; needs If-Match. */
    @Put("/{id}")
    HttpResponse<ProgrammeJson> revise(@RequestBean RecordChange change, @Body ProgrammeBody body) {
        ProgrammeId programmeId = Parameters.pathId(change.id(), ProgrammeId::new);
        return transitions.apply(change, parameters -> version -> programmes.revise(programmeId, version,
                details(body)), ProgrammeJson::of);
    }

    private static ProgrammeDetails details(ProgrammeBody body) {
        return new ProgrammeDetails(body.title(), Optional.ofNullable(body.rncpCode()), Optional.ofNullable(body.level()),
                Optional.ofNullable(body.centreMonths()), Optional.ofNullable(body.workStudyMonths()));
    }

    private static List<String> csvRow(Programme programme) {
        return List.of(programme.id().toString(), Long.toString(programme.version()), programme.title(),
                programme.rncpCode().map(RncpCode::value).orElse(""),
                programme.level().map(String::valueOf).orElse(""),
                Integer.toString(programme.phases().centreMonths()),
                Integer.toString(programme.phases().workStudyMonths()));
    }
}

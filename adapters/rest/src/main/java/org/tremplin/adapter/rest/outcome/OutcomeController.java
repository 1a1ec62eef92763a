package org.tremplin.adapter.rest.outcome;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
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
import org.tremplin.adapter.rest.support.KeyedPost;
import org.tremplin.adapter.rest.support.ListQuery;
import org.tremplin.adapter.rest.support.ListResponses;
import org.tremplin.adapter.rest.support.Parameters;
import org.tremplin.adapter.rest.support.RecordChange;
import org.tremplin.adapter.rest.support.Responses;
import org.tremplin.adapter.rest.support.SchoolIds;
import org.tremplin.adapter.rest.support.Transitions;
import org.tremplin.application.common.Sort;
import org.tremplin.application.outcome.OutcomeDetails;
import org.tremplin.application.outcome.OutcomeRecording;
import org.tremplin.application.port.in.OutcomeFilter;
import org.tremplin.application.port.in.OutcomeSortKey;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.outcome.EmploymentOutcome;
import org.tremplin.domain.outcome.OutcomeId;
import org.tremplin.domain.outcome.Situation;
import org.tremplin.domain.partner.PartnerId;

@Controller("/api/v1/outcomes")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Employment outcomes")
final class OutcomeController {
    private static final CsvExport<EmploymentOutcome> CSV = new CsvExport<>("outcomes",
            List.of("id", "version", "learner_id", "observed_on", "situation", "situation_category",
            "employer_partner_id", "employer_name", "job_title"), OutcomeController::csvRow);
    private final OutcomeRecording outcomes;
    private final ListResponses lists;
    private final Creations creations;
    private final Transitions transitions;

    OutcomeController(OutcomeRecording outcomes, ListResponses lists, Creations creations, Transitions transitions) {
        this.outcomes = outcomes;
        this.lists = lists;
        this.creations = creations;
        this.transitions = transitions;
    }

    /**
     * Follow-ups of former learners, by school of the learner (repeat or separate ids with commas),
     * learner, situation and observation date ({@code observed-from} and {@code observed-to} inclusive),
     * within the caller's schools; {@code Accept: text/csv} exports every page.
     */
    @Get(produces = {"application/json", "text/csv"})
    HttpResponse<?> list(@Nullable @QueryValue String school, @Nullable @QueryValue String learner,
                         @Nullable @QueryValue String situation,
                         @Nullable @QueryValue("observed-from") String observedFrom,
                         @Nullable @QueryValue("observed-to") String observedTo,
                         @RequestBean ListQuery query) {
        return lists.answer(query, parameters -> new OutcomeFilter(SchoolIds.read(parameters, school),
                        parameters.optionalId("learner", learner, LearnerId::new),
                        parameters.choice("situation", situation, Situation.class),
                        parameters.date("observed-from", observedFrom), parameters.date("observed-to", observedTo),
                        query.updatedSince(parameters)),
                Sort.ascending(OutcomeSortKey.OBSERVED_ON), outcomes::list, OutcomeJson::of, CSV);
    }

    /**
     * Records a former learner's situation on a day: only for a learner who has left, observed on or after
     * the day they left. Salaried situations name their employer (a partner or a name).
     */
    @Post
    @Status(HttpStatus.CREATED)
    HttpResponse<OutcomeJson> record(@RequestBean KeyedPost post, @Body OutcomeBody body) {
        return creations.create(post, body, OutcomeJson.class, "/api/v1/outcomes", parameters -> {
            LearnerId learner = parameters.requiredId("learnerId", body.learnerId(), LearnerId::new);
            OutcomeDetails details = details(parameters, body);
            return () -> outcomes.record(learner, details);
        }, OutcomeJson::of);
    }

    /** One follow-up with its ETag. */
    @Get("/{id}")
    HttpResponse<OutcomeJson> get(@PathVariable String id, @Nullable @Header("If-None-Match") String ifNoneMatch) {
        return Responses.read(ifNoneMatch, OutcomeJson.of(outcomes.get(Parameters.pathId(id, OutcomeId::new))));
    }

    /** Corrects a follow-up (date, situation, employer, job title); the learner stays. Needs If-Match. */
    @Put("/{id}")
    HttpResponse<OutcomeJson> correct(@RequestBean RecordChange change, @Body OutcomeBody body) {
        return transitions.amend(change, OutcomeId::new, parameters -> details(parameters, body), outcomes::correct,
                OutcomeJson::of);
    }

    /** Deletes a follow-up recorded by mistake; needs If-Match. */
    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    HttpResponse<Void> delete(@RequestBean RecordChange change) {
        return transitions.remove(change, OutcomeId::new, outcomes::delete);
    }

    private static OutcomeDetails details(Parameters parameters, OutcomeBody body) {
        LocalDate observedOn = parameters.requiredDate("observedOn", body.observedOn());
        Situation situation = parameters.requiredChoice("situation", body.situation(), Situation.class);
        Optional<PartnerId> employerPartner = parameters.optionalId("employerPartnerId", body.employerPartnerId(),
                PartnerId::new);
        return new OutcomeDetails(observedOn, situation, employerPartner, Optional.ofNullable(body.employerName()),
                Optional.ofNullable(body.jobTitle()));
    }

    private static List<String> csvRow(EmploymentOutcome outcome) {
        OutcomeJson json = OutcomeJson.of(outcome);
        return List.of(json.id(), Long.toString(json.version()), json.learnerId(), json.observedOn().toString(),
                json.situation(), json.situationCategory(), orEmpty(json.employerPartnerId()),
                orEmpty(json.employerName()), orEmpty(json.jobTitle()));
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}

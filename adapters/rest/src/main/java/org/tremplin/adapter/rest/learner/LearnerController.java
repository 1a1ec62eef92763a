package org.tremplin.adapter.rest.learner;

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
import org.tremplin.adapter.rest.person.PersonBody;
import org.tremplin.adapter.rest.person.PersonReading;
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
import org.tremplin.adapter.rest.support.SchoolIds;
import org.tremplin.adapter.rest.support.Transitions;
import org.tremplin.adapter.rest.support.VersionedChange;
import org.tremplin.application.common.Sort;
import org.tremplin.application.learner.LearnerAdministration;
import org.tremplin.application.learner.VisibleLearner;
import org.tremplin.application.person.PersonDetails;
import org.tremplin.application.port.in.LearnerFilter;
import org.tremplin.application.port.in.LearnerSortKey;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.learner.DropOutReason;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.learner.LearnerStatus;

@Controller("/api/v1/learners")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Learners")
final class LearnerController {
    private static final CsvExport<VisibleLearner> CSV = new CsvExport<>("learners",
            List.of("id", "version", "school_id", "cohort_id", "given_name", "family_name", "email", "status",
            "enrolled_on", "graduated_on", "dropped_out_on"), LearnerController::csvRow);
    private final LearnerAdministration learners;
    private final ListResponses lists;
    private final Creations creations;
    private final Transitions transitions;

    LearnerController(LearnerAdministration learners, ListResponses lists, Creations creations,
                      Transitions transitions) {
        this.learners = learners;
        this.lists = lists;
        this.creations = creations;
        this.transitions = transitions;
    }

    /** Learners, by school, cohort, status and enrolment date; {@code Accept: text/csv} exports every page. */
    @Get(produces = {"application/json", "text/csv"})
    HttpResponse<?> list(@Nullable @QueryValue String school, @Nullable @QueryValue String cohort,
                         @Nullable @QueryValue String status,
                         @Nullable @QueryValue("enrolled-from") String enrolledFrom,
                         @Nullable @QueryValue("enrolled-to") String enrolledTo, @Nullable @QueryValue String text,
                         @RequestBean ListQuery query) {
        return lists.answer(query, parameters -> new LearnerFilter(SchoolIds.read(parameters, school),
                        parameters.optionalId("cohort", cohort, CohortId::new),
                        parameters.choice("status", status, LearnerStatus.class),
                        parameters.date("enrolled-from", enrolledFrom), parameters.date("enrolled-to", enrolledTo),
                        Optional.ofNullable(text), query.updatedSince(parameters)),
                Sort.ascending(LearnerSortKey.FAMILY_NAME), learners::list, LearnerJson::of, CSV);
    }

    /** Enrols a learner in a cohort directly. */
    @Post
    @Status(HttpStatus.CREATED)
    HttpResponse<LearnerJson> enrol(@RequestBean KeyedPost post, @Body EnrolmentBody body) {
        return creations.create(post, body, LearnerJson.class, "/api/v1/learners", parameters -> {
            CohortId cohort = parameters.requiredId("cohortId", body.cohortId(), CohortId::new);
            LocalDate enrolledOn = parameters.requiredDate("enrolledOn", body.enrolledOn());
            PersonDetails details = PersonReading.requiredDetails(parameters, body.person());
            return () -> learners.enrol(cohort, details, enrolledOn);
        }, LearnerJson::of);
    }

    /** One learner, with the ETag needed to change them. */
    @Get("/{id}")
    HttpResponse<LearnerJson> get(@PathVariable String id, @Nullable @Header("If-None-Match") String ifNoneMatch) {
        return Responses.read(ifNoneMatch, LearnerJson.of(learners.get(Parameters.pathId(id, LearnerId::new))));
    }

    /** Corrects what was typed about the learner; needs If-Match. */
    @Put("/{id}")
    HttpResponse<LearnerJson> correct(@RequestBean RecordChange change, @Body PersonBody body) {
        LearnerId learnerId = Parameters.pathId(change.id(), LearnerId::new);
        return transitions.apply(change, PersonReading.correcting(learnerId, body, learners::correct), LearnerJson::of);
    }

    /** The learner starts the 7 months in the centre; needs If-Match. */
    @Post("/{id}/centre-start")
    HttpResponse<LearnerJson> startCentre(@RequestBean PostedChange change, @Body OnDateBody body) {
        return moveOn(change, body, learners::startCentre);
    }

    /** The learner starts the work-study (alternance) phase; needs If-Match. */
    @Post("/{id}/work-study-start")
    HttpResponse<LearnerJson> startWorkStudy(@RequestBean PostedChange change, @Body OnDateBody body) {
        return moveOn(change, body, learners::startWorkStudy);
    }

    /** The learner graduates; needs If-Match. */
    @Post("/{id}/graduation")
    HttpResponse<LearnerJson> graduate(@RequestBean PostedChange change, @Body OnDateBody body) {
        return moveOn(change, body, learners::graduate);
    }

    /** The learner leaves before the end, for a reason; needs If-Match. */
    @Post("/{id}/drop-out")
    HttpResponse<LearnerJson> dropOut(@RequestBean PostedChange change, @Body DropOutBody body) {
        return transitions.applyOnce(change, body, LearnerJson.class, parameters -> {
            LearnerId learnerId = Parameters.pathId(change.id(), LearnerId::new);
            LocalDate on = parameters.requiredDate("on", body.on());
            DropOutReason reason = parameters.requiredChoice("reason", body.reason(), DropOutReason.class);
            return version -> learners.dropOut(learnerId, version, on, reason);
        }, LearnerJson::of);
    }

    /** A dated transition of the learner named by the path, once per Idempotency-Key; needs If-Match. */
    private HttpResponse<LearnerJson> moveOn(PostedChange change, OnDateBody body,
                                          VersionedChange<LearnerId, LocalDate, VisibleLearner> move) {
        return transitions.applyOnce(change, body, LearnerJson.class,
                DatedTransitions.reading(change.id(), LearnerId::new, body, move), LearnerJson::of);
    }

    private static List<String> csvRow(VisibleLearner learner) {
        return List.of(learner.id().toString(), Long.toString(learner.version()), learner.schoolId().toString(),
                learner.cohortId().toString(), learner.name().givenName(), learner.name().familyName(),
                learner.email().value(), learner.status().name(), learner.enrolledOn().toString(),
                learner.graduatedOn().map(LocalDate::toString).orElse(""),
                learner.dropOut().map(dropOut -> dropOut.on().toString()).orElse(""));
    }
}

package org.tremplin.adapter.rest.applicant;

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
import org.tremplin.adapter.rest.learner.LearnerJson;
import org.tremplin.adapter.rest.person.PersonBody;
import org.tremplin.adapter.rest.person.PersonReading;
import org.tremplin.adapter.rest.support.Creations;
import org.tremplin.adapter.rest.support.CsvExport;
import org.tremplin.adapter.rest.support.DatedTransitions;
import org.tremplin.adapter.rest.support.IdempotentPosts;
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
import org.tremplin.application.applicant.ApplicantSelection;
import org.tremplin.application.applicant.VisibleApplicant;
import org.tremplin.application.common.Sort;
import org.tremplin.application.learner.VisibleLearner;
import org.tremplin.application.person.PersonDetails;
import org.tremplin.application.port.in.ApplicantFilter;
import org.tremplin.application.port.in.ApplicantSortKey;
import org.tremplin.domain.applicant.ApplicantId;
import org.tremplin.domain.applicant.SelectionStage;
import org.tremplin.domain.cohort.CohortId;

@Controller("/api/v1/applicants")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Applicants")
final class ApplicantController {
    private static final CsvExport<VisibleApplicant> CSV = new CsvExport<>("applicants",
            List.of("id", "version", "cohort_id", "given_name", "family_name", "email", "stage", "applied_on"),
            ApplicantController::csvRow);
    private final ApplicantSelection applicants;
    private final ListResponses lists;
    private final Creations creations;
    private final Transitions transitions;
    private final IdempotentPosts idempotent;

    ApplicantController(ApplicantSelection applicants, ListResponses lists, Creations creations,
                        Transitions transitions, IdempotentPosts idempotent) {
        this.applicants = applicants;
        this.lists = lists;
        this.creations = creations;
        this.transitions = transitions;
        this.idempotent = idempotent;
    }

    /** Applicants, by school, cohort, stage of the funnel and application date; {@code Accept: text/csv} exports every page. */
    @Get(produces = {"application/json", "text/csv"})
    HttpResponse<?> list(@Nullable @QueryValue String school, @Nullable @QueryValue String cohort,
                         @Nullable @QueryValue String stage, @Nullable @QueryValue("applied-from") String appliedFrom,
                         @Nullable @QueryValue("applied-to") String appliedTo, @Nullable @QueryValue String text,
                         @RequestBean ListQuery query) {
        return lists.answer(query, parameters -> new ApplicantFilter(SchoolIds.read(parameters, school),
                        parameters.optionalId("cohort", cohort, CohortId::new),
                        parameters.choice("stage", stage, SelectionStage.class),
                        parameters.date("applied-from", appliedFrom), parameters.date("applied-to", appliedTo),
                        Optional.ofNullable(text), query.updatedSince(parameters)),
                Sort.descending(ApplicantSortKey.APPLIED_ON), applicants::list, ApplicantJson::of, CSV);
    }

    /** Records an application to a cohort. */
    @Post
    @Status(HttpStatus.CREATED)
    HttpResponse<ApplicantJson> apply(@RequestBean KeyedPost post, @Body ApplicationBody body) {
        return creations.create(post, body, ApplicantJson.class, "/api/v1/applicants",
                parameters -> {
                    CohortId cohort = parameters.requiredId("cohortId", body.cohortId(), CohortId::new);
                    LocalDate appliedOn = parameters.requiredDate("appliedOn", body.appliedOn());
                    PersonDetails details = PersonReading.requiredDetails(parameters, body.person());
                    return () -> applicants.apply(cohort, details, appliedOn);
                }, ApplicantJson::of);
    }

    /** One applicant with the history of their stages. */
    @Get("/{id}")
    HttpResponse<ApplicantJson> get(@PathVariable String id, @Nullable @Header("If-None-Match") String ifNoneMatch) {
        return Responses.read(ifNoneMatch,
                ApplicantJson.of(applicants.get(Parameters.pathId(id, ApplicantId::new))));
    }

    /** Corrects what was typed about the applicant; needs If-Match. */
    @Put("/{id}")
    HttpResponse<ApplicantJson> correct(@RequestBean RecordChange change, @Body PersonBody body) {
        ApplicantId applicantId = Parameters.pathId(change.id(), ApplicantId::new);
        return transitions.apply(change, PersonReading.correcting(applicantId, body, applicants::correct), ApplicantJson::of);
    }

    /** Moves the applicant to another stage of the funnel (preselected, selected, rejected, withdrew); needs If-Match. */
    @Post("/{id}/stage")
    HttpResponse<ApplicantJson> moveTo(@RequestBean PostedChange change, @Body StageBody body) {
        return transitions.applyOnce(change, body, ApplicantJson.class, parameters -> {
            ApplicantId applicantId = Parameters.pathId(change.id(), ApplicantId::new);
            SelectionStage stage = parameters.requiredChoice("stage", body.stage(), SelectionStage.class);
            LocalDate on = parameters.requiredDate("on", body.on());
            return version -> applicants.moveTo(applicantId, version, stage, on);
        }, ApplicantJson::of);
    }

    /** Enrols a selected applicant: creates the learner (201, Location of the learner); needs If-Match of the applicant. */
    @Post("/{id}/enrolment")
    @Status(HttpStatus.CREATED)
    HttpResponse<LearnerJson> enrol(@RequestBean PostedChange change, @Body OnDateBody body) {
        return idempotent.run(change.post(), body, LearnerJson.class, () -> {
            VisibleLearner learner = DatedTransitions.apply(change.id(), ApplicantId::new, change.ifMatch(), body,
                    applicants::enrol);
            return Responses.created("/api/v1/learners", LearnerJson.of(learner));
        });
    }

    private static List<String> csvRow(VisibleApplicant applicant) {
        return List.of(applicant.id().toString(), Long.toString(applicant.version()), applicant.cohortId().toString(),
                applicant.name().givenName(), applicant.name().familyName(), applicant.email().value(),
                applicant.stage().name(), applicant.history().getFirst().on().toString());
    }
}

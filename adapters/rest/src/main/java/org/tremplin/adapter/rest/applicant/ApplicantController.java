package org.tremplin.adapter.rest.applicant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
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
import org.tremplin.adapter.rest.support.CsvExport;
import org.tremplin.adapter.rest.support.DatedTransitions;
import org.tremplin.adapter.rest.support.EntityTags;
import org.tremplin.adapter.rest.support.IdempotentPosts;
import org.tremplin.adapter.rest.support.ListQuery;
import org.tremplin.adapter.rest.support.ListResponses;
import org.tremplin.adapter.rest.support.OnDateBody;
import org.tremplin.adapter.rest.support.Parameters;
import org.tremplin.adapter.rest.support.Responses;
import org.tremplin.adapter.rest.support.SchoolIds;
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
    private final IdempotentPosts idempotent;

    ApplicantController(ApplicantSelection applicants, ListResponses lists, IdempotentPosts idempotent) {
        this.applicants = applicants;
        this.lists = lists;
        this.idempotent = idempotent;
    }

    /** Applicants, by school, cohort, stage of the funnel and application date; {@code Accept: text/csv} exports every page. */
    @Get(produces = {"application/json", "text/csv"})
    HttpResponse<?> list(@Nullable @QueryValue String school, @Nullable @QueryValue String cohort,
                         @Nullable @QueryValue String stage, @Nullable @QueryValue("applied-from") String appliedFrom,
                         @Nullable @QueryValue("applied-to") String appliedTo, @Nullable @QueryValue String text,
                         @RequestBean ListQuery query) {
        Parameters parameters = new Parameters();
        ApplicantFilter filter = new ApplicantFilter(SchoolIds.read(parameters, school),
                parameters.optionalId("cohort", cohort, CohortId::new),
                parameters.choice("stage", stage, SelectionStage.class), parameters.date("applied-from", appliedFrom),
                parameters.date("applied-to", appliedTo), Optional.ofNullable(text),
                query.updatedSince(parameters));
        Sort<ApplicantSortKey> order = query.sort(parameters, ApplicantSortKey.class,
                Sort.descending(ApplicantSortKey.APPLIED_ON));
        return lists.answer(query, parameters, next -> applicants.list(filter, order, next), ApplicantJson::of, CSV);
    }

    /** Records an application to a cohort. */
    @Post
    @Status(HttpStatus.CREATED)
    HttpResponse<ApplicantJson> apply(HttpRequest<?> request, @Nullable @Header(IdempotentPosts.HEADER) String idempotencyKey,
            @Body ApplicationBody body) {
        return idempotent.run(idempotencyKey, request, body, ApplicantJson.class, () -> {
            Parameters parameters = new Parameters();
            CohortId cohort = parameters.requiredId("cohortId", body.cohortId(), CohortId::new);
            LocalDate appliedOn = parameters.requiredDate("appliedOn", body.appliedOn());
            PersonBody person = parameters.requiredValue("person", body.person());
            PersonDetails details = person == null ? null : PersonReading.details(parameters, person);
            parameters.complete();
            VisibleApplicant applicant = applicants.apply(cohort, details, appliedOn);
            return Responses.created("/api/v1/applicants/" + applicant.id(), ApplicantJson.of(applicant),
                    applicant.version());
        });
    }

    /** One applicant with the history of their stages. */
    @Get("/{id}")
    HttpResponse<ApplicantJson> get(@PathVariable String id, @Nullable @Header("If-None-Match") String ifNoneMatch) {
        VisibleApplicant applicant = applicants.get(Parameters.pathId(id, ApplicantId::new));
        return Responses.read(ifNoneMatch, ApplicantJson.of(applicant), applicant.version());
    }

    /** Corrects what was typed about the applicant; needs If-Match. */
    @Put("/{id}")
    HttpResponse<ApplicantJson> correct(@PathVariable String id, @Nullable @Header(EntityTags.IF_MATCH) String ifMatch,
                                        @Body PersonBody body) {
        ApplicantId applicantId = Parameters.pathId(id, ApplicantId::new);
        Parameters parameters = new Parameters();
        PersonDetails details = PersonReading.details(parameters, body);
        parameters.complete();
        VisibleApplicant applicant = applicants.correct(applicantId, EntityTags.versionFrom(ifMatch), details);
        return Responses.ok(ApplicantJson.of(applicant), applicant.version());
    }

    /** Moves the applicant to another stage of the funnel (preselected, selected, rejected, withdrew); needs If-Match. */
    @Post("/{id}/stage")
    HttpResponse<ApplicantJson> moveTo(HttpRequest<?> request, @Nullable @Header(IdempotentPosts.HEADER) String idempotencyKey,
            @PathVariable String id, @Nullable @Header(EntityTags.IF_MATCH) String ifMatch,
                                       @Body StageBody body) {
        return idempotent.run(idempotencyKey, request, body, ApplicantJson.class, () -> {
            ApplicantId applicantId = Parameters.pathId(id, ApplicantId::new);
            Parameters parameters = new Parameters();
            SelectionStage stage = parameters.requiredChoice("stage", body.stage(), SelectionStage.class);
            LocalDate on = parameters.requiredDate("on", body.on());
            parameters.complete();
            VisibleApplicant applicant = applicants.moveTo(applicantId, EntityTags.versionFrom(ifMatch), stage, on);
            return Responses.ok(ApplicantJson.of(applicant), applicant.version());
        });
    }

    /** Enrols a selected applicant: creates the learner (201, Location of the learner); needs If-Match of the applicant. */
    @Post("/{id}/enrolment")
    @Status(HttpStatus.CREATED)
    HttpResponse<LearnerJson> enrol(HttpRequest<?> request, @Nullable @Header(IdempotentPosts.HEADER) String idempotencyKey,
            @PathVariable String id, @Nullable @Header(EntityTags.IF_MATCH) String ifMatch,
                                    @Body OnDateBody body) {
        return idempotent.run(idempotencyKey, request, body, LearnerJson.class, () -> {
            VisibleLearner learner = DatedTransitions.apply(id, ApplicantId::new, ifMatch, body, applicants::enrol);
            return Responses.created("/api/v1/learners/" + learner.id(), LearnerJson.of(learner), learner.version());
        });
    }

    private static List<String> csvRow(VisibleApplicant applicant) {
        return List.of(applicant.id().toString(), Long.toString(applicant.version()), applicant.cohortId().toString(),
                applicant.name().givenName(), applicant.name().familyName(), applicant.email().value(),
                applicant.stage().name(), applicant.history().getFirst().on().toString());
    }
}

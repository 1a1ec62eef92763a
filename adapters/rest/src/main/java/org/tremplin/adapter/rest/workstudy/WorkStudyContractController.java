package org.tremplin.adapter.rest.workstudy;

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
import java.util.Locale;
import java.util.Optional;
import org.tremplin.adapter.rest.support.Creations;
import org.tremplin.adapter.rest.support.CsvExport;
import org.tremplin.adapter.rest.support.KeyedPost;
import org.tremplin.adapter.rest.support.ListQuery;
import org.tremplin.adapter.rest.support.ListResponses;
import org.tremplin.adapter.rest.support.Parameters;
import org.tremplin.adapter.rest.support.PostedChange;
import org.tremplin.adapter.rest.support.RecordChange;
import org.tremplin.adapter.rest.support.Responses;
import org.tremplin.adapter.rest.support.SchoolIds;
import org.tremplin.adapter.rest.support.Transitions;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.ContractFilter;
import org.tremplin.application.port.in.ContractSortKey;
import org.tremplin.application.workstudy.ContractTerms;
import org.tremplin.application.workstudy.WorkStudyAdministration;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.workstudy.BrokenBy;
import org.tremplin.domain.workstudy.ContractBreak;
import org.tremplin.domain.workstudy.ContractId;
import org.tremplin.domain.workstudy.ContractKind;
import org.tremplin.domain.workstudy.WorkStudyContract;

@Controller("/api/v1/work-study-contracts")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Work-study contracts")
final class WorkStudyContractController {
    private static final CsvExport<WorkStudyContract> CSV = new CsvExport<>("work-study-contracts",
            List.of("id", "version", "learner_id", "host_id", "kind", "start_date", "planned_end_date",
            "effective_end_date", "job_title", "tutor_name", "broken", "broken_on", "broken_by"),
            WorkStudyContractController::csvRow);
    private final WorkStudyAdministration contracts;
    private final ListResponses lists;
    private final Creations creations;
    private final Transitions transitions;

    WorkStudyContractController(WorkStudyAdministration contracts, ListResponses lists, Creations creations,
                                Transitions transitions) {
        this.contracts = contracts;
        this.lists = lists;
        this.creations = creations;
        this.transitions = transitions;
    }

    /**
     * Apprenticeship and professionalisation contracts, by school of the learner (repeat or separate ids
     * with commas), learner, host and whether broken ({@code true} or {@code false}), within the caller's
     * schools; {@code Accept: text/csv} exports every page.
     */
    @Get(produces = {"application/json", "text/csv"})
    HttpResponse<?> list(@Nullable @QueryValue String school, @Nullable @QueryValue String learner,
                         @Nullable @QueryValue String host, @Nullable @QueryValue String broken,
                         @RequestBean ListQuery query) {
        return lists.answer(query, parameters -> new ContractFilter(SchoolIds.read(parameters, school),
                        parameters.optionalId("learner", learner, LearnerId::new),
                        parameters.optionalId("host", host, PartnerId::new), flag(parameters, "broken", broken),
                        query.updatedSince(parameters)),
                Sort.ascending(ContractSortKey.START_DATE), contracts::list, ContractJson::of, CSV);
    }

    /**
     * Signs a contract between a learner and a host company. The host must be a work-study host of the
     * learner's school, and the contract may not overlap another contract of the learner.
     */
    @Post
    @Status(HttpStatus.CREATED)
    HttpResponse<ContractJson> sign(@RequestBean KeyedPost post, @Body ContractBody body) {
        return creations.create(post, body, ContractJson.class, "/api/v1/work-study-contracts",
                parameters -> {
                    LearnerId learner = parameters.requiredId("learnerId", body.learnerId(), LearnerId::new);
                    PartnerId host = parameters.requiredId("hostId", body.hostId(), PartnerId::new);
                    ContractTerms terms = terms(parameters, body);
                    return () -> contracts.sign(learner, host, terms);
                }, ContractJson::of);
    }

    /** One contract with its effective end and ETag. */
    @Get("/{id}")
    HttpResponse<ContractJson> get(@PathVariable String id, @Nullable @Header("If-None-Match") String ifNoneMatch) {
        return Responses.read(ifNoneMatch, ContractJson.of(contracts.get(Parameters.pathId(id, ContractId::new))));
    }

    /** Amends the terms of a contract (kind, dates, job title, tutor); learner and host stay. Needs If-Match. */
    @Put("/{id}")
    HttpResponse<ContractJson> amend(@RequestBean RecordChange change, @Body ContractBody body) {
        return transitions.amend(change, ContractId::new, parameters -> terms(parameters, body), contracts::amend,
                ContractJson::of);
    }

    /**
     * Breaks a contract before its planned end: {@code on} is its last day, between its start and the day
     * before its planned end; {@code by} says who ended it. Needs If-Match.
     */
    @Post("/{id}/break")
    HttpResponse<ContractJson> breakOff(@RequestBean PostedChange change, @Body BreakBody body) {
        return transitions.applyOnce(change, body, ContractJson.class, parameters -> {
            ContractId contractId = parameters.requiredId("id", change.id(), ContractId::new);
            LocalDate on = parameters.requiredDate("on", body.on());
            BrokenBy by = parameters.requiredChoice("by", body.by(), BrokenBy.class);
            return version -> contracts.breakOff(contractId, version, on, by);
        }, ContractJson::of);
    }

    private static ContractTerms terms(Parameters parameters, ContractBody body) {
        ContractKind kind = parameters.requiredChoice("kind", body.kind(), ContractKind.class);
        LocalDate start = parameters.requiredDate("startDate", body.startDate());
        LocalDate plannedEnd = parameters.requiredDate("plannedEndDate", body.plannedEndDate());
        return new ContractTerms(kind, start, plannedEnd, body.jobTitle(), body.tutorName());
    }

    /** A yes/no query parameter: {@code true} or {@code false}, in any case. */
    private static Optional<Boolean> flag(Parameters parameters, String field, @Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Optional.of(Boolean.TRUE);
            case "false" -> Optional.of(Boolean.FALSE);
            default -> {
                parameters.reject(field, ErrorCodes.BAD_FORMAT, field + " must be true or false");
                yield Optional.empty();
            }
        };
    }

    private static List<String> csvRow(WorkStudyContract contract) {
        return List.of(contract.id().toString(), Long.toString(contract.version()), contract.learnerId().toString(),
                contract.hostId().toString(), contract.kind().name(), contract.startDate().toString(),
                contract.plannedEndDate().toString(), contract.effectiveEndDate().toString(), contract.jobTitle(),
                contract.tutorName(), Boolean.toString(contract.isBroken()),
                contract.breakOff().map(contractBreak -> contractBreak.on().toString()).orElse(""),
                contract.breakOff().map(ContractBreak::by).map(BrokenBy::name).orElse(""));
    }
}

package org.tremplin.adapter.rest.funding;

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
import org.tremplin.application.funding.FundingAdministration;
import org.tremplin.application.port.in.FundingFilter;
import org.tremplin.application.port.in.FundingSortKey;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.funding.FundingCommitment;
import org.tremplin.domain.funding.FundingCommitmentId;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.school.SchoolId;

@Controller("/api/v1/funding-commitments")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Funding")
final class FundingController {
    private static final CsvExport<FundingCommitment> CSV = new CsvExport<>("funding-commitments",
            List.of("id", "version", "funder_id", "school_id", "cohort_id", "amount", "amount_cents", "year"),
            FundingController::csvRow);
    private final FundingAdministration funding;
    private final ListResponses lists;
    private final Creations creations;
    private final Transitions transitions;

    FundingController(FundingAdministration funding, ListResponses lists, Creations creations,
                      Transitions transitions) {
        this.funding = funding;
        this.lists = lists;
        this.creations = creations;
        this.transitions = transitions;
    }

    /**
     * The funding ledger, by school (repeat or separate ids with commas), cohort, funder and year, within
     * the caller's schools; {@code Accept: text/csv} exports every page.
     */
    @Get(produces = {"application/json", "text/csv"})
    HttpResponse<?> list(@Nullable @QueryValue String school, @Nullable @QueryValue String cohort,
                         @Nullable @QueryValue String funder, @Nullable @QueryValue String year,
                         @RequestBean ListQuery query) {
        return lists.answer(query, parameters -> new FundingFilter(SchoolIds.read(parameters, school),
                        parameters.optionalId("cohort", cohort, CohortId::new),
                        parameters.optionalId("funder", funder, PartnerId::new), parameters.integer("year", year),
                        query.updatedSince(parameters)),
                Sort.ascending(FundingSortKey.YEAR), funding::list, FundingCommitmentJson::of, CSV);
    }

    /**
     * Records a funder's commitment for a school, or for one of its cohorts, in a year. The funder must
     * play the FUNDER role for that school; the amount is a string in euros ("125000,50").
     */
    @Post
    @Status(HttpStatus.CREATED)
    HttpResponse<FundingCommitmentJson> commit(@RequestBean KeyedPost post, @Body CommitmentBody body) {
        return creations.create(post, body, FundingCommitmentJson.class,
                "/api/v1/funding-commitments", parameters -> {
                    PartnerId funder = parameters.requiredId("funderId", body.funderId(), PartnerId::new);
                    SchoolId school = parameters.requiredId("schoolId", body.schoolId(), SchoolId::new);
                    Optional<CohortId> cohort = parameters.optionalId("cohortId", body.cohortId(), CohortId::new);
                    String amount = amount(parameters, body);
                    Integer year = parameters.requiredValue("year", body.year());
                    return () -> funding.commit(funder, school, cohort, amount, year);
                }, FundingCommitmentJson::of);
    }

    /** One commitment with its ETag. */
    @Get("/{id}")
    HttpResponse<FundingCommitmentJson> get(@PathVariable String id,
                                            @Nullable @Header("If-None-Match") String ifNoneMatch) {
        return Responses.read(ifNoneMatch,
                FundingCommitmentJson.of(funding.get(Parameters.pathId(id, FundingCommitmentId::new))));
    }

    /** Changes the amount and year of a commitment (its funder, school and cohort stay); needs If-Match. */
    @Put("/{id}")
    HttpResponse<FundingCommitmentJson> amend(@RequestBean RecordChange change, @Body CommitmentBody body) {
        return transitions.apply(change, parameters -> {
            FundingCommitmentId commitmentId = parameters.requiredId("id", change.id(), FundingCommitmentId::new);
            String amount = amount(parameters, body);
            Integer year = parameters.requiredValue("year", body.year());
            return version -> funding.amend(commitmentId, version, amount, year);
        }, FundingCommitmentJson::of);
    }

    /** Withdraws a commitment: it leaves the ledger and the parity checks; needs If-Match. */
    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    HttpResponse<Void> withdraw(@RequestBean RecordChange change) {
        return transitions.remove(change, FundingCommitmentId::new, funding::withdraw);
    }

    /** The amount as typed: its format is the use case's to check (Money.parse), only its absence is reported here. */
    private static String amount(Parameters parameters, CommitmentBody body) {
        return parameters.required("amount", body.amount(), Optional.ofNullable(body.amount()));
    }

    private static List<String> csvRow(FundingCommitment commitment) {
        return List.of(commitment.id().toString(), Long.toString(commitment.version()),
                commitment.funderId().toString(), commitment.schoolId().toString(),
                commitment.cohortId().map(CohortId::toString).orElse(""), MoneyJson.euros(commitment.amount()),
                Long.toString(commitment.amount().cents()), Integer.toString(commitment.year()));
    }
}

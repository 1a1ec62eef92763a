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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import org.tremplin.adapter.rest.support.Creations;
import org.tremplin.adapter.rest.support.CsvDownloads;
import org.tremplin.adapter.rest.support.CsvExport;
import org.tremplin.adapter.rest.support.KeyedPost;
import org.tremplin.adapter.rest.support.Parameters;
import org.tremplin.adapter.rest.support.RecordChange;
import org.tremplin.adapter.rest.support.Transitions;
import org.tremplin.application.common.Page;
import org.tremplin.application.funding.FundingAdministration;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.funding.ParityRuleId;
import org.tremplin.domain.funding.ParityStatus;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.school.SchoolId;

/**
 * Parity rules between two funders, and a school's parity statuses. Kept apart from the funding ledger's
 * controller because its routes live under {@code /api/v1/parity-rules} and {@code /api/v1/schools/{id}}.
 */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Funding")
final class ParityController {
    private static final CsvExport<ParityStatus> CSV = new CsvExport<>("parity",
            List.of("rule_id", "rule_version", "school_id", "cohort_id", "first_funder_id", "second_funder_id",
            "first_total", "first_total_cents", "second_total", "second_total_cents", "at_parity", "gap", "gap_cents"),
            ParityController::csvRow);
    private final FundingAdministration funding;
    private final CsvDownloads csv;
    private final Creations creations;
    private final Transitions transitions;

    ParityController(FundingAdministration funding, CsvDownloads csv, Creations creations, Transitions transitions) {
        this.funding = funding;
        this.csv = csv;
        this.creations = creations;
        this.transitions = transitions;
    }

    /**
     * Declares that two funders of a school, or of one of its cohorts, commit equal amounts. Both must
     * play the FUNDER role for the school.
     */
    @Post("/parity-rules")
    @Status(HttpStatus.CREATED)
    HttpResponse<ParityRuleJson> declare(@RequestBean KeyedPost post, @Body ParityRuleBody body) {
        return creations.create(post, body, ParityRuleJson.class, "/api/v1/parity-rules",
                parameters -> {
                    SchoolId school = parameters.requiredId("schoolId", body.schoolId(), SchoolId::new);
                    Optional<CohortId> cohort = parameters.optionalId("cohortId", body.cohortId(), CohortId::new);
                    PartnerId first = parameters.requiredId("firstFunderId", body.firstFunderId(), PartnerId::new);
                    PartnerId second = parameters.requiredId("secondFunderId", body.secondFunderId(),
                            PartnerId::new);
                    return () -> funding.declareParity(school, cohort, first, second);
                }, ParityRuleJson::of);
    }

    /** Removes a parity rule; the commitments stay. Needs If-Match (the ETag returned when it was declared). */
    @Delete("/parity-rules/{id}")
    @Status(HttpStatus.NO_CONTENT)
    HttpResponse<Void> remove(@RequestBean RecordChange change) {
        return transitions.remove(change, ParityRuleId::new, funding::removeParity);
    }

    /**
     * Each parity rule of the school (school-wide and per cohort), with what each of its two funders
     * committed in its scope over all years and whether the totals are equal to the cent. To remove a rule,
     * send its {@code ruleVersion} in quotes as If-Match ({@code If-Match: "0"}). {@code Accept: text/csv}
     * exports the list.
     */
    @Get(value = "/schools/{id}/parity", produces = {"application/json", "text/csv"})
    HttpResponse<?> parity(@PathVariable String id, @Nullable @Header("Accept") String accept,
                           @Nullable @QueryValue String csvFlavour) {
        List<ParityStatus> statuses = funding.parity(Parameters.pathId(id, SchoolId::new));
        if (CsvDownloads.wanted(accept)) {
            // A school has few rules, listed whole: one page holds them all.
            return csv.all(CSV, next -> new Page<>(statuses, statuses.size(), next), csvFlavour);
        }
        return HttpResponse.ok(statuses.stream().map(ParityStatusJson::of).toList());
    }

    private static List<String> csvRow(ParityStatus status) {
        ParityStatusJson json = ParityStatusJson.of(status);
        return List.of(json.ruleId(), Long.toString(json.ruleVersion()), json.schoolId(),
                json.cohortId() == null ? "" : json.cohortId(), json.firstFunderId(), json.secondFunderId(),
                json.firstTotal(), Long.toString(json.firstTotalCents()), json.secondTotal(),
                Long.toString(json.secondTotalCents()), Boolean.toString(json.atParity()), json.gap(),
                Long.toString(json.gapCents()));
    }
}

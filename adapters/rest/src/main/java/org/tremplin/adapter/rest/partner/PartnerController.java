package org.tremplin.adapter.rest.partner;

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
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tremplin.adapter.rest.support.Creations;
import org.tremplin.adapter.rest.support.CsvExport;
import org.tremplin.adapter.rest.support.KeyedPost;
import org.tremplin.adapter.rest.support.ListQuery;
import org.tremplin.adapter.rest.support.ListResponses;
import org.tremplin.adapter.rest.support.Parameters;
import org.tremplin.adapter.rest.support.PostedChange;
import org.tremplin.adapter.rest.support.RecordChange;
import org.tremplin.adapter.rest.support.Responses;
import org.tremplin.adapter.rest.support.Transitions;
import org.tremplin.application.common.Sort;
import org.tremplin.application.partner.PartnerAdministration;
import org.tremplin.application.partner.PartnerDetails;
import org.tremplin.application.port.in.PartnerFilter;
import org.tremplin.application.port.in.PartnerSortKey;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.partner.PartnerKind;
import org.tremplin.domain.partner.PartnerRole;
import org.tremplin.domain.partner.Siret;
import org.tremplin.domain.school.SchoolId;

@Controller("/api/v1/partners")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Partners")
final class PartnerController {
    private static final CsvExport<Partner> CSV = new CsvExport<>("partners",
            List.of("id", "version", "legal_name", "kind", "siret", "engagements"), PartnerController::csvRow);
    private final PartnerAdministration partners;
    private final ListResponses lists;
    private final Creations creations;
    private final Transitions transitions;

    PartnerController(PartnerAdministration partners, ListResponses lists, Creations creations,
                      Transitions transitions) {
        this.partners = partners;
        this.lists = lists;
        this.creations = creations;
        this.transitions = transitions;
    }

    /**
     * Partners of the network (funders, work-study hosts, recruiters…), by school they are engaged with,
     * role they play (for that school when given), kind and name; {@code Accept: text/csv} exports every page.
     */
    @Get(produces = {"application/json", "text/csv"})
    HttpResponse<?> list(@Nullable @QueryValue String school, @Nullable @QueryValue String role,
                         @Nullable @QueryValue String kind, @Nullable @QueryValue String text,
                         @RequestBean ListQuery query) {
        return lists.answer(query, parameters -> new PartnerFilter(
                        parameters.optionalId("school", school, SchoolId::new),
                        parameters.choice("role", role, PartnerRole.class),
                        parameters.choice("kind", kind, PartnerKind.class), Optional.ofNullable(text),
                        query.updatedSince(parameters)),
                Sort.ascending(PartnerSortKey.LEGAL_NAME), partners::list, PartnerJson::of, CSV);
    }

    /** Registers a partner, engaged with no school yet; companies and training operators need a SIRET. */
    @Post
    @Status(HttpStatus.CREATED)
    HttpResponse<PartnerJson> register(@RequestBean KeyedPost post, @Body PartnerBody body) {
        return creations.create(post, body, PartnerJson.class, "/api/v1/partners", parameters -> {
            PartnerDetails details = details(parameters, body);
            return () -> partners.register(details);
        }, PartnerJson::of);
    }

    /** One partner with its engagements and ETag. */
    @Get("/{id}")
    HttpResponse<PartnerJson> get(@PathVariable String id, @Nullable @Header("If-None-Match") String ifNoneMatch) {
        return Responses.read(ifNoneMatch, PartnerJson.of(partners.get(Parameters.pathId(id, PartnerId::new))));
    }

    /** Corrects a partner's name, kind or SIRET; for network-wide callers only; needs If-Match. */
    @Put("/{id}")
    HttpResponse<PartnerJson> amend(@RequestBean RecordChange change, @Body PartnerBody body) {
        return transitions.amend(change, PartnerId::new, parameters -> details(parameters, body), partners::amend,
                PartnerJson::of);
    }

    /**
     * Sets the roles the partner plays for one school, replacing those it played there; an empty list of
     * roles ends the engagement. Needs If-Match.
     */
    @Post("/{id}/engagements")
    HttpResponse<PartnerJson> engage(@RequestBean PostedChange change, @Body EngagementBody body) {
        return transitions.applyOnce(change, body, PartnerJson.class, parameters -> {
            PartnerId partnerId = parameters.requiredId("id", change.id(), PartnerId::new);
            SchoolId school = parameters.requiredId("schoolId", body.schoolId(), SchoolId::new);
            Set<PartnerRole> roles = roles(parameters, body.roles());
            return version -> partners.engage(partnerId, version, school, roles);
        }, PartnerJson::of);
    }

    private static PartnerDetails details(Parameters parameters, PartnerBody body) {
        PartnerKind kind = parameters.requiredChoice("kind", body.kind(), PartnerKind.class);
        return new PartnerDetails(body.legalName(), kind, Optional.ofNullable(body.siret()));
    }

    /** The roles named, each checked; the list itself must be there, even empty (which ends the engagement). */
    private static Set<PartnerRole> roles(Parameters parameters, @Nullable List<String> names) {
        Set<PartnerRole> roles = EnumSet.noneOf(PartnerRole.class);
        if (parameters.requiredValue("roles", names) == null) {
            return roles;
        }
        for (String name : names) {
            PartnerRole role = parameters.required("roles", name, parameters.choice("roles", name, PartnerRole.class));
            if (role != null) {
                roles.add(role);
            }
        }
        return roles;
    }

    private static List<String> csvRow(Partner partner) {
        String engagements = PartnerJson.engagements(partner).stream()
                .map(engagement -> engagement.schoolId() + ":" + String.join("+", engagement.roles()))
                .collect(Collectors.joining(" "));
        return List.of(partner.id().toString(), Long.toString(partner.version()), partner.legalName(),
                partner.kind().name(), partner.siret().map(Siret::value).orElse(""), engagements);
    }
}

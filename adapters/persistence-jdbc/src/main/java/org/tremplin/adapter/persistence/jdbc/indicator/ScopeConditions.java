package org.tremplin.adapter.persistence.jdbc.indicator;

import java.util.Objects;
import java.util.function.Function;
import org.tremplin.application.port.in.IndicatorScope;
import org.tremplin.domain.partner.PartnerId;

/**
 * Which rows of the summaries and of the funding tables one {@link IndicatorScope} covers, as
 * conditions on a table alias that the query chooses, so that the scopes are written once and mean
 * what the in-memory adapter's selection means: the network, a region or a school cover the learners
 * of their schools and the money of those schools; a cohort its learners and the money committed for
 * the cohort itself (not the school-wide money); a partner the money it committed as funder and the
 * parity rules naming it (its learners are chosen by {@link JdbcIndicatorQueries}).
 */
final class ScopeConditions {
    private final IndicatorScope scope;

    ScopeConditions(IndicatorScope scope) {
        this.scope = Objects.requireNonNull(scope, "scope");
    }

    /** Whether the scope is made of whole schools (the network, a region, a school): thousands of learners. */
    boolean coversWholeSchools() {
        return scope instanceof IndicatorScope.Network || scope instanceof IndicatorScope.OfRegion
                || scope instanceof IndicatorScope.OfSchool;
    }

    /**
     * The learners in scope by their steps, {@code f} being a row of {@code learner_timeline}, which
     * holds each learner's school and cohort (or, for whole schools, of {@code school_timeline_folded}).
     */
    Condition timeline(String f) {
        return bySchoolOrCohort(f, partner -> {
            throw new IllegalArgumentException("a partner's learners are chosen by identifier");
        });
    }

    /** The funding commitments in scope, {@code f} being a row of {@code funding_commitment}. */
    Condition commitments(String f) {
        return bySchoolOrCohort(f, partner -> Condition.of(f + ".funder_id = ?", partner.value()));
    }

    /** The parity rules in scope, {@code r} being a row of {@code parity_rule}. */
    Condition parityRules(String r) {
        return bySchoolOrCohort(r, partner -> Condition.of(
                r + ".first_funder_id = ? OR " + r + ".second_funder_id = ?", partner.value(), partner.value()));
    }

    /**
     * The rows in scope by their {@code school_id} and {@code cohort_id} columns, {@code row} being
     * the row's alias; what a partner's scope keeps is the caller's to say.
     */
    private Condition bySchoolOrCohort(String row, Function<PartnerId, Condition> ofPartner) {
        return switch (scope) {
            case IndicatorScope.Network ignored -> Condition.ALWAYS;
            case IndicatorScope.OfRegion(var region) -> Condition.of(
                    row + ".school_id IN (SELECT scope_school.id FROM school scope_school WHERE scope_school.region = ?)",
                    region);
            case IndicatorScope.OfSchool(var school) -> Condition.of(row + ".school_id = ?", school.value());
            case IndicatorScope.OfCohort(var cohort) -> Condition.of(row + ".cohort_id = ?", cohort.value());
            case IndicatorScope.OfPartner(var partner) -> ofPartner.apply(partner);
        };
    }
}

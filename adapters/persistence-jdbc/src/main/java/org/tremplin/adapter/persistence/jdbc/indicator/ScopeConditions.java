package org.tremplin.adapter.persistence.jdbc.indicator;

import java.util.Objects;
import org.tremplin.application.port.out.IndicatorScope;

/**
 * Which rows of each table one {@link IndicatorScope} covers, as conditions on a table alias that
 * the query chooses. Every query of a report takes its rows from here, so the scopes are written
 * once, and they mean what the in-memory adapter's selection means:
 *
 * <ul>
 *   <li>network, region, school: the learners of the schools (a region's through
 *       {@code school.region}), the applicants of their cohorts, the contracts and outcomes of those
 *       learners, the commitments and parity rules of those schools;</li>
 *   <li>cohort: its learners and applicants, their contracts and outcomes, the commitments and
 *       parity rules made for the cohort itself (not the school-wide ones);</li>
 *   <li>partner: the learners it hosted (a contract as host) or hired (an outcome in a situation with
 *       an employer, naming it), the contracts it hosted only, every outcome of those learners, the
 *       commitments it made as funder and the parity rules naming it; no applicants.</li>
 * </ul>
 */
final class ScopeConditions {
    private final IndicatorScope scope;

    ScopeConditions(IndicatorScope scope) {
        this.scope = Objects.requireNonNull(scope, "scope");
    }

    /** Whether every row of every table is in scope: a query may then skip the join that selects them. */
    boolean coversTheNetwork() {
        return scope instanceof IndicatorScope.Network;
    }

    /** Whether the scope is made of whole schools (the network, a region, a school): thousands of learners. */
    boolean coversWholeSchools() {
        return scope instanceof IndicatorScope.Network || scope instanceof IndicatorScope.OfRegion
                || scope instanceof IndicatorScope.OfSchool;
    }

    /** The learners in scope, {@code l} being a row of {@code learner}. */
    Condition learners(String l) {
        return switch (scope) {
            case IndicatorScope.Network ignored -> Condition.ALWAYS;
            case IndicatorScope.OfRegion(var region) -> Condition.of(
                    l + ".school_id IN (SELECT scope_school.id FROM school scope_school WHERE scope_school.region = ?)",
                    region);
            case IndicatorScope.OfSchool(var school) -> Condition.of(l + ".school_id = ?", school.value());
            case IndicatorScope.OfCohort(var cohort) -> Condition.of(l + ".cohort_id = ?", cohort.value());
            // The UNION in a derived table of its own: an IN over a bare UNION is run again for each
            // learner (a dependent subquery), an IN over one SELECT is materialised once (semi-join).
            case IndicatorScope.OfPartner(var partner) -> Condition.of(l + ".id IN (SELECT partner_learner.learner_id"
                            + " FROM (SELECT hosted.learner_id FROM work_study_contract hosted WHERE hosted.host_id = ?"
                            + " UNION SELECT hired.learner_id FROM employment_outcome hired"
                            + " WHERE hired.employer_partner_id = ?"
                            + " AND hired.situation IN " + IndicatorSql.WITH_EMPLOYER
                            + ") partner_learner)",
                    partner.value(), partner.value());
        };
    }

    /**
     * The learners in scope by their steps, {@code f} being a row of {@code learner_timeline}, which
     * holds each learner's school and cohort (or, for whole schools, of {@code school_timeline_folded}).
     */
    Condition timeline(String f) {
        return switch (scope) {
            case IndicatorScope.Network ignored -> Condition.ALWAYS;
            case IndicatorScope.OfRegion(var region) -> Condition.of(
                    f + ".school_id IN (SELECT scope_school.id FROM school scope_school WHERE scope_school.region = ?)",
                    region);
            case IndicatorScope.OfSchool(var school) -> Condition.of(f + ".school_id = ?", school.value());
            case IndicatorScope.OfCohort(var cohort) -> Condition.of(f + ".cohort_id = ?", cohort.value());
            case IndicatorScope.OfPartner ignored -> ofLearnersInScope(f + ".learner_id");
        };
    }

    /** The applicants in scope, {@code a} being a row of {@code applicant}. */
    Condition applicants(String a) {
        return switch (scope) {
            case IndicatorScope.Network ignored -> Condition.ALWAYS;
            case IndicatorScope.OfRegion(var region) -> Condition.of(a + ".cohort_id IN (SELECT scope_cohort.id"
                    + " FROM cohort scope_cohort JOIN school scope_school ON scope_school.id = scope_cohort.school_id"
                    + " WHERE scope_school.region = ?)", region);
            case IndicatorScope.OfSchool(var school) -> Condition.of(a + ".cohort_id IN (SELECT scope_cohort.id"
                    + " FROM cohort scope_cohort WHERE scope_cohort.school_id = ?)", school.value());
            case IndicatorScope.OfCohort(var cohort) -> Condition.of(a + ".cohort_id = ?", cohort.value());
            case IndicatorScope.OfPartner ignored -> Condition.NEVER;
        };
    }

    /** The contracts in scope, {@code w} being a row of {@code work_study_contract}. */
    Condition contracts(String w) {
        return switch (scope) {
            case IndicatorScope.Network ignored -> Condition.ALWAYS;
            case IndicatorScope.OfPartner(var partner) -> Condition.of(w + ".host_id = ?", partner.value());
            default -> ofLearnersInScope(w + ".learner_id");
        };
    }

    /**
     * Which of the contracts of a learner in scope are in scope: all of them, but for a partner only
     * those it hosted.
     */
    Condition contractsOfLearnerInScope(String w) {
        return scope instanceof IndicatorScope.OfPartner(var partner)
                ? Condition.of(w + ".host_id = ?", partner.value())
                : Condition.ALWAYS;
    }

    /** The outcomes in scope, all those of the learners in scope; {@code o} is a row of {@code employment_outcome}. */
    Condition outcomes(String o) {
        return scope instanceof IndicatorScope.Network ? Condition.ALWAYS : ofLearnersInScope(o + ".learner_id");
    }

    /** The funding commitments in scope, {@code f} being a row of {@code funding_commitment}. */
    Condition commitments(String f) {
        return switch (scope) {
            case IndicatorScope.Network ignored -> Condition.ALWAYS;
            case IndicatorScope.OfRegion(var region) -> Condition.of(
                    f + ".school_id IN (SELECT scope_school.id FROM school scope_school WHERE scope_school.region = ?)",
                    region);
            case IndicatorScope.OfSchool(var school) -> Condition.of(f + ".school_id = ?", school.value());
            case IndicatorScope.OfCohort(var cohort) -> Condition.of(f + ".cohort_id = ?", cohort.value());
            case IndicatorScope.OfPartner(var partner) -> Condition.of(f + ".funder_id = ?", partner.value());
        };
    }

    /** The parity rules in scope, {@code r} being a row of {@code parity_rule}. */
    Condition parityRules(String r) {
        return switch (scope) {
            case IndicatorScope.Network ignored -> Condition.ALWAYS;
            case IndicatorScope.OfRegion(var region) -> Condition.of(
                    r + ".school_id IN (SELECT scope_school.id FROM school scope_school WHERE scope_school.region = ?)",
                    region);
            case IndicatorScope.OfSchool(var school) -> Condition.of(r + ".school_id = ?", school.value());
            case IndicatorScope.OfCohort(var cohort) -> Condition.of(r + ".cohort_id = ?", cohort.value());
            case IndicatorScope.OfPartner(var partner) -> Condition.of(
                    r + ".first_funder_id = ? OR " + r + ".second_funder_id = ?", partner.value(), partner.value());
        };
    }

    private Condition ofLearnersInScope(String learnerIdColumn) {
        Condition learners = learners("scope_learner");
        return new Condition(learnerIdColumn + " IN (SELECT scope_learner.id FROM learner scope_learner WHERE "
                + learners.sql() + ")", learners.parameters());
    }
}

package org.tremplin.adapter.rest.indicator;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.tremplin.domain.indicator.EmploymentSnapshot;
import org.tremplin.domain.indicator.LeavingYear;
import org.tremplin.domain.indicator.Rate;

/**
 * What became of the leavers some months after leaving, counted as InserJeunes (DEPP, DARES) counts
 * them: a leaver counts once the horizon has come on the report's date, in the situation their
 * nearest follow-up (within 3 months either side) gives, unknown without one. Below 20 leavers the
 * breakdown is withheld like the rates: it would tell what became of a few people.
 *
 * @param months            the horizon: 6, 12, 18 or 24 months after leaving
 * @param leavingYears      the leaving years counted, each named by the year it ends in (2024 for
 *                          1 September 2023 to 31 August 2024); empty when every leaver counts
 * @param pooled            true when these figures pool a leaving year with the year before, as
 *                          InserJeunes does when one year has too few leavers to publish
 * @param leavers           the leavers whose horizon has come
 * @param salaried          in salaried employment: permanent, fixed-term of any length, temporary agency work
 * @param selfEmployed      self-employed or business creators
 * @param furtherStudies    in further studies, a new work-study contract included
 * @param notInEmployment   job seeking or inactive
 * @param unknown           no follow-up near enough to the horizon
 * @param employmentRate    official InserJeunes employment rate ("taux d'emploi salarié en France"):
 *                          salaried employment among leavers not in further studies; self-employment
 *                          counts in the denominator only
 * @param favourableRate    official InserJeunes favourable-outcome rate: further studies or salaried
 *                          employment among all leavers
 * @param shares            official InserJeunes whole-cohort display: three shares adding up to 100.0
 * @param selfEmployedShare self-employment among all leavers: a local figure of the network, in no
 *                          official rate and not comparable with InserJeunes
 * @param coverage          the follow-up coverage: leavers whose situation is known, among all leavers
 * @param coverageLow       true when the coverage is published and under half: the rates then stand
 *                          on too few answers to be read with confidence
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record EmploymentSnapshotJson(
        int months,
        @JsonInclude(JsonInclude.Include.ALWAYS) List<Integer> leavingYears,
        boolean pooled,
        long leavers,
        @Nullable Long salaried,
        @Nullable Long selfEmployed,
        @Nullable Long furtherStudies,
        @Nullable Long notInEmployment,
        @Nullable Long unknown,
        RateJson employmentRate,
        RateJson favourableRate,
        WholeCohortSharesJson shares,
        RateJson selfEmployedShare,
        RateJson coverage,
        boolean coverageLow) {

    static EmploymentSnapshotJson of(EmploymentSnapshot snapshot) {
        boolean withheld = snapshot.leavers() < Rate.MIN_PUBLISHABLE_DENOMINATOR;
        return new EmploymentSnapshotJson(
                snapshot.months(),
                snapshot.leavingYears().stream().map(LeavingYear::endYear).toList(),
                snapshot.isPooled(),
                snapshot.leavers(),
                withheld ? null : snapshot.salaried(),
                withheld ? null : snapshot.selfEmployed(),
                withheld ? null : snapshot.furtherStudies(),
                withheld ? null : snapshot.notInEmployment(),
                withheld ? null : snapshot.unknown(),
                RateJson.official(snapshot.employmentRate()),
                RateJson.official(snapshot.favourableRate()),
                WholeCohortSharesJson.of(snapshot.shares()),
                RateJson.of(snapshot.selfEmployedShare()),
                RateJson.of(snapshot.coverage()),
                snapshot.isCoverageLow());
    }
}

package org.tremplin.domain.indicator;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tremplin.domain.outcome.SituationCategory;

/**
 * What became of the leavers at one horizon, counted as InserJeunes counts them (DEPP–DARES). A
 * leaver counts once the horizon has come on the report's date; their situation is the one that
 * stands for that day ({@link FollowUp}), unknown when no follow-up is near enough.
 *
 * @param leavingYears the leaving years counted: none for every leaver, one, or two when pooled
 * @see "docs/adr/0002-employment-indicators.md"
 */
public record EmploymentSnapshot(
        FollowUpHorizon horizon,
        List<LeavingYear> leavingYears,
        long salaried,
        long selfEmployed,
        long furtherStudies,
        long notInEmployment,
        long unknown) {

    public EmploymentSnapshot {
        Objects.requireNonNull(horizon, "horizon");
        leavingYears = leavingYears.stream().sorted().toList();
        if (salaried < 0 || selfEmployed < 0 || furtherStudies < 0 || notInEmployment < 0 || unknown < 0) {
            throw new IllegalArgumentException("a snapshot counts leavers");
        }
    }

    static EmploymentSnapshot of(FollowUpHorizon horizon, List<LeavingYear> leavingYears,
                                 Map<SituationCategory, Long> leaversByCategory) {
        return new EmploymentSnapshot(horizon, leavingYears,
                leaversByCategory.getOrDefault(SituationCategory.SALARIED_EMPLOYMENT, 0L),
                leaversByCategory.getOrDefault(SituationCategory.SELF_EMPLOYMENT, 0L),
                leaversByCategory.getOrDefault(SituationCategory.FURTHER_STUDIES, 0L),
                leaversByCategory.getOrDefault(SituationCategory.NOT_IN_EMPLOYMENT, 0L),
                leaversByCategory.getOrDefault(SituationCategory.UNKNOWN, 0L));
    }

    public int months() {
        return horizon.months();
    }

    public long leavers() {
        return salaried + selfEmployed + furtherStudies + notInEmployment + unknown;
    }

    /**
     * The official employment rate: salaried employment (permanent, fixed-term of any length,
     * temporary agency work) among leavers not in further studies, a new work-study contract counting
     * as further studies. Self-employment is in the denominator only.
     */
    public Rate employmentRate() {
        return new Rate(salaried, leavers() - furtherStudies);
    }

    /** The official favourable-outcome rate: further studies or salaried employment among all leavers. */
    public Rate favourableRate() {
        return new Rate(furtherStudies + salaried, leavers());
    }

    /** The official display over the whole cohort: three shares of all leavers adding up to 100 %. */
    public WholeCohortShares shares() {
        return new WholeCohortShares(salaried, furtherStudies, selfEmployed + notInEmployment + unknown);
    }

    /** Self-employment among all leavers: a local figure, in no official rate. */
    public Rate selfEmployedShare() {
        return new Rate(selfEmployed, leavers());
    }

    /** The follow-up coverage: leavers whose situation is known at this horizon, among all leavers. */
    public Rate coverage() {
        return new Rate(leavers() - unknown, leavers());
    }

    /** Whether the coverage is published and under half: the rates then stand on too few answers. */
    public boolean isCoverageLow() {
        Rate coverage = coverage();
        return !coverage.isSuppressed() && 2 * coverage.numerator() < coverage.denominator();
    }

    /** Whether these figures pool a leaving year with the year before it. */
    public boolean isPooled() {
        return leavingYears.size() > 1;
    }
}

package org.tremplin.adapter.persistence.memory;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.tremplin.application.port.out.IndicatorQueries;
import org.tremplin.application.port.in.IndicatorScope;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.indicator.IndicatorInputs;
import org.tremplin.domain.indicator.IndicatorReport;
import org.tremplin.domain.indicator.Indicators;
import org.tremplin.domain.indicator.LeavingYear;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.outcome.EmploymentOutcome;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.school.School;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.workstudy.WorkStudyContract;

/** Selects the records of a scope from the stores and hands them to the domain's indicator functions. */
public final class InMemoryIndicatorQueries implements IndicatorQueries {
    private final InMemoryTransactions transactions;
    private final InMemoryStores stores;

    InMemoryIndicatorQueries(InMemoryTransactions transactions, InMemoryStores stores) {
        this.transactions = transactions;
        this.stores = stores;
    }

    @Override
    public IndicatorReport report(IndicatorScope scope, LocalDate asOf, Optional<LeavingYear> leavingYear) {
        IndicatorInputs inputs = transactions.read(() -> switch (scope) {
            case IndicatorScope.Network ignored -> ofSchools(school -> true);
            case IndicatorScope.OfRegion(var region) -> ofSchools(school -> school.region() == region);
            case IndicatorScope.OfSchool(var school) -> ofSchools(candidate -> candidate.id().equals(school));
            case IndicatorScope.OfCohort(var cohort) -> ofCohort(cohort);
            case IndicatorScope.OfPartner(var partner) -> ofPartner(partner);
        });
        return Indicators.report(inputs, asOf, leavingYear);
    }

    private IndicatorInputs ofSchools(Predicate<School> inScope) {
        Set<SchoolId> schools = stores.schools().all().stream().filter(inScope).map(School::id).collect(Collectors.toSet());
        Set<CohortId> cohorts = stores.cohorts().all().stream().filter(cohort -> schools.contains(cohort.schoolId()))
                .map(Cohort::id).collect(Collectors.toSet());
        List<Learner> learners = stores.learners().all().stream()
                .filter(learner -> schools.contains(learner.schoolId())).toList();
        Set<LearnerId> learnerIds = learners.stream().map(Learner::id).collect(Collectors.toSet());
        return new IndicatorInputs(
                stores.applicants().all().stream().filter(applicant -> cohorts.contains(applicant.cohortId())).toList(),
                learners,
                stores.contracts().all().stream().filter(contract -> learnerIds.contains(contract.learnerId())).toList(),
                stores.outcomes().all().stream().filter(outcome -> learnerIds.contains(outcome.learnerId())).toList(),
                stores.funding().all().stream().filter(commitment -> schools.contains(commitment.schoolId())).toList(),
                stores.parityRules().all().stream().filter(rule -> schools.contains(rule.schoolId())).toList());
    }

    private IndicatorInputs ofCohort(CohortId cohort) {
        List<Learner> learners = stores.learners().all().stream()
                .filter(learner -> learner.cohortId().equals(cohort)).toList();
        Set<LearnerId> learnerIds = learners.stream().map(Learner::id).collect(Collectors.toSet());
        return new IndicatorInputs(
                stores.applicants().all().stream().filter(applicant -> applicant.cohortId().equals(cohort)).toList(),
                learners,
                stores.contracts().all().stream().filter(contract -> learnerIds.contains(contract.learnerId())).toList(),
                stores.outcomes().all().stream().filter(outcome -> learnerIds.contains(outcome.learnerId())).toList(),
                stores.funding().all().stream().filter(commitment -> commitment.cohortId().equals(Optional.of(cohort)))
                        .toList(),
                stores.parityRules().all().stream().filter(rule -> rule.cohortId().equals(Optional.of(cohort)))
                        .toList());
    }

    /** See {@link IndicatorScope.OfPartner}: the learners it hosted or hired, its contracts, its money. */
    private IndicatorInputs ofPartner(PartnerId partner) {
        List<WorkStudyContract> hosted = stores.contracts().all().stream()
                .filter(contract -> contract.hostId().equals(partner)).toList();
        Set<LearnerId> learnerIds = new HashSet<>();
        hosted.forEach(contract -> learnerIds.add(contract.learnerId()));
        stores.outcomes().all().stream().filter(outcome -> hiredBy(outcome, partner))
                .forEach(outcome -> learnerIds.add(outcome.learnerId()));
        return new IndicatorInputs(
                List.of(),
                stores.learners().all().stream().filter(learner -> learnerIds.contains(learner.id())).toList(),
                hosted,
                stores.outcomes().all().stream().filter(outcome -> learnerIds.contains(outcome.learnerId())).toList(),
                stores.funding().all().stream().filter(commitment -> commitment.funderId().equals(partner)).toList(),
                stores.parityRules().all().stream()
                        .filter(rule -> rule.firstFunder().equals(partner) || rule.secondFunder().equals(partner)).toList());
    }

    private static boolean hiredBy(EmploymentOutcome outcome, PartnerId partner) {
        return outcome.situation().hasEmployer()
                && outcome.employer().flatMap(employer -> employer.partnerId()).filter(partner::equals).isPresent();
    }
}

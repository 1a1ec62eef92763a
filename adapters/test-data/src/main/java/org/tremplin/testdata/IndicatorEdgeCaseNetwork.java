package org.tremplin.testdata;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.Collections;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.tremplin.application.port.in.IndicatorScope;
import org.tremplin.domain.applicant.Applicant;
import org.tremplin.domain.applicant.ApplicantId;
import org.tremplin.domain.applicant.SelectionStage;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.funding.FundingCommitment;
import org.tremplin.domain.funding.FundingCommitmentId;
import org.tremplin.domain.funding.ParityRule;
import org.tremplin.domain.funding.ParityRuleId;
import org.tremplin.domain.indicator.IndicatorInputs;
import org.tremplin.domain.learner.DropOutReason;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.outcome.Employer;
import org.tremplin.domain.outcome.EmploymentOutcome;
import org.tremplin.domain.outcome.OutcomeId;
import org.tremplin.domain.outcome.Situation;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.partner.PartnerKind;
import org.tremplin.domain.partner.Siret;
import org.tremplin.domain.person.Diploma;
import org.tremplin.domain.person.DisabilityStatus;
import org.tremplin.domain.person.Gender;
import org.tremplin.domain.person.InclusionProfile;
import org.tremplin.domain.person.PersonName;
import org.tremplin.domain.programme.PhaseLengths;
import org.tremplin.domain.programme.Programme;
import org.tremplin.domain.programme.ProgrammeId;
import org.tremplin.domain.school.Departement;
import org.tremplin.domain.school.Region;
import org.tremplin.domain.school.School;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.shared.EmailAddress;
import org.tremplin.domain.shared.Identifiers;
import org.tremplin.domain.shared.Money;
import org.tremplin.domain.workstudy.BrokenBy;
import org.tremplin.domain.workstudy.ContractId;
import org.tremplin.domain.workstudy.ContractKind;
import org.tremplin.domain.workstudy.WorkStudyContract;

/**
 * A network of a few schools drawn from a seed, saved through the ports, dense in the cases where
 * SQL and Java could part: ages either side of 26 and 30 (29 February births included), job
 * seeking since about twelve months at month ends, leavers whose snapshot dates fall on month ends,
 * follow-ups on the edges of the three-month window, equally far before and after, or on the same
 * day; learners on every path, contracts broken or run out, employers as partners or named.
 *
 * <p>{@link #inputs} selects a scope's records from the saved lists by hand, as the in-memory adapter
 * selects them from its stores, so that the domain's report on them is what the SQL must return.
 *
 * <p>Unlike the demo network, it is saved as it is drawn, through the ports of a {@link NetworkWriter},
 * and keeps what the ports returned. Schools, programmes and cohorts get random identifiers; every
 * other record's identifier comes from the seed.
 */
public final class IndicatorEdgeCaseNetwork {
    private static final List<LocalDate> LEAP_DAYS_AT = List.of(LocalDate.of(2022, 2, 28), LocalDate.of(2022, 3, 1),
            LocalDate.of(2024, 2, 28), LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 1));
    private static final List<LocalDate> COHORT_STARTS = List.of(LocalDate.of(2021, 8, 31), LocalDate.of(2021, 10, 4),
            LocalDate.of(2021, 11, 30), LocalDate.of(2022, 1, 31), LocalDate.of(2022, 3, 31), LocalDate.of(2022, 6, 30),
            LocalDate.of(2022, 8, 31), LocalDate.of(2023, 1, 9), LocalDate.of(2023, 2, 28), LocalDate.of(2023, 5, 31));

    private final List<School> schools = new ArrayList<>();
    private final List<Cohort> cohorts = new ArrayList<>();
    private final List<Partner> funders = new ArrayList<>();
    private final List<Partner> companies = new ArrayList<>();
    /** A partner in no record at all: its report is empty. */
    private Partner idle;
    private final List<Applicant> applicants = new ArrayList<>();
    private final List<Learner> learners = new ArrayList<>();
    private final List<WorkStudyContract> contracts = new ArrayList<>();
    private final List<EmploymentOutcome> outcomes = new ArrayList<>();
    private final List<FundingCommitment> commitments = new ArrayList<>();
    /** In the order saved, which is the order the adapter lists them in (see {@link #PARITY_ORDER}). */
    private final List<ParityRule> parityRules = new ArrayList<>();

    /**
     * The database does not record the order rules were saved in, which is the order the in-memory
     * adapter passes them on; the JDBC adapter lists them by school, the school-wide rule first, then
     * by cohort and identifier. The rules are saved in that order so that both orders agree.
     */
    private static final Comparator<ParityRule> PARITY_ORDER = Comparator
            .comparing((ParityRule rule) -> rule.schoolId().value(), Identifiers.ORDER)
            .thenComparing(rule -> rule.cohortId().isPresent())
            .thenComparing(rule -> rule.cohortId().map(CohortId::value).orElse(null),
                    Comparator.nullsFirst(Identifiers.ORDER))
            .thenComparing(rule -> rule.id().value(), Identifiers.ORDER);

    private final NetworkWriter ports;
    private final Random random;
    private final long seed;
    private int sequence;
    /** Numbers the names of schools' towns, programmes and cohorts, apart from {@link #sequence}. */
    private int structureSequence;

    private IndicatorEdgeCaseNetwork(NetworkWriter ports, long seed) {
        this.ports = ports;
        this.random = new Random(seed);
        this.seed = seed;
    }

    /** Draws the network of this seed and saves it through these ports, parents before children. */
    public static IndicatorEdgeCaseNetwork generate(NetworkWriter ports, long seed) {
        var network = new IndicatorEdgeCaseNetwork(ports, seed);
        network.build();
        return network;
    }

    /** The cohorts, as saved: two a school. */
    public List<Cohort> cohorts() {
        return List.copyOf(cohorts);
    }

    private void build() {
        schools.add(ports.schools().save(school(name("École IA Castelnau"), Region.OCCITANIE, "34")));
        schools.add(ports.schools().save(school(name("École IA Toulouse"), Region.OCCITANIE, "31")));
        schools.add(ports.schools().save(school(name("École IA Lille"), Region.HAUTS_DE_FRANCE, "59")));
        schools.add(ports.schools().save(school(name("École IA Paris"), Region.ILE_DE_FRANCE, "75")));
        funders.add(ports.partners().save(Partner.register(new PartnerId(id()), name("Région"), PartnerKind.REGION,
                Optional.empty())));
        funders.add(ports.partners().save(Partner.register(new PartnerId(id()), name("Microsoft"),
                PartnerKind.TECH_COMPANY, Optional.empty())));
        funders.add(ports.partners().save(Partner.register(new PartnerId(id()), name("État"), PartnerKind.STATE,
                Optional.empty())));
        for (int i = 0; i < 6; i++) {
            companies.add(ports.partners().save(Partner.register(new PartnerId(id()), name("Company"),
                    i % 2 == 0 ? PartnerKind.LARGE_COMPANY : PartnerKind.SME, Optional.of(siret()))));
        }
        idle = ports.partners().save(Partner.register(new PartnerId(id()), name("Idle"), PartnerKind.SME,
                Optional.of(siret())));
        List<LocalDate> starts = new ArrayList<>(COHORT_STARTS);
        Collections.shuffle(starts, random);
        for (School school : schools) {
            for (int i = 0; i < 2; i++) {
                cohorts.add(ports.cohorts().save(cohort(school, starts.get(cohorts.size()))));
            }
        }
        List<Applicant> newApplicants = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            newApplicants.add(applicant(pick(cohorts)));
        }
        applicants.addAll(ports.applicants().saveAll(newApplicants));
        List<Learner> newLearners = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            newLearners.add(learner(cohorts.get(i % cohorts.size())));
        }
        learners.addAll(ports.learners().saveAll(newLearners));
        List<WorkStudyContract> newContracts = new ArrayList<>();
        List<EmploymentOutcome> newOutcomes = new ArrayList<>();
        for (Learner learner : learners) {
            newContracts.addAll(contracts(learner));
            newOutcomes.addAll(outcomes(learner));
        }
        contracts.addAll(ports.contracts().saveAll(newContracts));
        outcomes.addAll(ports.outcomes().saveAll(newOutcomes));
        funding();
    }

    // ---- structure

    private School school(String name, Region region, String departement) {
        return School.plan(new SchoolId(UUID.randomUUID()), name, "Town " + ++structureSequence, region,
                new Departement(departement), Optional.empty());
    }

    /** A cohort of a programme of its own, saved first. */
    private Cohort cohort(School school, LocalDate start) {
        Programme programme = ports.programmes().save(Programme.create(new ProgrammeId(UUID.randomUUID()),
                "Développeur·se Data IA " + ++structureSequence, Optional.empty(), Optional.of(5), PhaseLengths.ECOLE_IA));
        return Cohort.open(new CohortId(UUID.randomUUID()), school.id(), programme, "Promo " + ++structureSequence,
                start, 24);
    }

    // ---- people

    private Applicant applicant(Cohort cohort) {
        LocalDate appliedOn = chance(0.15) ? pick(LEAP_DAYS_AT) : tricky(cohort.startDate().minusDays(20 + random.nextInt(150)));
        Applicant applicant = Applicant.apply(new ApplicantId(id()), cohort.id(), person(), email("applicant"),
                profile(appliedOn), pick(DisabilityStatus.values()), appliedOn);
        LocalDate on = appliedOn;
        int furthest = random.nextInt(4);
        List<SelectionStage> path = List.of(SelectionStage.PRESELECTED, SelectionStage.SELECTED, SelectionStage.ENROLLED);
        for (int step = 0; step < furthest; step++) {
            on = on.plusDays(random.nextInt(20));
            applicant = applicant.moveTo(path.get(step), on);
        }
        if (!applicant.stage().isFinal() && chance(0.4)) {
            applicant = applicant.moveTo(chance(0.5) ? SelectionStage.REJECTED : SelectionStage.WITHDREW,
                    on.plusDays(random.nextInt(20)));
        }
        return applicant;
    }

    private Learner learner(Cohort cohort) {
        LocalDate enrolledOn = chance(0.1) ? pick(LEAP_DAYS_AT) : tricky(cohort.startDate().minusDays(random.nextInt(4)));
        Learner learner = Learner.enrol(new LearnerId(id()), cohort, Optional.empty(), person(), email("learner"),
                profile(enrolledOn), pick(DisabilityStatus.values()), enrolledOn);
        // 0 enrolled, 1 in centre, 2 in work-study, 3 graduated; then perhaps dropped out before graduating.
        int furthest = new int[] {0, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 3}[random.nextInt(12)];
        LocalDate last = enrolledOn;
        if (furthest >= 1) {
            last = enrolledOn.plusDays(random.nextInt(3));
            learner = learner.startCentre(last);
        }
        if (furthest >= 2) {
            LocalDate workStudy = cohort.calendar().workStudyStart();
            last = workStudy.isAfter(last) ? workStudy : last.plusDays(1);
            learner = learner.startWorkStudy(last);
        }
        if (furthest == 3) {
            LocalDate end = cohort.calendar().workStudyEnd();
            LocalDate graduatedOn = chance(0.5) ? end : endOfMonth(end.plusDays(random.nextInt(60) - 30), last);
            return learner.graduate(graduatedOn.isBefore(last) ? last.plusMonths(12) : graduatedOn);
        }
        if (chance(furthest == 2 ? 0.4 : 0.3)) {
            LocalDate droppedOn = last.plusDays(random.nextInt(200));
            return learner.dropOut(chance(0.4) ? endOfMonth(droppedOn, last) : droppedOn, pick(DropOutReason.values()));
        }
        return learner;
    }

    /** Ages either side of 26 and 30, birthdays on 29 February, job seeking about twelve months at month ends. */
    private InclusionProfile profile(LocalDate at) {
        LocalDate birth;
        if (LEAP_DAYS_AT.contains(at) && chance(0.7)) {
            int age = chance(0.5) ? 26 : 30;
            LocalDate anniversary = LocalDate.of(at.getYear() - age, 2, 1);
            birth = anniversary.isLeapYear() ? LocalDate.of(anniversary.getYear(), 2, 29)
                    : chance(0.5) ? LocalDate.of(anniversary.getYear(), 2, 28) : LocalDate.of(anniversary.getYear(), 3, 1);
        } else {
            int age = pick(new Integer[] {17, 19, 25, 25, 26, 26, 29, 29, 30, 30, 34, 45});
            birth = at.minusYears(age).plusDays(pick(new Integer[] {-1, 0, 0, 1, random.nextInt(300) - 150}));
        }
        if (birth.plusYears(InclusionProfile.MIN_AGE).isAfter(at)) {
            birth = at.minusYears(InclusionProfile.MIN_AGE);
        }
        Optional<LocalDate> since = Optional.empty();
        if (chance(0.75)) {
            LocalDate candidate = switch (random.nextInt(5)) {
                case 0 -> at.minusMonths(12).plusDays(random.nextInt(3) - 1);
                case 1 -> YearMonth.from(at.minusMonths(12 + random.nextInt(2) - 1)).atEndOfMonth();
                case 2 -> at.minusYears(1);
                case 3 -> at.minusDays(random.nextInt(2));
                default -> at.minusDays(random.nextInt(800));
            };
            LocalDate earliest = birth.plusYears(InclusionProfile.MIN_AGE);
            if (candidate.isBefore(earliest)) {
                candidate = earliest;
            }
            since = Optional.of(candidate.isAfter(at) ? at : candidate);
        }
        return new InclusionProfile(pick(Gender.values()), birth, since, chance(0.3), pick(Diploma.values()));
    }

    // ---- contracts and outcomes

    private List<WorkStudyContract> contracts(Learner learner) {
        if (learner.workStudyStartedOn().isEmpty() || chance(0.15)) {
            return List.of();
        }
        List<WorkStudyContract> signed = new ArrayList<>();
        LocalDate start = learner.workStudyStartedOn().get().plusDays(random.nextInt(10));
        int count = 1 + random.nextInt(2);
        for (int i = 0; i < count; i++) {
            LocalDate plannedEnd = chance(0.2) ? start.plusMonths(2) : start.plusMonths(12).minusDays(1);
            WorkStudyContract contract = WorkStudyContract.sign(new ContractId(id()), learner.id(), pick(hosts()),
                    pick(ContractKind.values()), start, plannedEnd, "Data analyst apprentice", "Tutor " + next());
            if (chance(0.35)) {
                long days = java.time.temporal.ChronoUnit.DAYS.between(start, plannedEnd);
                contract = contract.breakOff(start.plusDays(random.nextInt((int) days)), pick(BrokenBy.values()));
            }
            signed.add(contract);
            start = contract.effectiveEndDate().plusDays(1 + random.nextInt(40));
        }
        return signed;
    }

    /** Companies host; one funder hosts as well, so that a partner's report has contracts and money. */
    private List<PartnerId> hosts() {
        List<PartnerId> hosts = new ArrayList<>(companies.stream().map(Partner::id).toList());
        hosts.add(funders.get(1).id());
        return hosts;
    }

    private List<EmploymentOutcome> outcomes(Learner learner) {
        List<EmploymentOutcome> recorded = new ArrayList<>();
        if (learner.leftOn().isEmpty()) {
            if (chance(0.05)) {
                recorded.add(outcome(learner, learner.enrolledOn().plusDays(random.nextInt(400))));
            }
            return recorded;
        }
        LocalDate left = learner.leftOn().get();
        for (int months : new int[] {6, 12, 18, 24}) {
            if (chance(0.15)) {
                continue;
            }
            LocalDate snapshot = left.plusMonths(months);
            switch (random.nextInt(5)) {
                case 0 -> recorded.add(outcome(learner, snapshot.plusDays(pick(new Integer[] {0, 1, -1, 7, -7, 45, -45}))));
                case 1 -> recorded.add(outcome(learner, pick(List.of(snapshot.minusMonths(3),
                        snapshot.minusMonths(3).minusDays(1), snapshot.plusMonths(3), snapshot.plusMonths(3).plusDays(1)))));
                case 2 -> {
                    int distance = 1 + random.nextInt(60);
                    recorded.add(outcome(learner, snapshot.minusDays(distance)));
                    recorded.add(outcome(learner, snapshot.plusDays(distance)));
                }
                case 3 -> {
                    LocalDate day = snapshot.plusDays(random.nextInt(41) - 20);
                    recorded.add(outcome(learner, day));
                    recorded.add(outcome(learner, day));
                }
                default -> recorded.add(outcome(learner, snapshot.plusDays(random.nextInt(201) - 100)));
            }
        }
        if (chance(0.3)) {
            recorded.add(outcome(learner, left.plusDays(random.nextInt(500))));
        }
        return recorded;
    }

    private EmploymentOutcome outcome(Learner learner, LocalDate observedOn) {
        // Self-employment is one situation of ten: drawn twice as often, so that every category is seen.
        Situation situation = chance(0.1) ? Situation.SELF_EMPLOYED : pick(Situation.values());
        Optional<Employer> employer = Optional.empty();
        if (situation.hasEmployer() || situation.mayNameEmployer() && chance(0.6)) {
            employer = Optional.of(chance(0.7) ? Employer.partner(pick(hosts())) : Employer.named("Employer " + next()));
        }
        Optional<String> jobTitle = situation.mayNameEmployer() && chance(0.5) ? Optional.of("Data analyst")
                : Optional.empty();
        return EmploymentOutcome.record(new OutcomeId(id()), learner.id(), observedOn, situation, employer, jobTitle);
    }

    // ---- money

    private void funding() {
        List<FundingCommitment> newCommitments = new ArrayList<>();
        List<ParityRule> newRules = new ArrayList<>();
        Partner first = funders.get(0);
        Partner second = funders.get(1);
        for (School school : schools) {
            List<Cohort> ofSchool = cohorts.stream().filter(cohort -> cohort.schoolId().equals(school.id())).toList();
            // The same amount from both funders for the first cohort: its rule holds, as does the
            // school's in the last school, where nothing else is committed.
            long matched = 10_000 + random.nextInt(400_000);
            newCommitments.add(commitment(first, school, Optional.of(ofSchool.get(0).id()), Money.euros(matched)));
            newCommitments.add(commitment(second, school, Optional.of(ofSchool.get(0).id()), Money.euros(matched)));
            newRules.add(ParityRule.declare(new ParityRuleId(id()), school.id(), Optional.empty(), first.id(), second.id()));
            newRules.add(ParityRule.declare(new ParityRuleId(id()), school.id(), Optional.of(ofSchool.get(0).id()),
                    first.id(), second.id()));
            if (chance(0.7)) {
                newRules.add(ParityRule.declare(new ParityRuleId(id()), school.id(), Optional.of(ofSchool.get(1).id()),
                        chance(0.5) ? first.id() : funders.get(2).id(), second.id()));
            }
            if (school.equals(schools.getLast())) {
                continue;
            }
            // School-wide money counts for the school's rule, never for a cohort's.
            newCommitments.add(commitment(chance(0.5) ? first : second, school, Optional.empty(),
                    Money.ofCents(100 + random.nextInt(50_000_000))));
            int others = random.nextInt(4);
            for (int i = 0; i < others; i++) {
                Partner funder = chance(0.8) ? pick(funders) : companies.getFirst();
                Optional<CohortId> cohort = chance(0.5) ? Optional.of(pick(ofSchool).id()) : Optional.empty();
                newCommitments.add(commitment(funder, school, cohort, Money.ofCents(100 + random.nextInt(50_000_000))));
            }
        }
        commitments.addAll(ports.commitments().saveAll(newCommitments));
        newRules.sort(PARITY_ORDER);
        parityRules.addAll(ports.parityRules().saveAll(newRules));
    }

    private FundingCommitment commitment(Partner funder, School school, Optional<CohortId> cohort, Money amount) {
        return FundingCommitment.commit(new FundingCommitmentId(id()), funder.id(), school.id(), cohort, amount,
                2021 + random.nextInt(4));
    }

    // ---- the scopes, selected as the in-memory adapter selects them

    /**
     * Report dates: fixed ones, month ends among them, and the days on and before which some
     * leavers' snapshot dates fall, so that a report counts some leavers and not yet others.
     */
    public List<LocalDate> reportDates() {
        var dates = new java.util.TreeSet<>(List.of(LocalDate.of(2022, 12, 31), LocalDate.of(2023, 8, 31),
                LocalDate.of(2024, 2, 29), LocalDate.of(2025, 1, 15)));
        List<LocalDate> left = learners.stream().flatMap(learner -> learner.leftOn().stream())
                .filter(day -> day.equals(YearMonth.from(day).atEndOfMonth())).sorted().toList();
        for (LocalDate day : List.of(left.getFirst(), left.get(left.size() / 2))) {
            dates.add(day.plusMonths(6));
            dates.add(day.plusMonths(6).minusDays(1));
            // Inside the windows: some follow-ups that stand for these snapshots are observed later.
            dates.add(day.plusMonths(6).plusDays(20));
            dates.add(day.plusMonths(12));
            dates.add(day.plusMonths(18).plusMonths(1));
            dates.add(day.plusMonths(24));
        }
        return List.copyOf(dates);
    }

    /** Every scope of the network: the whole, each region (one without schools), school, cohort, partner. */
    public List<IndicatorScope> scopes() {
        List<IndicatorScope> scopes = new ArrayList<>();
        scopes.add(new IndicatorScope.Network());
        schools.stream().map(School::region).distinct().forEach(region -> scopes.add(new IndicatorScope.OfRegion(region)));
        scopes.add(new IndicatorScope.OfRegion(Region.BRETAGNE));
        schools.forEach(school -> scopes.add(new IndicatorScope.OfSchool(school.id())));
        cohorts.forEach(cohort -> scopes.add(new IndicatorScope.OfCohort(cohort.id())));
        funders.forEach(partner -> scopes.add(new IndicatorScope.OfPartner(partner.id())));
        companies.forEach(partner -> scopes.add(new IndicatorScope.OfPartner(partner.id())));
        scopes.add(new IndicatorScope.OfPartner(idle.id()));
        return scopes;
    }

    public IndicatorInputs inputs(IndicatorScope scope) {
        return switch (scope) {
            case IndicatorScope.Network ignored -> ofSchools(school -> true);
            case IndicatorScope.OfRegion(var region) -> ofSchools(school -> school.region() == region);
            case IndicatorScope.OfSchool(var id) -> ofSchools(school -> school.id().equals(id));
            case IndicatorScope.OfCohort(var id) -> ofCohort(id);
            case IndicatorScope.OfPartner(var id) -> ofPartner(id);
        };
    }

    private IndicatorInputs ofSchools(Predicate<School> inScope) {
        Set<SchoolId> schoolIds = schools.stream().filter(inScope).map(School::id).collect(Collectors.toSet());
        Set<CohortId> cohortIds = cohorts.stream().filter(cohort -> schoolIds.contains(cohort.schoolId()))
                .map(Cohort::id).collect(Collectors.toSet());
        List<Learner> scoped = learners.stream().filter(learner -> schoolIds.contains(learner.schoolId())).toList();
        Set<LearnerId> learnerIds = scoped.stream().map(Learner::id).collect(Collectors.toSet());
        return new IndicatorInputs(
                applicants.stream().filter(applicant -> cohortIds.contains(applicant.cohortId())).toList(),
                scoped,
                contracts.stream().filter(contract -> learnerIds.contains(contract.learnerId())).toList(),
                outcomes.stream().filter(outcome -> learnerIds.contains(outcome.learnerId())).toList(),
                commitments.stream().filter(commitment -> schoolIds.contains(commitment.schoolId())).toList(),
                parityRules.stream().filter(rule -> schoolIds.contains(rule.schoolId())).toList());
    }

    private IndicatorInputs ofCohort(CohortId cohort) {
        List<Learner> scoped = learners.stream().filter(learner -> learner.cohortId().equals(cohort)).toList();
        Set<LearnerId> learnerIds = scoped.stream().map(Learner::id).collect(Collectors.toSet());
        return new IndicatorInputs(
                applicants.stream().filter(applicant -> applicant.cohortId().equals(cohort)).toList(),
                scoped,
                contracts.stream().filter(contract -> learnerIds.contains(contract.learnerId())).toList(),
                outcomes.stream().filter(outcome -> learnerIds.contains(outcome.learnerId())).toList(),
                commitments.stream().filter(commitment -> commitment.cohortId().equals(Optional.of(cohort))).toList(),
                parityRules.stream().filter(rule -> rule.cohortId().equals(Optional.of(cohort))).toList());
    }

    private IndicatorInputs ofPartner(PartnerId partner) {
        List<WorkStudyContract> hosted = contracts.stream().filter(contract -> contract.hostId().equals(partner)).toList();
        Set<LearnerId> learnerIds = new HashSet<>();
        hosted.forEach(contract -> learnerIds.add(contract.learnerId()));
        outcomes.stream()
                .filter(outcome -> outcome.situation().hasEmployer()
                        && outcome.employer().flatMap(Employer::partnerId).filter(partner::equals).isPresent())
                .forEach(outcome -> learnerIds.add(outcome.learnerId()));
        return new IndicatorInputs(
                List.of(),
                learners.stream().filter(learner -> learnerIds.contains(learner.id())).toList(),
                hosted,
                outcomes.stream().filter(outcome -> learnerIds.contains(outcome.learnerId())).toList(),
                commitments.stream().filter(commitment -> commitment.funderId().equals(partner)).toList(),
                parityRules.stream()
                        .filter(rule -> rule.firstFunder().equals(partner) || rule.secondFunder().equals(partner))
                        .toList());
    }

    // ---- drawing

    /** Identifiers from the seed, so that a failing seed fails again with the same ties. */
    private UUID id() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    /** A valid SIRET drawn from the seed, so that networks of different seeds can share a database. */
    private Siret siret() {
        return new Siret(Siret.withLuhnKey(String.format("%013d", Math.floorMod(random.nextLong(), 10_000_000_000_000L))));
    }

    private int next() {
        return ++sequence;
    }

    private String name(String prefix) {
        return prefix + " " + seed + "-" + next();
    }

    private PersonName person() {
        return new PersonName("Camille", "Martin" + next());
    }

    private EmailAddress email(String who) {
        return new EmailAddress(who + seed + "-" + next() + "@example.org");
    }

    /** The day itself, or the end of its month or of the month before: where month arithmetic could go wrong. */
    private LocalDate tricky(LocalDate day) {
        return switch (random.nextInt(4)) {
            case 0 -> YearMonth.from(day).atEndOfMonth();
            case 1 -> YearMonth.from(day).minusMonths(1).atEndOfMonth();
            default -> day;
        };
    }

    /** The end of {@code day}'s month, unless that comes before {@code notBefore}. */
    private static LocalDate endOfMonth(LocalDate day, LocalDate notBefore) {
        LocalDate end = YearMonth.from(day).atEndOfMonth();
        return end.isBefore(notBefore) ? notBefore : end;
    }

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}

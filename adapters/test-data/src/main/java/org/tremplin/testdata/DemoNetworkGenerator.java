package org.tremplin.testdata;

import static java.time.temporal.TemporalAdjusters.nextOrSame;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.tremplin.testdata.CohortSimulation.Roster;
import org.tremplin.testdata.DemoCatalogue.Company;
import org.tremplin.testdata.DemoCatalogue.Fate;
import org.tremplin.testdata.DemoCatalogue.SchoolPlan;
import org.tremplin.testdata.DemoCatalogue.StateFunder;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.funding.FundingCommitment;
import org.tremplin.domain.funding.FundingCommitmentId;
import org.tremplin.domain.funding.ParityRule;
import org.tremplin.domain.funding.ParityRuleId;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.partner.PartnerKind;
import org.tremplin.domain.partner.PartnerRole;
import org.tremplin.domain.partner.Siret;
import org.tremplin.domain.programme.PhaseLengths;
import org.tremplin.domain.programme.Programme;
import org.tremplin.domain.programme.ProgrammeId;
import org.tremplin.domain.school.Departement;
import org.tremplin.domain.school.Region;
import org.tremplin.domain.school.School;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.school.SchoolStatus;
import org.tremplin.domain.shared.Money;

/**
 * Makes a realistic, entirely fictitious network of Écoles IA to show and to load-test the back
 * office: some twenty schools opened from 2018, their partners and funders, and every cohort's
 * applicants, learners, work-study contracts and follow-ups as they stand on a given date. The
 * same scale, date and seed always give the same network, identifiers included; nothing depends
 * on the clock.
 */
public final class DemoNetworkGenerator {
    /** The seed of the standard demo network. */
    public static final long DEFAULT_SEED = 2018_10_01L;

    private final long seed;

    public DemoNetworkGenerator() {
        this(DEFAULT_SEED);
    }

    public DemoNetworkGenerator(long seed) {
        this.seed = seed;
    }

    /** The network as it stands on {@code asOf}: cohorts started by then, and what has happened to them. */
    public DemoNetwork generate(DemoScale scale, LocalDate asOf) {
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(asOf, "asOf");
        return new Generation(seed, scale, asOf).run();
    }

    /** One generation's working state. */
    private static final class Generation {
        private static final int MAX_SCHOOLS_PER_COMPANY = 4;

        private final long seed;
        private final DemoScale scale;
        private final LocalDate asOf;

        private final List<Slot> slots = new ArrayList<>();
        private final List<Partner> partners = new ArrayList<>();
        private final List<Cohort> cohorts = new ArrayList<>();
        private final CohortSimulation.Output people = new CohortSimulation.Output();
        private final List<FundingCommitment> commitments = new ArrayList<>();
        private final List<ParityRule> parityRules = new ArrayList<>();
        private final Map<Region, PartnerId> regions = new LinkedHashMap<>();
        private PartnerId microsoft;

        Generation(long seed, DemoScale scale, LocalDate asOf) {
            this.seed = seed;
            this.scale = scale;
            this.asOf = asOf;
        }

        /** A school with its plan, and what the generation learns about it along the way. */
        private static final class Slot {
            final int index;
            final SchoolPlan plan;
            final School school;
            final List<LocalDate> cohortStarts;
            final List<PartnerId> hosts = new ArrayList<>();
            final List<PartnerId> recruiters = new ArrayList<>();
            final List<Cohort> firstGroups = new ArrayList<>();

            Slot(int index, SchoolPlan plan, School school, List<LocalDate> cohortStarts) {
                this.index = index;
                this.plan = plan;
                this.school = school;
                this.cohortStarts = cohortStarts;
            }

            SchoolId id() {
                return school.id();
            }

            boolean hasOpened() {
                return school.status() != SchoolStatus.PLANNED;
            }
        }

        DemoNetwork run() {
            DemoRandom catalogue = DemoRandom.stream(seed, "catalogue");
            Programme programme = Programme.create(new ProgrammeId(catalogue.uuid()), DemoCatalogue.PROGRAMME_TITLE,
                    Optional.empty(), Optional.of(DemoCatalogue.PROGRAMME_LEVEL), PhaseLengths.ECOLE_IA);
            for (SchoolPlan plan : DemoCatalogue.SCHOOLS) {
                slots.add(school(slots.size(), plan, programme.phases(), catalogue));
            }
            partners();
            for (Slot slot : slots) {
                cohorts(slot, programme);
            }
            funding();
            return new DemoNetwork(List.of(programme), slots.stream().map(slot -> slot.school).toList(), partners,
                    cohorts, people.applicants, people.learners, people.contracts, people.outcomes, commitments,
                    parityRules);
        }

        // ------------------------------------------------------------ schools

        private Slot school(int index, SchoolPlan plan, PhaseLengths phases, DemoRandom catalogue) {
            SchoolId id = new SchoolId(catalogue.uuid());
            Departement departement = new Departement(plan.departement());
            LocalDate opening = plan.opening();
            if (plan.fate() == Fate.OPENS_AFTER_THE_DATE && !opening.isAfter(asOf)) {
                opening = asOf.plusMonths(4).withDayOfMonth(1).with(nextOrSame(DayOfWeek.MONDAY));
            }
            School school = School.plan(id, plan.name(), plan.town(), departement.region(), departement,
                    Optional.of(opening));
            List<LocalDate> starts = cohortStarts(plan);
            if (plan.fate() != Fate.OPENS_AFTER_THE_DATE && !opening.isAfter(asOf)) {
                school = school.open(opening);
                if (plan.fate() == Fate.CLOSES_AFTER_ITS_COHORTS) {
                    // Closes a couple of months after its last cohort's last day.
                    LocalDate closing = endOf(starts.getLast(), phases).plusMonths(2);
                    if (!closing.isAfter(asOf)) {
                        school = school.close(closing);
                    }
                }
            }
            List<LocalDate> started = school.status() == SchoolStatus.PLANNED ? List.of()
                    : starts.stream().filter(start -> !start.isAfter(asOf)).toList();
            return new Slot(index, plan, school, started);
        }

        /** Every cohort the plan ever starts; for a school that starts one every autumn, up to the date. */
        private List<LocalDate> cohortStarts(SchoolPlan plan) {
            List<LocalDate> starts = new ArrayList<>();
            if (plan.cohorts() == DemoCatalogue.EVERY_AUTUMN) {
                for (int year = plan.opening().getYear(); ; year++) {
                    LocalDate start = LocalDate.of(year, 10, 1).with(nextOrSame(DayOfWeek.MONDAY));
                    if (start.isAfter(asOf)) {
                        return starts.isEmpty() ? List.of(plan.opening()) : starts;
                    }
                    starts.add(start);
                }
            }
            starts.add(plan.opening());
            for (int year = 1; year < plan.cohorts(); year++) {
                starts.add(plan.opening().plusYears(year).with(nextOrSame(DayOfWeek.MONDAY)));
            }
            return starts;
        }

        /** The last day of a cohort starting on {@code start}, as {@link Cohort#calendar()} counts it. */
        private static LocalDate endOf(LocalDate start, PhaseLengths phases) {
            return start.plusMonths(phases.centreMonths()).plusMonths(phases.workStudyMonths()).minusDays(1);
        }

        // ------------------------------------------------------------ partners

        private void partners() {
            DemoRandom random = DemoRandom.stream(seed, "partners");
            Set<String> sirets = new HashSet<>();

            Map<Slot, Set<PartnerRole>> microsoftRoles = new LinkedHashMap<>();
            for (Slot slot : slots) {
                if (slot.hasOpened()) {
                    var roles = EnumSet.of(PartnerRole.FUNDER);
                    if (DemoCatalogue.MICROSOFT_RECRUITS_AT.contains(slot.plan.town())) {
                        roles.add(PartnerRole.RECRUITER);
                    }
                    microsoftRoles.put(slot, roles);
                }
            }
            // A foreign group's French subsidiary: the domain needs no SIRET for a tech company.
            microsoft = add(random, "Microsoft France", PartnerKind.TECH_COMPANY, Optional.empty(), microsoftRoles);

            add(random, "Simplon.co", PartnerKind.TRAINING_OPERATOR, Optional.of(siret(random, sirets)),
                    everySchool(PartnerRole.TEACHING));
            // Pôle emploi has been called France Travail since 1 January 2024.
            add(random, "France Travail (ex-Pôle emploi)", PartnerKind.PUBLIC_EMPLOYMENT_SERVICE, Optional.empty(),
                    everySchool(PartnerRole.CANDIDATE_SOURCING));
            for (Slot slot : slots) {
                Region region = slot.school.region();
                if (!regions.containsKey(region)) {
                    Map<Slot, Set<PartnerRole>> roles = new LinkedHashMap<>();
                    slots.stream().filter(other -> other.school.region() == region)
                            .forEach(other -> roles.put(other, EnumSet.of(PartnerRole.FUNDER)));
                    regions.put(region, add(random, regionName(region), PartnerKind.REGION, Optional.empty(), roles));
                }
            }
            add(random, "Ville de " + DemoCatalogue.CASTELNAU, PartnerKind.TOWN, Optional.empty(),
                    Map.of(castelnau(), EnumSet.of(PartnerRole.CANDIDATE_SOURCING)));
            for (StateFunder state : DemoCatalogue.STATE_FUNDERS) {
                Map<Slot, Set<PartnerRole>> roles = new LinkedHashMap<>();
                state.towns().forEach(town -> roles.put(slot(town), EnumSet.of(PartnerRole.FUNDER)));
                add(random, state.legalName(), PartnerKind.STATE, Optional.empty(), roles);
            }
            companies(random, sirets);
        }

        /**
         * Each school gets two to four companies (five at Castelnau-le-Lez), the first two hosting
         * apprentices and the first also recruiting; a company works with at most four schools,
         * and one left without a school gets one.
         */
        private void companies(DemoRandom random, Set<String> sirets) {
            List<Company> companies = DemoCatalogue.COMPANIES;
            List<Map<Slot, Set<PartnerRole>>> engagements = new ArrayList<>();
            companies.forEach(company -> engagements.add(new LinkedHashMap<>()));
            List<Integer> indexes = IntStream.range(0, companies.size()).boxed().toList();
            for (Slot slot : slots) {
                int wanted = slot == castelnau() ? 5 : random.between(2, 4);
                List<Integer> chosen = random.shuffled(indexes).stream()
                        .filter(company -> engagements.get(company).size() < MAX_SCHOOLS_PER_COMPANY)
                        .limit(wanted).toList();
                for (int rank = 0; rank < chosen.size(); rank++) {
                    var roles = EnumSet.noneOf(PartnerRole.class);
                    if (rank < 2 || random.chance(0.6)) {
                        roles.add(PartnerRole.WORK_STUDY_HOST);
                    }
                    if (rank == 0 || random.chance(0.6) || roles.isEmpty()) {
                        roles.add(PartnerRole.RECRUITER);
                    }
                    engagements.get(chosen.get(rank)).put(slot, roles);
                }
            }
            for (Map<Slot, Set<PartnerRole>> engagement : engagements) {
                if (engagement.isEmpty()) {
                    var roles = EnumSet.of(PartnerRole.WORK_STUDY_HOST);
                    if (random.chance(0.5)) {
                        roles.add(PartnerRole.RECRUITER);
                    }
                    engagement.put(random.pick(slots), roles);
                }
            }
            for (int i = 0; i < companies.size(); i++) {
                Company company = companies.get(i);
                add(random, company.legalName(), company.kind(), Optional.of(siret(random, sirets)), engagements.get(i));
            }
        }

        private PartnerId add(DemoRandom random, String legalName, PartnerKind kind, Optional<Siret> siret,
                              Map<Slot, Set<PartnerRole>> roles) {
            Partner partner = Partner.register(new PartnerId(random.uuid()), legalName, kind, siret);
            for (Map.Entry<Slot, Set<PartnerRole>> engagement : roles.entrySet()) {
                Slot slot = engagement.getKey();
                partner = partner.engage(slot.id(), engagement.getValue());
                if (engagement.getValue().contains(PartnerRole.WORK_STUDY_HOST)) {
                    slot.hosts.add(partner.id());
                }
                if (engagement.getValue().contains(PartnerRole.RECRUITER)) {
                    slot.recruiters.add(partner.id());
                }
            }
            partners.add(partner);
            return partner.id();
        }

        private Map<Slot, Set<PartnerRole>> everySchool(PartnerRole role) {
            Map<Slot, Set<PartnerRole>> roles = new LinkedHashMap<>();
            slots.forEach(slot -> roles.put(slot, EnumSet.of(role)));
            return roles;
        }

        private static Siret siret(DemoRandom random, Set<String> taken) {
            String siret;
            do {
                siret = random.siret();
            } while (!taken.add(siret));
            return new Siret(siret);
        }

        private static String regionName(Region region) {
            return switch (region) {
                case CORSE -> "Collectivité de Corse";
                case LA_REUNION -> "Région Réunion";
                default -> "Région " + region.frenchName();
            };
        }

        private Slot castelnau() {
            return slot(DemoCatalogue.CASTELNAU);
        }

        private Slot slot(String town) {
            return slots.stream().filter(slot -> slot.plan.town().equals(town)).findFirst().orElseThrow();
        }

        // ------------------------------------------------------------ cohorts and people

        private void cohorts(Slot slot, Programme programme) {
            Roster roster = new Roster(slot.hosts, slot.recruiters);
            for (int number = 0; number < slot.cohortStarts.size(); number++) {
                LocalDate start = slot.cohortStarts.get(number);
                for (int group = 1; group <= scale.copiesOfEachCohort(); group++) {
                    String stream = "cohort/" + slot.index + "/" + number + "/" + group;
                    DemoRandom random = DemoRandom.stream(seed, stream);
                    String name = "Promo " + start.getYear() + (group == 1 ? "" : " — groupe " + group);
                    Cohort cohort = Cohort.open(new CohortId(random.uuid()), slot.id(), programme, name, start,
                            random.between(20, 26));
                    cohorts.add(cohort);
                    if (group == 1) {
                        slot.firstGroups.add(cohort);
                    }
                    new CohortSimulation(seed, stream, cohort, roster, asOf, scale.followUpsPerLeaver()).run(people);
                }
            }
        }

        // ------------------------------------------------------------ funding

        /**
         * Every year a school starts a cohort, its region and Microsoft each commit an amount for the
         * school. Where parity is declared they commit the same, except at one school where the
         * region fell behind in its latest year; the state also funds a few cohorts of its own.
         */
        private void funding() {
            DemoRandom random = DemoRandom.stream(seed, "funding");
            for (Slot slot : slots) {
                boolean parity = slot == castelnau() || DemoCatalogue.PARITY_TOWNS.contains(slot.plan.town());
                List<Integer> years = slot.firstGroups.stream().map(cohort -> cohort.startDate().getYear())
                        .distinct().toList();
                for (int year : years) {
                    // The first school opened in October 2018: a quarter's worth that year.
                    long regionEuros = slot == castelnau() && year == 2018 ? 45_000 : random.between(28, 40) * 5_000L;
                    long microsoftEuros = parity ? regionEuros : random.between(24, 40) * 5_000L;
                    if (slot.plan.town().equals(DemoCatalogue.PARITY_GAP_TOWN) && year == years.getLast()) {
                        regionEuros = microsoftEuros - 25_000;
                    }
                    commit(random, regions.get(slot.school.region()), slot, Optional.empty(), regionEuros, year);
                    commit(random, microsoft, slot, Optional.empty(), microsoftEuros, year);
                }
            }
            for (StateFunder funder : DemoCatalogue.STATE_FUNDERS) {
                PartnerId stateId = partners.stream().filter(partner -> partner.legalName().equals(funder.legalName()))
                        .findFirst().orElseThrow().id();
                for (String town : funder.towns()) {
                    Slot slot = slot(town);
                    for (Cohort cohort : slot.firstGroups) {
                        // The state funds the cohorts that started from 2020 to 2022, one by one.
                        int year = cohort.startDate().getYear();
                        if (year >= 2020 && year <= 2022) {
                            long euros = random.between(6, 12) * 5_000L;
                            commit(random, stateId, slot, Optional.of(cohort.id()), euros, year);
                        }
                    }
                }
            }
            for (Slot slot : slots) {
                boolean declared = slot == castelnau() || DemoCatalogue.PARITY_TOWNS.contains(slot.plan.town());
                if (declared && slot.hasOpened()) {
                    parityRules.add(ParityRule.declare(new ParityRuleId(random.uuid()), slot.id(), Optional.empty(),
                            regions.get(slot.school.region()), microsoft));
                }
            }
        }

        private void commit(DemoRandom random, PartnerId funder, Slot slot, Optional<CohortId> cohort, long euros,
                            int year) {
            commitments.add(FundingCommitment.commit(new FundingCommitmentId(random.uuid()), funder, slot.id(), cohort,
                    Money.euros(euros), year));
        }
    }
}

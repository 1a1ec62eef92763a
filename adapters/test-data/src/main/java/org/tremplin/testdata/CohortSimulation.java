package org.tremplin.testdata;

import static java.time.temporal.ChronoUnit.DAYS;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.tremplin.testdata.DemoRandom.Weights;
import org.tremplin.domain.applicant.Applicant;
import org.tremplin.domain.applicant.ApplicantId;
import org.tremplin.domain.applicant.SelectionStage;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.cohort.CohortCalendar;
import org.tremplin.domain.indicator.FollowUp;
import org.tremplin.domain.learner.DropOutReason;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.outcome.Employer;
import org.tremplin.domain.outcome.EmploymentOutcome;
import org.tremplin.domain.outcome.OutcomeId;
import org.tremplin.domain.outcome.Situation;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.person.Diploma;
import org.tremplin.domain.person.DisabilityStatus;
import org.tremplin.domain.person.Gender;
import org.tremplin.domain.person.InclusionProfile;
import org.tremplin.domain.person.PersonName;
import org.tremplin.domain.shared.EmailAddress;
import org.tremplin.domain.workstudy.BrokenBy;
import org.tremplin.domain.workstudy.ContractId;
import org.tremplin.domain.workstudy.ContractKind;
import org.tremplin.domain.workstudy.WorkStudyContract;

/**
 * One cohort's people, from application to their follow-ups after leaving. Each learner's whole
 * journey is planned first, as if time had run its course; the records then hold only what has
 * happened on the generation date. Everything goes through the domain's factories and
 * transitions, so every record obeys the domain's rules.
 */
final class CohortSimulation {
    // Who applies: shares measured on the day of application.
    private static final Weights<Gender> GENDERS = Weights.of(Gender.WOMAN, 37.5).and(Gender.MAN, 60)
            .and(Gender.NON_BINARY, 1).and(Gender.UNDISCLOSED, 1.5);
    private record AgeBracket(int youngest, int oldest) {
    }

    private static final Weights<AgeBracket> AGES = Weights.of(new AgeBracket(18, 25), 45)
            .and(new AgeBracket(26, 35), 30).and(new AgeBracket(36, 45), 17).and(new AgeBracket(46, 55), 8);
    private static final double JOB_SEEKER = 0.70;
    private static final double LONG_TERM_AMONG_JOB_SEEKERS = 1.0 / 3;
    private static final double PRIORITY_NEIGHBOURHOOD = 0.25;
    private static final Weights<Diploma> DIPLOMAS = Weights.of(Diploma.NONE, 5).and(Diploma.BELOW_BAC, 15)
            .and(Diploma.BAC, 35).and(Diploma.BAC_PLUS_2, 25).and(Diploma.BAC_PLUS_3_OR_MORE, 20);
    private static final Weights<DisabilityStatus> DISABILITIES = Weights.of(DisabilityStatus.RECOGNISED, 8)
            .and(DisabilityStatus.NOT_RECOGNISED, 89).and(DisabilityStatus.UNDISCLOSED, 3);

    // Selection: how many applicants a seat draws, and how often a cohort leaves a seat or two empty.
    private static final double MIN_APPLICANTS_PER_SEAT = 2.5;
    private static final double MAX_APPLICANTS_PER_SEAT = 3.0;
    private static final double SEATS_LEFT_EMPTY = 0.2;

    private enum Exit {
        REJECTED_ON_FILE, WITHDREW_BEFORE_TESTS, REJECTED_AFTER_TESTS, WITHDREW_AFTER_TESTS,
        WITHDREW_WHEN_SELECTED, REJECTED_WHEN_SELECTED
    }

    private static final Weights<Exit> EXITS = Weights.of(Exit.REJECTED_ON_FILE, 30)
            .and(Exit.WITHDREW_BEFORE_TESTS, 12).and(Exit.REJECTED_AFTER_TESTS, 30).and(Exit.WITHDREW_AFTER_TESTS, 13)
            .and(Exit.WITHDREW_WHEN_SELECTED, 10).and(Exit.REJECTED_WHEN_SELECTED, 5);

    // Training: a few more leave for want of a host after a broken contract.
    private static final double DROP_OUT = 0.105;
    private static final double DROP_OUT_IN_CENTRE = 0.78;
    private static final Weights<DropOutReason> CENTRE_REASONS = Weights.of(DropOutReason.PERSONAL_OR_FAMILY, 25)
            .and(DropOutReason.PROGRAMME_NOT_SUITED, 20).and(DropOutReason.FOUND_EMPLOYMENT, 12)
            .and(DropOutReason.HEALTH, 10).and(DropOutReason.FINANCIAL, 10).and(DropOutReason.RELOCATION, 6)
            .and(DropOutReason.NO_WORK_STUDY_HOST, 10).and(DropOutReason.EXCLUDED, 3).and(DropOutReason.OTHER, 4);
    private static final Weights<DropOutReason> WORK_STUDY_REASONS = Weights.of(DropOutReason.FOUND_EMPLOYMENT, 35)
            .and(DropOutReason.PERSONAL_OR_FAMILY, 25).and(DropOutReason.HEALTH, 12).and(DropOutReason.RELOCATION, 10)
            .and(DropOutReason.FINANCIAL, 8).and(DropOutReason.OTHER, 10);

    // Work-study contracts.
    private static final double PROFESSIONALISATION = 0.15;
    private static final double FIRST_CONTRACT_BROKEN = 0.08;
    private static final double LATER_CONTRACT_BROKEN = 0.05;
    private static final double NEW_HOST_WITHIN_30_DAYS = 0.80;
    private static final double NEW_HOST_LATER = 0.10;
    private static final Weights<BrokenBy> BREAKERS = Weights.of(BrokenBy.EMPLOYER, 35).and(BrokenBy.APPRENTICE, 30)
            .and(BrokenBy.MUTUAL_AGREEMENT, 30).and(BrokenBy.OTHER, 5);

    // Follow-ups: the situation six months after leaving, then how it moves on by twelve months.
    private static final Weights<Situation> GRADUATES_AT_SIX_MONTHS = Weights.of(Situation.PERMANENT_CONTRACT, 31)
            .and(Situation.FIXED_TERM_6_MONTHS_OR_MORE, 9).and(Situation.FIXED_TERM_UNDER_6_MONTHS, 3)
            .and(Situation.TEMPORARY_AGENCY_WORK, 2).and(Situation.HIRED_WORK_STUDY, 5).and(Situation.SELF_EMPLOYED, 3)
            .and(Situation.FURTHER_STUDIES, 5).and(Situation.JOB_SEEKING, 29).and(Situation.INACTIVE, 3)
            .and(Situation.UNKNOWN, 10);
    private static final Weights<Situation> LEFT_FOR_A_JOB_AT_SIX_MONTHS = Weights.of(Situation.PERMANENT_CONTRACT, 45)
            .and(Situation.FIXED_TERM_6_MONTHS_OR_MORE, 20).and(Situation.FIXED_TERM_UNDER_6_MONTHS, 10)
            .and(Situation.TEMPORARY_AGENCY_WORK, 10).and(Situation.JOB_SEEKING, 10).and(Situation.UNKNOWN, 5);
    private static final Weights<Situation> DROPPED_OUT_AT_SIX_MONTHS = Weights.of(Situation.PERMANENT_CONTRACT, 8)
            .and(Situation.FIXED_TERM_6_MONTHS_OR_MORE, 6).and(Situation.FIXED_TERM_UNDER_6_MONTHS, 5)
            .and(Situation.TEMPORARY_AGENCY_WORK, 4).and(Situation.HIRED_WORK_STUDY, 3).and(Situation.SELF_EMPLOYED, 2)
            .and(Situation.FURTHER_STUDIES, 10).and(Situation.JOB_SEEKING, 35).and(Situation.INACTIVE, 12)
            .and(Situation.UNKNOWN, 15);
    private static final Map<Situation, Weights<Situation>> SIX_TO_TWELVE_MONTHS = sixToTwelveMonths();
    private static final double SAME_EMPLOYER_WHEN_CONTRACT_CHANGES = 0.6;
    private static final double HIRED_BY_OWN_HOST = 0.5;
    private static final double HIRED_BY_A_PARTNER = 0.6;
    /** Of the follow-ups due whose window is still open, those not made yet. */
    private static final double LATE_FOLLOW_UP = 0.25;
    /** The share of leavers still answering at +18 and +24 months. */
    private static final double LONGER_FOLLOW_UP_ANSWERED = 0.7;
    /** The names are few: each is turned into ASCII once. */
    private static final Map<String, String> ASCII_NAMES = new ConcurrentHashMap<>();
    private static final Status SEEKING = new Status(Situation.JOB_SEEKING, Optional.empty(), Optional.empty());

    /** What the simulation of every cohort adds to. */
    static final class Output {
        final List<Applicant> applicants = new ArrayList<>();
        final List<Learner> learners = new ArrayList<>();
        final List<WorkStudyContract> contracts = new ArrayList<>();
        final List<EmploymentOutcome> outcomes = new ArrayList<>();
        /** Numbers the people, so that every e-mail address is different. */
        private int people;
    }

    /** The partners of the cohort's school: who hosts apprentices, who recruits. */
    record Roster(List<PartnerId> hosts, List<PartnerId> recruiters) {
        Roster {
            hosts = List.copyOf(hosts);
            recruiters = List.copyOf(recruiters);
        }
    }

    private final Cohort cohort;
    private final CohortCalendar calendar;
    private final Roster roster;
    private final List<PartnerId> hostsAndRecruiters;
    private final LocalDate asOf;
    private final int followUps;
    private final DemoRandom people;
    private final DemoRandom paths;
    private final DemoRandom situations;
    private final DemoRandom extraFollowUps;
    private final DemoRandom lateFollowUps;
    private final DemoRandom longerFollowUps;

    /**
     * @param stream the name of the cohort's random streams: a cohort simulated again with the same
     *               name and inputs gives the same records
     */
    CohortSimulation(long seed, String stream, Cohort cohort, Roster roster, LocalDate asOf, int followUps) {
        this.cohort = cohort;
        this.calendar = cohort.calendar();
        this.roster = roster;
        var pool = new LinkedHashSet<>(roster.hosts());
        pool.addAll(roster.recruiters());
        this.hostsAndRecruiters = List.copyOf(pool);
        this.asOf = asOf;
        this.followUps = followUps;
        this.people = DemoRandom.stream(seed, stream + "/people");
        this.paths = DemoRandom.stream(seed, stream + "/paths");
        this.situations = DemoRandom.stream(seed, stream + "/outcomes");
        this.extraFollowUps = DemoRandom.stream(seed, stream + "/extra-follow-ups");
        this.lateFollowUps = DemoRandom.stream(seed, stream + "/late-follow-ups");
        this.longerFollowUps = DemoRandom.stream(seed, stream + "/longer-follow-ups");
    }

    void run(Output output) {
        List<Applicant> enrolled = select(output);
        List<Journey> journeys = new ArrayList<>();
        for (Applicant applicant : enrolled) {
            journeys.add(plan(applicant));
        }
        leaveOneLearnerWithoutHost(journeys);
        leaveOneLearnerBetweenHosts(journeys);
        leaveOneLearnerUnreachedAYearOn(journeys);
        for (Journey journey : journeys) {
            Learner learner = record(journey, output);
            output.learners.add(learner);
            followUp(learner, journey, output);
        }
    }

    // ---------------------------------------------------------------- selection

    /** Everyone who applied, through the funnel; returns those who enrolled. */
    private List<Applicant> select(Output output) {
        int applicants = (int) Math.round(
                cohort.seats() * people.uniform(MIN_APPLICANTS_PER_SEAT, MAX_APPLICANTS_PER_SEAT));
        int places = cohort.seats() - (people.chance(SEATS_LEFT_EMPTY) ? people.between(1, 2) : 0);
        List<Boolean> enrols = new ArrayList<>();
        for (int i = 0; i < applicants; i++) {
            enrols.add(i < places);
        }
        enrols = people.shuffled(enrols);
        List<Applicant> enrolled = new ArrayList<>();
        LocalDate start = cohort.startDate();
        for (boolean enrol : enrols) {
            LocalDate applied = start.minusDays(people.between(60, 120));
            LocalDate preselection = applied.plusDays(people.between(7, 21));
            LocalDate selection = preselection.plusDays(people.between(10, 30));
            Applicant applicant = applicant(applied, output);
            if (enrol) {
                applicant = applicant.moveTo(SelectionStage.PRESELECTED, preselection)
                        .moveTo(SelectionStage.SELECTED, selection)
                        .moveTo(SelectionStage.ENROLLED, start);
                enrolled.add(applicant);
            } else {
                applicant = switch (people.pick(EXITS)) {
                    case REJECTED_ON_FILE -> applicant.moveTo(SelectionStage.REJECTED, preselection);
                    case WITHDREW_BEFORE_TESTS ->
                            applicant.moveTo(SelectionStage.WITHDREW, dayBetween(applied, preselection));
                    case REJECTED_AFTER_TESTS -> applicant.moveTo(SelectionStage.PRESELECTED, preselection)
                            .moveTo(SelectionStage.REJECTED, selection);
                    case WITHDREW_AFTER_TESTS -> applicant.moveTo(SelectionStage.PRESELECTED, preselection)
                            .moveTo(SelectionStage.WITHDREW, dayBetween(preselection, selection));
                    case WITHDREW_WHEN_SELECTED -> applicant.moveTo(SelectionStage.PRESELECTED, preselection)
                            .moveTo(SelectionStage.SELECTED, selection)
                            .moveTo(SelectionStage.WITHDREW, dayBetween(selection, start.minusDays(1)));
                    case REJECTED_WHEN_SELECTED -> applicant.moveTo(SelectionStage.PRESELECTED, preselection)
                            .moveTo(SelectionStage.SELECTED, selection)
                            .moveTo(SelectionStage.REJECTED, dayBetween(selection, start.minusDays(1)));
                };
            }
            output.applicants.add(applicant);
        }
        return enrolled;
    }

    private Applicant applicant(LocalDate applied, Output output) {
        Gender gender = people.pick(GENDERS);
        AgeBracket ages = people.pick(AGES);
        int age = people.between(ages.youngest(), ages.oldest());
        // At most 364 days before the birthday of that age: the person is exactly that old on the day.
        LocalDate born = applied.minusYears(age).minusDays(people.between(0, 364));
        Optional<LocalDate> jobSeekerSince = Optional.empty();
        if (people.chance(JOB_SEEKER)) {
            LocalDate since = people.chance(LONG_TERM_AMONG_JOB_SEEKERS)
                    ? applied.minusMonths(people.between(12, 48)).minusDays(people.between(0, 27))
                    : applied.minusDays(people.between(10, 320));
            LocalDate sixteen = born.plusYears(InclusionProfile.MIN_AGE);
            jobSeekerSince = Optional.of(since.isBefore(sixteen) ? sixteen : since);
        }
        boolean priorityNeighbourhood = people.chance(PRIORITY_NEIGHBOURHOOD);
        Diploma diploma = plausible(people.pick(DIPLOMAS), age);
        DisabilityStatus disability = people.pick(DISABILITIES);
        String givenName = people.pick(switch (gender) {
            case WOMAN -> DemoCatalogue.WOMEN_GIVEN_NAMES;
            case MAN -> DemoCatalogue.MEN_GIVEN_NAMES;
            case NON_BINARY, UNDISCLOSED -> DemoCatalogue.OTHER_GIVEN_NAMES;
        });
        String familyName = people.pick(DemoCatalogue.FAMILY_NAMES);
        output.people++;
        EmailAddress email = new EmailAddress(
                ascii(givenName) + "." + ascii(familyName) + "." + output.people + "@" + DemoCatalogue.EMAIL_DOMAIN);
        InclusionProfile profile = new InclusionProfile(gender, born, jobSeekerSince, priorityNeighbourhood, diploma);
        return Applicant.apply(new ApplicantId(people.uuid()), cohort.id(), new PersonName(givenName, familyName),
                email, profile, disability, applied);
    }

    /** Keeps diplomas plausible for the age: no two-year degree before 20, no three-year one before 21. */
    private static Diploma plausible(Diploma diploma, int age) {
        if (diploma == Diploma.BAC_PLUS_3_OR_MORE && age < 21) {
            return age < 20 ? Diploma.BAC : Diploma.BAC_PLUS_2;
        }
        if (diploma == Diploma.BAC_PLUS_2 && age < 20) {
            return Diploma.BAC;
        }
        return diploma;
    }

    /** "Hélène", "Da Silva": "helene", "da-silva". */
    static String ascii(String name) {
        return ASCII_NAMES.computeIfAbsent(name, any -> Normalizer.normalize(any, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
    }

    private LocalDate dayBetween(LocalDate from, LocalDate to) {
        return from.plusDays(people.between(0, (int) Math.max(0, DAYS.between(from, to))));
    }

    // ---------------------------------------------------------------- training and work-study

    /** A learner's whole journey, as it will have happened once the cohort is over. */
    private static final class Journey {
        final Learner enrolled;
        LocalDate droppedOutOn;
        DropOutReason reason;
        final List<Spell> contracts = new ArrayList<>();
        /** Their twelve-month follow-up is overdue, not made yet on the generation date. */
        boolean unreachedAYearOn;

        Journey(Learner enrolled) {
            this.enrolled = enrolled;
        }
    }

    /** One work-study contract of a journey. */
    private static final class Spell {
        final ContractId id;
        final PartnerId host;
        final ContractKind kind;
        final LocalDate start;
        final String jobTitle;
        final String tutorName;
        LocalDate brokenOn;
        BrokenBy brokenBy;

        Spell(ContractId id, PartnerId host, ContractKind kind, LocalDate start, String jobTitle, String tutorName) {
            this.id = id;
            this.host = host;
            this.kind = kind;
            this.start = start;
            this.jobTitle = jobTitle;
            this.tutorName = tutorName;
        }

        void breakOff(LocalDate on, BrokenBy by) {
            brokenOn = on;
            brokenBy = by;
        }
    }

    private Journey plan(Applicant applicant) {
        Learner learner = Learner.enrol(new LearnerId(paths.uuid()), cohort, Optional.of(applicant.id()),
                applicant.name(), applicant.email(), applicant.profile(), applicant.disability(), cohort.startDate());
        Journey journey = new Journey(learner);
        if (paths.chance(DROP_OUT)) {
            if (paths.chance(DROP_OUT_IN_CENTRE)) {
                journey.droppedOutOn = dayBetween(paths, calendar.centreStart().plusDays(10), calendar.centreEnd());
                journey.reason = paths.pick(CENTRE_REASONS);
            } else {
                journey.droppedOutOn = dayBetween(paths, calendar.workStudyStart().plusDays(20),
                        calendar.workStudyEnd().minusDays(20));
                journey.reason = paths.pick(WORK_STUDY_REASONS);
            }
        }
        if (journey.droppedOutOn == null || !journey.droppedOutOn.isBefore(calendar.workStudyStart())) {
            planContracts(journey);
        }
        return journey;
    }

    /**
     * A first contract from the start of the work-study phase to its end. About one in ten breaks;
     * most learners then sign with another host within 30 days, some later, a few never find one
     * and leave. A learner who drops out during work-study ends their contract that day.
     */
    private void planContracts(Journey journey) {
        if (roster.hosts().isEmpty()) {
            return;
        }
        LocalDate end = calendar.workStudyEnd();
        LocalDate from = calendar.workStudyStart();
        PartnerId host = paths.pick(roster.hosts());
        for (int signed = 0; ; signed++) {
            Spell spell = new Spell(new ContractId(paths.uuid()), host,
                    paths.chance(PROFESSIONALISATION) ? ContractKind.PROFESSIONALISATION : ContractKind.APPRENTICESHIP,
                    from, paths.pick(DemoCatalogue.WORK_STUDY_JOB_TITLES), personName(paths));
            journey.contracts.add(spell);
            long room = DAYS.between(from, end);
            LocalDate brokenOn = null;
            if (signed < 2 && room > 30 && paths.chance(signed == 0 ? FIRST_CONTRACT_BROKEN : LATER_CONTRACT_BROKEN)) {
                brokenOn = from.plusDays(paths.between(14, (int) Math.min(240, room - 1)));
            }
            if (journey.droppedOutOn != null && (brokenOn == null || journey.droppedOutOn.isBefore(brokenOn))) {
                spell.breakOff(journey.droppedOutOn,
                        paths.chance(0.6) ? BrokenBy.APPRENTICE : BrokenBy.MUTUAL_AGREEMENT);
                return;
            }
            if (brokenOn == null) {
                return;
            }
            spell.breakOff(brokenOn, paths.pick(BREAKERS));
            double draw = paths.uniform(0, 1);
            LocalDate next;
            if (draw < NEW_HOST_WITHIN_30_DAYS) {
                next = brokenOn.plusDays(paths.between(3, 30));
            } else if (draw < NEW_HOST_WITHIN_30_DAYS + NEW_HOST_LATER) {
                next = brokenOn.plusDays(paths.between(35, 80));
            } else {
                LocalDate gaveUp = brokenOn.plusDays(paths.between(45, 90));
                if (gaveUp.isBefore(end) && (journey.droppedOutOn == null || gaveUp.isBefore(journey.droppedOutOn))) {
                    journey.droppedOutOn = gaveUp;
                    journey.reason = DropOutReason.NO_WORK_STUDY_HOST;
                }
                return;
            }
            if (next.plusDays(30).isAfter(end)
                    || (journey.droppedOutOn != null && !journey.droppedOutOn.isAfter(next))) {
                // Too late to sign again, or gone before the new contract would start.
                return;
            }
            host = anotherHost(host);
            from = next;
        }
    }

    private PartnerId anotherHost(PartnerId current) {
        List<PartnerId> others = roster.hosts().stream().filter(host -> !host.equals(current)).toList();
        return others.isEmpty() ? current : paths.pick(others);
    }

    /**
     * The console warns about learners in work-study with no contract running and about contracts
     * broken with no new one within 30 days. If a cohort now in work-study has neither, its first
     * learner with one unbroken contract loses it 40 days before the generation date and has not
     * found another host yet.
     */
    private void leaveOneLearnerWithoutHost(List<Journey> journeys) {
        boolean longEnoughInWorkStudy = !calendar.workStudyStart().plusDays(60).isAfter(asOf)
                && asOf.isBefore(calendar.workStudyEnd());
        if (!longEnoughInWorkStudy || journeys.stream().anyMatch(this::inWorkStudyWithoutContract)) {
            return;
        }
        journeys.stream()
                .filter(journey -> journey.droppedOutOn == null && journey.contracts.size() == 1
                        && journey.contracts.getFirst().brokenOn == null)
                .findFirst()
                .ifPresent(journey -> {
                    journey.contracts.getFirst().breakOff(asOf.minusDays(40), BrokenBy.EMPLOYER);
                    LocalDate gaveUp = asOf.plusDays(paths.between(20, 40));
                    if (gaveUp.isBefore(calendar.workStudyEnd())) {
                        journey.droppedOutOn = gaveUp;
                        journey.reason = DropOutReason.NO_WORK_STUDY_HOST;
                    }
                });
    }

    /**
     * The console also warns, before the 30 days are over, about learners in work-study without a
     * contract: in a cohort in work-study for 60 days or more, the last learner with one unbroken
     * contract loses it ten days before the generation date (no random draw, so that the rest of
     * the network stays as it was).
     */
    private void leaveOneLearnerBetweenHosts(List<Journey> journeys) {
        boolean longEnoughInWorkStudy = !calendar.workStudyStart().plusDays(60).isAfter(asOf)
                && asOf.isBefore(calendar.workStudyEnd());
        if (!longEnoughInWorkStudy) {
            return;
        }
        journeys.reversed().stream()
                .filter(journey -> journey.droppedOutOn == null && journey.contracts.size() == 1
                        && journey.contracts.getFirst().brokenOn == null)
                .findFirst()
                .ifPresent(journey -> journey.contracts.getFirst().breakOff(asOf.minusDays(10), BrokenBy.APPRENTICE));
    }

    /**
     * And about overdue twelve-month follow-ups, which only learners who left a year before the
     * generation date can have: if the cohort was in work-study then, its last learner still with
     * one unbroken contract left for a job 12 months and 20 days before the date, and has not been
     * reached for their twelve-month follow-up yet.
     */
    private void leaveOneLearnerUnreachedAYearOn(List<Journey> journeys) {
        LocalDate left = asOf.minusMonths(12).minusDays(20);
        if (calendar.workStudyStart().plusDays(30).isAfter(left) || !left.isBefore(calendar.workStudyEnd())) {
            return;
        }
        journeys.reversed().stream()
                .filter(journey -> journey.droppedOutOn == null && journey.contracts.size() == 1
                        && journey.contracts.getFirst().brokenOn == null)
                .findFirst()
                .ifPresent(journey -> {
                    journey.droppedOutOn = left;
                    journey.reason = DropOutReason.FOUND_EMPLOYMENT;
                    journey.contracts.getFirst().breakOff(left, BrokenBy.APPRENTICE);
                    journey.unreachedAYearOn = true;
                });
    }

    private boolean inWorkStudyWithoutContract(Journey journey) {
        boolean inWorkStudy = !calendar.workStudyStart().isAfter(asOf) && asOf.isBefore(calendar.workStudyEnd())
                && (journey.droppedOutOn == null || journey.droppedOutOn.isAfter(asOf));
        return inWorkStudy && journey.contracts.stream().noneMatch(spell -> !spell.start.isAfter(asOf)
                && (spell.brokenOn == null || !spell.brokenOn.isBefore(asOf)));
    }

    /** The learner and their contracts as they stand on the generation date. */
    private Learner record(Journey journey, Output output) {
        Learner learner = journey.enrolled.startCentre(calendar.centreStart());
        LocalDate droppedOutOn = journey.droppedOutOn;
        boolean droppedOutNow = droppedOutOn != null && !droppedOutOn.isAfter(asOf);
        if (droppedOutOn != null && droppedOutOn.isBefore(calendar.workStudyStart())) {
            return droppedOutNow ? learner.dropOut(droppedOutOn, journey.reason) : learner;
        }
        if (!calendar.workStudyStart().isAfter(asOf)) {
            learner = learner.startWorkStudy(calendar.workStudyStart());
            for (Spell spell : journey.contracts) {
                if (spell.start.isAfter(asOf)) {
                    break;
                }
                WorkStudyContract contract = WorkStudyContract.sign(spell.id, learner.id(), spell.host, spell.kind,
                        spell.start, calendar.workStudyEnd(), spell.jobTitle, spell.tutorName);
                if (spell.brokenOn != null && !spell.brokenOn.isAfter(asOf)) {
                    contract = contract.breakOff(spell.brokenOn, spell.brokenBy);
                }
                output.contracts.add(contract);
            }
        }
        if (droppedOutNow) {
            return learner.dropOut(droppedOutOn, journey.reason);
        }
        return calendar.workStudyEnd().isAfter(asOf) ? learner : learner.graduate(calendar.workStudyEnd());
    }

    // ---------------------------------------------------------------- follow-ups

    /** A situation on a day: who employs the person and as what, when someone does. */
    private record Status(Situation situation, Optional<Employer> employer, Optional<String> jobTitle) {
    }

    /**
     * Six months after leaving, then twelve, eighteen and twenty-four (fewer answer the later ones),
     * each a few days either side of the date and never after the generation date; with more
     * follow-ups asked for, monthly calls in between and after.
     */
    private void followUp(Learner learner, Journey journey, Output output) {
        if (learner.leftOn().isEmpty() || learner.leftOn().get().plusMonths(6).isAfter(asOf)) {
            return;
        }
        LocalDate left = learner.leftOn().get();
        PartnerId lastHost = journey.contracts.stream().filter(spell -> !spell.start.isAfter(left))
                .reduce((first, second) -> second).map(spell -> spell.host).orElse(null);
        List<EmploymentOutcome> outcomes = new ArrayList<>();

        Weights<Situation> atSix = learner.graduatedOn().isPresent() ? GRADUATES_AT_SIX_MONTHS
                : journey.reason == DropOutReason.FOUND_EMPLOYMENT ? LEFT_FOR_A_JOB_AT_SIX_MONTHS
                : DROPPED_OUT_AT_SIX_MONTHS;
        Status sixMonths = status(situations.pick(atSix), lastHost);
        EmploymentOutcome atSixMonths = outcome(situations, learner, around(left.plusMonths(6)), sixMonths);
        if (!notReachedYet(left.plusMonths(6))) {
            outcomes.add(atSixMonths);
        }

        Status twelveMonths = null;
        if (followUps >= 2 && !left.plusMonths(12).isAfter(asOf)) {
            twelveMonths = next(sixMonths, lastHost);
            EmploymentOutcome atTwelveMonths = outcome(situations, learner, around(left.plusMonths(12)), twelveMonths);
            if (!journey.unreachedAYearOn && !notReachedYet(left.plusMonths(12))) {
                outcomes.add(atTwelveMonths);
            }
        }

        // InserJeunes follows leavers up to +24 months; fewer answer as time goes by. A stream of its own
        // keeps the rest of the network as it was before these follow-ups existed.
        Status latest = twelveMonths == null ? sixMonths : twelveMonths;
        int[] longer = {18, 24};
        for (int i = 0; i < longer.length && followUps >= 3 + i; i++) {
            LocalDate due = left.plusMonths(longer[i]);
            if (twelveMonths == null || due.isAfter(asOf) || !longerFollowUps.chance(LONGER_FOLLOW_UP_ANSWERED)) {
                continue;
            }
            LocalDate on = due.plusDays(longerFollowUps.between(-7, 10));
            outcomes.add(outcome(longerFollowUps, learner, on.isAfter(asOf) ? asOf : on, latest));
        }

        int extra = followUps - 2 - longer.length;
        for (int month = 1; extra > 0; month++) {
            if (month % 6 == 0 && month <= 24) {
                continue;
            }
            LocalDate due = left.plusMonths(month);
            if (due.isAfter(asOf)) {
                break;
            }
            Status status;
            if (month < 6) {
                status = extraFollowUps.chance(month / 6.0) ? sixMonths : SEEKING;
            } else if (month < 9 || twelveMonths == null) {
                status = sixMonths;
            } else {
                status = twelveMonths;
            }
            LocalDate on = due.plusDays(extraFollowUps.between(0, 6));
            outcomes.add(outcome(extraFollowUps, learner, on.isAfter(asOf) ? asOf : on, status));
            extra--;
        }
        outcomes.sort(Comparator.comparing(EmploymentOutcome::observedOn));
        output.outcomes.addAll(outcomes);
    }

    /**
     * Whether a follow-up due on {@code due}, whose observation window is still open on the
     * generation date, has not been made yet: about one in four, so that the console's overdue
     * follow-ups have something to show. The draw has a stream of its own, so that the rest of the
     * network stays as it was.
     */
    private boolean notReachedYet(LocalDate due) {
        boolean windowOpen = due.isBefore(asOf)
                && !due.plusMonths(FollowUp.OBSERVATION_WINDOW_MONTHS).isBefore(asOf);
        return windowOpen && lateFollowUps.chance(LATE_FOLLOW_UP);
    }

    private LocalDate around(LocalDate due) {
        LocalDate on = due.plusDays(situations.between(-7, 10));
        return on.isAfter(asOf) ? asOf : on;
    }

    private static EmploymentOutcome outcome(DemoRandom random, Learner learner, LocalDate on, Status status) {
        return EmploymentOutcome.record(new OutcomeId(random.uuid()), learner.id(), on, status.situation(),
                status.employer(), status.jobTitle());
    }

    private Status next(Status current, PartnerId lastHost) {
        Situation situation = situations.pick(SIX_TO_TWELVE_MONTHS.get(current.situation()));
        if (situation == current.situation()) {
            return current;
        }
        if (situation.hasEmployer() && current.employer().filter(employer -> mayEmploy(employer, situation)).isPresent()
                && situations.chance(SAME_EMPLOYER_WHEN_CONTRACT_CHANGES)) {
            return new Status(situation, current.employer(), title(situation));
        }
        return status(situation, lastHost);
    }

    /** A host that took a former learner on a new work-study contract employs them afterwards only if it recruits. */
    private boolean mayEmploy(Employer employer, Situation situation) {
        return employer.partnerId().map(partner -> employers(situation).contains(partner)).orElse(true);
    }

    private List<PartnerId> employers(Situation situation) {
        return situation == Situation.HIRED_WORK_STUDY ? hostsAndRecruiters : roster.recruiters();
    }

    private Status status(Situation situation, PartnerId lastHost) {
        return new Status(situation, employer(situation, lastHost), title(situation));
    }

    /**
     * Most salaried former learners work for a partner recruiting for their school, often the one
     * that hosted their apprenticeship; the others for a company named in the follow-up.
     */
    private Optional<Employer> employer(Situation situation, PartnerId lastHost) {
        if (!situation.hasEmployer()) {
            return Optional.empty();
        }
        List<PartnerId> partners = employers(situation);
        if (lastHost != null && partners.contains(lastHost) && situations.chance(HIRED_BY_OWN_HOST)) {
            return Optional.of(Employer.partner(lastHost));
        }
        if (!partners.isEmpty() && situations.chance(HIRED_BY_A_PARTNER)) {
            return Optional.of(Employer.partner(situations.pick(partners)));
        }
        return Optional.of(Employer.named(situations.pick(DemoCatalogue.OTHER_EMPLOYERS)));
    }

    private Optional<String> title(Situation situation) {
        if (situation == Situation.SELF_EMPLOYED) {
            return Optional.of(DemoCatalogue.SELF_EMPLOYED_TITLE);
        }
        if (situation == Situation.HIRED_WORK_STUDY) {
            return Optional.of(situations.pick(DemoCatalogue.WORK_STUDY_JOB_TITLES));
        }
        return situation.hasEmployer() ? Optional.of(situations.pick(DemoCatalogue.JOB_TITLES)) : Optional.empty();
    }

    private static Map<Situation, Weights<Situation>> sixToTwelveMonths() {
        Map<Situation, Weights<Situation>> next = new EnumMap<>(Situation.class);
        next.put(Situation.PERMANENT_CONTRACT, Weights.of(Situation.PERMANENT_CONTRACT, 92)
                .and(Situation.JOB_SEEKING, 5).and(Situation.UNKNOWN, 3));
        Weights<Situation> fixedTerm = Weights.of(Situation.PERMANENT_CONTRACT, 45)
                .and(Situation.FIXED_TERM_6_MONTHS_OR_MORE, 20).and(Situation.TEMPORARY_AGENCY_WORK, 5)
                .and(Situation.SELF_EMPLOYED, 5).and(Situation.JOB_SEEKING, 18).and(Situation.UNKNOWN, 7);
        next.put(Situation.FIXED_TERM_6_MONTHS_OR_MORE, fixedTerm);
        Weights<Situation> shortTerm = Weights.of(Situation.PERMANENT_CONTRACT, 35)
                .and(Situation.FIXED_TERM_6_MONTHS_OR_MORE, 20).and(Situation.TEMPORARY_AGENCY_WORK, 10)
                .and(Situation.JOB_SEEKING, 25).and(Situation.UNKNOWN, 10);
        next.put(Situation.FIXED_TERM_UNDER_6_MONTHS, shortTerm);
        next.put(Situation.TEMPORARY_AGENCY_WORK, shortTerm);
        next.put(Situation.HIRED_WORK_STUDY, Weights.of(Situation.HIRED_WORK_STUDY, 80)
                .and(Situation.PERMANENT_CONTRACT, 10).and(Situation.JOB_SEEKING, 5).and(Situation.UNKNOWN, 5));
        next.put(Situation.SELF_EMPLOYED, Weights.of(Situation.SELF_EMPLOYED, 75)
                .and(Situation.PERMANENT_CONTRACT, 15).and(Situation.JOB_SEEKING, 10));
        next.put(Situation.FURTHER_STUDIES, Weights.of(Situation.FURTHER_STUDIES, 70)
                .and(Situation.PERMANENT_CONTRACT, 15).and(Situation.HIRED_WORK_STUDY, 10)
                .and(Situation.JOB_SEEKING, 5));
        next.put(Situation.JOB_SEEKING, Weights.of(Situation.PERMANENT_CONTRACT, 25)
                .and(Situation.FIXED_TERM_6_MONTHS_OR_MORE, 12).and(Situation.FIXED_TERM_UNDER_6_MONTHS, 5)
                .and(Situation.TEMPORARY_AGENCY_WORK, 5).and(Situation.SELF_EMPLOYED, 3)
                .and(Situation.FURTHER_STUDIES, 5).and(Situation.JOB_SEEKING, 33).and(Situation.INACTIVE, 5)
                .and(Situation.UNKNOWN, 7));
        next.put(Situation.INACTIVE, Weights.of(Situation.INACTIVE, 60).and(Situation.JOB_SEEKING, 20)
                .and(Situation.PERMANENT_CONTRACT, 10).and(Situation.UNKNOWN, 10));
        next.put(Situation.UNKNOWN, Weights.of(Situation.UNKNOWN, 55).and(Situation.PERMANENT_CONTRACT, 20)
                .and(Situation.JOB_SEEKING, 15).and(Situation.FIXED_TERM_6_MONTHS_OR_MORE, 5)
                .and(Situation.INACTIVE, 5));
        return next;
    }

    // ---------------------------------------------------------------- helpers

    private static LocalDate dayBetween(DemoRandom random, LocalDate from, LocalDate to) {
        return from.plusDays(random.between(0, (int) Math.max(0, DAYS.between(from, to))));
    }

    /** A tutor's name, made up like the learners'. */
    private static String personName(DemoRandom random) {
        List<String> givenNames = random.chance(0.5) ? DemoCatalogue.WOMEN_GIVEN_NAMES : DemoCatalogue.MEN_GIVEN_NAMES;
        return random.pick(givenNames) + " " + random.pick(DemoCatalogue.FAMILY_NAMES);
    }
}

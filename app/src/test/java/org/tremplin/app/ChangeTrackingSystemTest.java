package org.tremplin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tremplin.app.UseCaseSteps.programmeNamed;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.identity.Permission;
import org.tremplin.application.applicant.ApplicantSelection;
import org.tremplin.application.change.Change;
import org.tremplin.application.change.ChangeFeed;
import org.tremplin.application.change.ChangeFeedService;
import org.tremplin.application.change.ChangePage;
import org.tremplin.application.cohort.CohortAdministration;
import org.tremplin.application.cohort.CohortDetails;
import org.tremplin.domain.error.ConflictException;
import org.tremplin.application.funding.FundingAdministration;
import org.tremplin.application.idempotency.IdempotencyClaim;
import org.tremplin.application.idempotency.IdempotentRequests;
import org.tremplin.application.port.in.StoredResponse;
import org.tremplin.application.learner.LearnerAdministration;
import org.tremplin.application.learner.VisibleLearner;
import org.tremplin.application.outcome.OutcomeDetails;
import org.tremplin.application.outcome.OutcomeRecording;
import org.tremplin.application.partner.PartnerAdministration;
import org.tremplin.application.partner.PartnerDetails;
import org.tremplin.application.person.PersonDetails;
import org.tremplin.application.port.out.AuditEntry;
import org.tremplin.application.port.out.AuditTrail;
import org.tremplin.application.port.out.RecordedChange;
import org.tremplin.application.programme.ProgrammeAdministration;
import org.tremplin.application.programme.ProgrammeDetails;
import org.tremplin.application.school.SchoolAdministration;
import org.tremplin.application.school.SchoolDetails;
import org.tremplin.application.workstudy.ContractTerms;
import org.tremplin.application.workstudy.WorkStudyAdministration;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.learner.DropOutReason;
import org.tremplin.domain.outcome.Situation;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.partner.PartnerKind;
import org.tremplin.domain.partner.PartnerRole;
import org.tremplin.domain.person.Diploma;
import org.tremplin.domain.person.Gender;
import org.tremplin.domain.person.InclusionProfile;
import org.tremplin.domain.programme.Programme;
import org.tremplin.domain.school.Region;
import org.tremplin.domain.school.School;
import org.tremplin.domain.workstudy.BrokenBy;
import org.tremplin.domain.workstudy.ContractKind;

/**
 * What integrators keep in step with: every change a use case makes reaches the audit trail under a
 * record type the change feed knows, one entry per changed record, and the feed and the
 * idempotency keys are wired. The settle delay is off, so the feed shows changes at once.
 */
@MicronautTest
@Property(name = "tremplin.demo-data.enabled", value = "false")
@Property(name = "tremplin.change-feed.settle-delay", value = "0s")
class ChangeTrackingSystemTest {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    @Inject
    UseCaseSteps steps;
    @Inject
    SchoolAdministration schools;
    @Inject
    ProgrammeAdministration programmes;
    @Inject
    CohortAdministration cohorts;
    @Inject
    PartnerAdministration partners;
    @Inject
    ApplicantSelection selection;
    @Inject
    LearnerAdministration learners;
    @Inject
    WorkStudyAdministration workStudy;
    @Inject
    OutcomeRecording outcomes;
    @Inject
    FundingAdministration funding;
    @Inject
    AuditTrail auditTrail;
    @Inject
    ChangeFeed feed;
    @Inject
    IdempotentRequests idempotentRequests;

    /**
     * Runs every use case that changes something, then checks that the feed can show each entry
     * they left to someone: a record type missing from the feed's permissions would be shown to
     * nobody. A new use case belongs in this scenario.
     */
    @Test
    void every_record_type_the_use_cases_audit_is_one_the_feed_knows() {
        long before = lastSequence();

        everyChangeOnce();

        List<AuditEntry> entries = auditTrail.after(before, ChangeFeed.MAX_LIMIT).stream().map(RecordedChange::entry)
                .toList();
        Set<String> recordTypes = entries.stream().map(AuditEntry::recordType).collect(Collectors.toSet());
        assertThat(recordTypes).allSatisfy(type -> assertThat(ChangeFeedService.permissionToRead(type)).as(type)
                .isPresent());
        assertThat(recordTypes).containsExactlyInAnyOrder("school", "programme", "cohort", "partner", "applicant",
                "learner", "work-study-contract", "employment-outcome", "funding-commitment", "parity-rule");
        ChangePage page = steps.asAdmin(() -> feed.changesAfter(before, ChangeFeed.MAX_LIMIT));
        assertThat(page.changes()).hasSameSizeAs(entries);
        assertThat(page.changes()).extracting(Change::action)
                .containsExactlyElementsOf(entries.stream().map(AuditEntry::action).toList());
    }

    @Test
    void enrolling_an_applicant_records_the_applicant_and_the_new_learner() {
        Cohort cohort = aCohort();
        var applicant = steps.asAdmin(() -> selection.apply(cohort.id(), person("enrol"), LocalDate.of(2022, 6, 1)));
        var selected = steps.select(applicant, LocalDate.of(2022, 6, 15), LocalDate.of(2022, 7, 1));
        long before = lastSequence();

        VisibleLearner learner = steps.asAdmin(() -> selection.enrol(selected.id(), selected.version(), cohort.startDate()));

        assertThat(auditTrail.after(before, 10)).extracting(RecordedChange::entry)
                .extracting(AuditEntry::action, AuditEntry::recordType, AuditEntry::recordId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("applicant.enrolled", "applicant", applicant.id().toString()),
                        org.assertj.core.groups.Tuple.tuple("applicant.enrolled", "learner", learner.id().toString()));
    }

    @Test
    void a_network_reader_follows_the_network_but_not_the_people() {
        long before = lastSequence();
        Cohort cohort = aCohort();
        steps.asAdmin(() -> learners.enrol(cohort.id(), person("reader"), cohort.startDate()));
        Actor networkReader = new Actor("integrator-7", EnumSet.of(Permission.READ_NETWORK), Optional.empty());

        ChangePage page = steps.as(networkReader, () -> feed.changesAfter(before, ChangeFeed.MAX_LIMIT));

        assertThat(page.changes()).extracting(Change::recordType).containsExactly("school", "programme", "cohort");
        assertThat(page.nextCursor()).isEqualTo(lastSequence());
    }

    @Test
    void an_idempotency_key_replays_its_response_to_its_own_caller_only() {
        Actor first = new Actor("token-" + SEQUENCE.incrementAndGet(), EnumSet.of(Permission.MANAGE_NETWORK),
                Optional.empty());
        Actor second = new Actor("token-" + SEQUENCE.incrementAndGet(), EnumSet.of(Permission.MANAGE_NETWORK),
                Optional.empty());
        StoredResponse created = new StoredResponse(201, "application/json", Map.of("Location", "/api/v1/schools/1"),
                "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(steps.as(first, () -> idempotentRequests.claim("key-1", "POST /schools"))).isInstanceOf(IdempotencyClaim.Fresh.class);
        assertThatThrownBy(() -> steps.as(first, () -> idempotentRequests.claim("key-1", "POST /schools")))
                .isInstanceOf(ConflictException.class);
        steps.as(first, () -> {
            idempotentRequests.complete("key-1", created);
            return null;
        });

        assertThat(steps.as(first, () -> idempotentRequests.claim("key-1", "POST /schools")))
                .isEqualTo(new IdempotencyClaim.Replay(created));
        assertThat(steps.as(second, () -> idempotentRequests.claim("key-1", "POST /schools")))
                .isInstanceOf(IdempotencyClaim.Fresh.class);
    }

    /** Each use case that changes something, once. */
    private void everyChangeOnce() {
        int n = SEQUENCE.incrementAndGet();
        School planned = steps.asAdmin(() -> schools.plan(new SchoolDetails("École IA suivi " + n, "Rodez", Region.OCCITANIE,
                "12"), Optional.empty()));
        School renamed = steps.asAdmin(() -> schools.change(planned.id(), planned.version(),
                new SchoolDetails("École IA suivie " + n, "Rodez", Region.OCCITANIE, "12")));
        School school = steps.asAdmin(() -> schools.open(renamed.id(), renamed.version(), LocalDate.of(2020, 9, 1)));
        Programme created = steps.asAdmin(() -> programmes.create(programmeNamed("Data IA suivi " + n)));
        Programme programme = steps.asAdmin(() -> programmes.revise(created.id(), created.version(),
                new ProgrammeDetails("Data IA suivie " + n, Optional.empty(), Optional.of(6), Optional.empty(),
                        Optional.empty())));
        Cohort opened = steps.asAdmin(() -> cohorts.open(school.id(), programme.id(),
                new CohortDetails("Promo 2022", LocalDate.of(2022, 10, 3), 24)));
        Cohort cohort = steps.asAdmin(() -> cohorts.reschedule(opened.id(), opened.version(),
                new CohortDetails("Promo 2022", LocalDate.of(2022, 10, 3), 26)));
        Partner registered = steps.asAdmin(() -> partners.register(new PartnerDetails("Entreprise suivie " + n,
                PartnerKind.TECH_COMPANY, Optional.empty())));
        Partner amended = steps.asAdmin(() -> partners.amend(registered.id(), registered.version(),
                new PartnerDetails("Entreprise suivie " + n + " SAS", PartnerKind.TECH_COMPANY, Optional.empty())));
        Partner company = steps.asAdmin(() -> partners.engage(amended.id(), amended.version(), school.id(),
                EnumSet.of(PartnerRole.WORK_STUDY_HOST, PartnerRole.FUNDER)));
        Partner region = steps.asAdmin(() -> partners.register(new PartnerDetails("Région suivie " + n, PartnerKind.REGION,
                Optional.empty())));
        Partner regionFunder = steps.asAdmin(() -> partners.engage(region.id(), region.version(), school.id(),
                EnumSet.of(PartnerRole.FUNDER)));

        var applied = steps.asAdmin(() -> selection.apply(cohort.id(), person("suivi" + n), LocalDate.of(2022, 6, 1)));
        var corrected = steps.asAdmin(() -> selection.correct(applied.id(), applied.version(), person("suivie" + n)));
        var selected = steps.select(corrected, LocalDate.of(2022, 6, 15), LocalDate.of(2022, 7, 1));
        VisibleLearner enrolled = steps.asAdmin(() -> selection.enrol(selected.id(), selected.version(), cohort.startDate()));
        VisibleLearner inCentre = steps.asAdmin(() -> learners.startCentre(enrolled.id(), enrolled.version(), cohort.startDate()));
        VisibleLearner inWorkStudy = steps.asAdmin(() -> learners.startWorkStudy(inCentre.id(), inCentre.version(),
                cohort.calendar().workStudyStart()));
        VisibleLearner learner = steps.asAdmin(() -> learners.correct(inWorkStudy.id(), inWorkStudy.version(),
                person("suivie.corrigee" + n)));

        var signed = steps.asAdmin(() -> workStudy.sign(learner.id(), company.id(), new ContractTerms(
                ContractKind.APPRENTICESHIP, cohort.calendar().workStudyStart(), cohort.calendar().workStudyEnd(),
                "Apprentie data", "Tuteur")));
        var contract = steps.asAdmin(() -> workStudy.amend(signed.id(), signed.version(), new ContractTerms(
                ContractKind.APPRENTICESHIP, cohort.calendar().workStudyStart(), cohort.calendar().workStudyEnd(),
                "Apprentie data et IA", "Tuteur")));
        steps.asAdmin(() -> workStudy.breakOff(contract.id(), contract.version(),
                cohort.calendar().workStudyStart().plusMonths(6), BrokenBy.MUTUAL_AGREEMENT));
        VisibleLearner graduate = steps.asAdmin(() -> learners.graduate(learner.id(), learner.version(),
                cohort.calendar().workStudyEnd()));
        var recorded = steps.asAdmin(() -> outcomes.record(graduate.id(), new OutcomeDetails(
                cohort.calendar().workStudyEnd().plusMonths(6), Situation.JOB_SEEKING, Optional.empty(), Optional.empty(),
                Optional.empty())));
        var outcome = steps.asAdmin(() -> outcomes.correct(recorded.id(), recorded.version(), new OutcomeDetails(
                cohort.calendar().workStudyEnd().plusMonths(6), Situation.PERMANENT_CONTRACT, Optional.empty(),
                Optional.of("Entreprise X"), Optional.empty())));
        steps.asAdmin(() -> {
            outcomes.delete(outcome.id(), outcome.version());
            return null;
        });
        VisibleLearner other = steps.asAdmin(() -> learners.enrol(cohort.id(), person("abandon" + n), cohort.startDate()));
        steps.asAdmin(() -> learners.dropOut(other.id(), other.version(), cohort.startDate().plusMonths(1),
                DropOutReason.RELOCATION));

        var committed = steps.asAdmin(() -> funding.commit(company.id(), school.id(), Optional.of(cohort.id()), "1000", 2022));
        var commitment = steps.asAdmin(() -> funding.amend(committed.id(), committed.version(), "2000", 2022));
        steps.asAdmin(() -> {
            funding.withdraw(commitment.id(), commitment.version());
            return null;
        });
        var rule = steps.asAdmin(() -> funding.declareParity(school.id(), Optional.empty(), company.id(), regionFunder.id()));
        steps.asAdmin(() -> {
            funding.removeParity(rule.id(), rule.version());
            return null;
        });
    }

    private Cohort aCohort() {
        int n = SEQUENCE.incrementAndGet();
        School school = steps.planSchool(new SchoolDetails("École IA flux " + n, "Albi", Region.OCCITANIE, "81"));
        return steps.openCohort(school, programmeNamed("Data IA flux " + n),
                new CohortDetails("Promo 2022", LocalDate.of(2022, 10, 3), 24));
    }

    private long lastSequence() {
        List<RecordedChange> all = auditTrail.after(0, Integer.MAX_VALUE);
        return all.isEmpty() ? 0 : all.getLast().sequence();
    }

    private static PersonDetails person(String name) {
        return new PersonDetails("Inès", "Moreau", name + "." + System.nanoTime() + "@exemple.invalid",
                new InclusionProfile(Gender.WOMAN, LocalDate.of(2000, 2, 2), Optional.empty(), false, Diploma.BELOW_BAC),
                Optional.empty());
    }
}

package org.tremplin.app.wiring;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.tremplin.adapter.password.Argon2idPasswordHashing;
import org.tremplin.adapter.tabular.CsvImportReader;
import org.tremplin.adapter.tabular.CsvTableExport;
import org.tremplin.adapter.rest.security.RequestActors;
import org.tremplin.application.applicant.ApplicantSelection;
import org.tremplin.application.applicant.ApplicantSelectionService;
import org.tremplin.application.change.ChangeFeed;
import org.tremplin.application.change.ChangeFeedService;
import org.tremplin.application.cohort.CohortAdministration;
import org.tremplin.application.cohort.CohortAdministrationService;
import org.tremplin.application.support.UseCaseSupport;
import org.tremplin.application.export.TableExport;
import org.tremplin.application.funding.FundingAdministration;
import org.tremplin.application.funding.FundingAdministrationService;
import org.tremplin.application.imports.LearnerImport;
import org.tremplin.application.imports.LearnerImportService;
import org.tremplin.application.imports.OutcomeImport;
import org.tremplin.application.imports.OutcomeImportService;
import org.tremplin.application.idempotency.IdempotentRequests;
import org.tremplin.application.idempotency.IdempotentRequestsService;
import org.tremplin.application.indicator.IndicatorReporting;
import org.tremplin.application.indicator.IndicatorReportingService;
import org.tremplin.application.learner.LearnerAdministration;
import org.tremplin.application.learner.LearnerAdministrationService;
import org.tremplin.application.outcome.OutcomeRecording;
import org.tremplin.application.outcome.OutcomeRecordingService;
import org.tremplin.application.partner.PartnerAdministration;
import org.tremplin.application.partner.PartnerAdministrationService;
import org.tremplin.application.port.out.ApiTokens;
import org.tremplin.application.port.out.Applicants;
import org.tremplin.application.port.out.AuditTrail;
import org.tremplin.application.port.out.Cohorts;
import org.tremplin.application.port.out.EmploymentOutcomes;
import org.tremplin.application.port.out.FundingCommitments;
import org.tremplin.application.port.out.IdGenerator;
import org.tremplin.application.port.out.IdempotencyRecords;
import org.tremplin.application.port.out.IndicatorQueries;
import org.tremplin.application.port.out.Learners;
import org.tremplin.application.port.out.ParityRules;
import org.tremplin.application.port.out.Partners;
import org.tremplin.application.port.out.PasswordHashing;
import org.tremplin.application.port.out.Programmes;
import org.tremplin.application.port.out.Schools;
import org.tremplin.application.port.out.TabularFileReader;
import org.tremplin.application.port.out.Transactions;
import org.tremplin.application.port.out.UserAccounts;
import org.tremplin.application.port.out.WarningQueries;
import org.tremplin.application.port.out.WorkStudyContracts;
import org.tremplin.application.programme.ProgrammeAdministration;
import org.tremplin.application.programme.ProgrammeAdministrationService;
import org.tremplin.application.school.SchoolAdministration;
import org.tremplin.application.school.SchoolAdministrationService;
import org.tremplin.application.access.AccountAdministration;
import org.tremplin.application.access.AccountAdministrationService;
import org.tremplin.application.access.TokenAdministration;
import org.tremplin.application.access.TokenAdministrationService;
import org.tremplin.application.access.Authentication;
import org.tremplin.application.access.AuthenticationService;
import org.tremplin.application.workstudy.WorkStudyAdministration;
import org.tremplin.application.warning.EarlyWarnings;
import org.tremplin.application.warning.EarlyWarningsService;
import org.tremplin.application.workstudy.WorkStudyAdministrationService;
import org.tremplin.ui.session.ConsoleActors;

/**
 * Builds the use cases, which know nothing of Micronaut, from whichever adapters the
 * configuration chose, and exposes them by their inbound port.
 */
@Factory
class UseCaseFactory {

    /** Dates are French dates: "today" turns at midnight in Paris, not in UTC. */
    @Singleton
    Clock clock(@Value("${tremplin.time-zone:Europe/Paris}") String timeZone) {
        return Clock.system(ZoneId.of(timeZone));
    }

    @Singleton
    IdGenerator idGenerator() {
        return new TimeOrderedIdGenerator();
    }

    /** A request's caller: the API token's actor, else the console user's, else nobody (anonymous). */
    @Singleton
    ThreadLocalCurrentActor currentActor() {
        return new ThreadLocalCurrentActor(() -> RequestActors.current().or(ConsoleActors::current));
    }

    @Singleton
    UseCaseSupport useCaseSupport(ThreadLocalCurrentActor actor, Transactions transactions, AuditTrail auditTrail,
                                  Clock clock, IdGenerator ids) {
        return new UseCaseSupport(actor, transactions, auditTrail, clock, ids);
    }

    @Singleton
    SchoolAdministration schoolAdministration(Schools schools, UseCaseSupport support) {
        return new SchoolAdministrationService(schools, support);
    }

    @Singleton
    ProgrammeAdministration programmeAdministration(Programmes programmes, UseCaseSupport support) {
        return new ProgrammeAdministrationService(programmes, support);
    }

    @Singleton
    CohortAdministration cohortAdministration(Cohorts cohorts, Schools schools, Programmes programmes,
                                              UseCaseSupport support) {
        return new CohortAdministrationService(cohorts, schools, programmes, support);
    }

    @Singleton
    ApplicantSelection applicantSelection(Applicants applicants, Cohorts cohorts, Learners learners,
                                          UseCaseSupport support) {
        return new ApplicantSelectionService(applicants, cohorts, learners, support);
    }

    @Singleton
    LearnerAdministration learnerAdministration(Learners learners, Cohorts cohorts, UseCaseSupport support) {
        return new LearnerAdministrationService(learners, cohorts, support);
    }

    @Singleton
    PartnerAdministration partnerAdministration(Partners partners, Schools schools, UseCaseSupport support) {
        return new PartnerAdministrationService(partners, schools, support);
    }

    @Singleton
    FundingAdministration fundingAdministration(FundingCommitments commitments, ParityRules parityRules,
                                                Partners partners, Cohorts cohorts, UseCaseSupport support) {
        return new FundingAdministrationService(commitments, parityRules, partners, cohorts, support);
    }

    @Singleton
    WorkStudyAdministration workStudyAdministration(WorkStudyContracts contracts, Learners learners, Partners partners,
                                                    UseCaseSupport support) {
        return new WorkStudyAdministrationService(contracts, learners, partners, support);
    }

    @Singleton
    OutcomeRecording outcomeRecording(EmploymentOutcomes outcomes, Learners learners, Partners partners,
                                      UseCaseSupport support) {
        return new OutcomeRecordingService(outcomes, learners, partners, support);
    }

    @Singleton
    IndicatorReporting indicatorReporting(IndicatorQueries queries, Cohorts cohorts, Partners partners,
                                          UseCaseSupport support) {
        return new IndicatorReportingService(queries, cohorts, partners, support);
    }

    @Singleton
    EarlyWarnings earlyWarnings(WarningQueries queries, UseCaseSupport support) {
        return new EarlyWarningsService(queries, support);
    }

    @Singleton
    LearnerImport learnerImport(LearnerAdministration administration, Learners learners, Cohorts cohorts,
                                UseCaseSupport support, TabularFileReader files) {
        return new LearnerImportService(administration, learners, cohorts, support, files);
    }

    @Singleton
    OutcomeImport outcomeImport(OutcomeRecording recording, EmploymentOutcomes outcomes, Learners learners,
                                Partners partners, UseCaseSupport support, TabularFileReader files) {
        return new OutcomeImportService(recording, outcomes, learners, partners, support, files);
    }

    @Singleton
    TabularFileReader tabularFileReader() {
        return new CsvImportReader();
    }

    @Singleton
    TableExport tableExport() {
        return new CsvTableExport();
    }

    @Singleton
    PasswordHashing passwordHashing() {
        return new Argon2idPasswordHashing();
    }

    @Singleton
    AccountAdministration accountAdministration(UserAccounts accounts, Schools schools,
                                                PasswordHashing passwordHashing, UseCaseSupport support) {
        return new AccountAdministrationService(accounts, schools, passwordHashing, support);
    }

    @Singleton
    TokenAdministration tokenAdministration(ApiTokens tokens, Schools schools, UseCaseSupport support) {
        return new TokenAdministrationService(tokens, schools, support);
    }

    @Singleton
    Authentication authentication(UserAccounts accounts, ApiTokens tokens, PasswordHashing passwordHashing,
                                  UseCaseSupport support) {
        return new AuthenticationService(accounts, tokens, passwordHashing, support);
    }

    /** The settle delay holds back the newest audit entries: see {@link ChangeFeedService}. */
    @Singleton
    ChangeFeed changeFeed(AuditTrail auditTrail, UseCaseSupport support,
                          @Value("${tremplin.change-feed.settle-delay:5s}") Duration settleDelay) {
        return new ChangeFeedService(auditTrail, support, settleDelay);
    }

    @Singleton
    IdempotentRequests idempotentRequests(IdempotencyRecords records, UseCaseSupport support) {
        return new IdempotentRequestsService(records, support);
    }
}

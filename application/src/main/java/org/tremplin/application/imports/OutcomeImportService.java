package org.tremplin.application.imports;

import org.tremplin.domain.error.ErrorCodes;
import static java.util.Map.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.identity.Permission;
import org.tremplin.domain.error.NotFoundException;
import org.tremplin.application.outcome.OutcomeDetails;
import org.tremplin.application.outcome.OutcomeRecording;
import org.tremplin.application.outcome.OutcomeRecordingService;
import org.tremplin.application.port.out.EmploymentOutcomes;
import org.tremplin.application.port.out.Learners;
import org.tremplin.application.port.out.TabularFileReader;
import org.tremplin.application.port.out.Partners;
import org.tremplin.application.support.UseCaseSupport;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.outcome.Employer;
import org.tremplin.domain.outcome.EmploymentOutcome;
import org.tremplin.domain.outcome.OutcomeId;
import org.tremplin.domain.outcome.Situation;
import org.tremplin.domain.partner.PartnerId;

/**
 * Checks every row as {@link OutcomeRecording#record} would, then records the rows through it, in
 * one transaction.
 */
public final class OutcomeImportService implements OutcomeImport {
    static final String LEARNER_ID = "learner_id";
    static final String OBSERVED_ON = "observed_on";
    static final String SITUATION = "situation";
    static final String EMPLOYER_PARTNER_ID = "employer_partner_id";
    static final String EMPLOYER_NAME = "employer_name";
    static final String JOB_TITLE = "job_title";

    private static final ImportColumns COLUMNS = new ImportColumns(List.of(LEARNER_ID, OBSERVED_ON, SITUATION),
            List.of(EMPLOYER_PARTNER_ID, EMPLOYER_NAME, JOB_TITLE));

    /**
     * The fields the domain and the use case name in their errors, and the columns they come from.
     * "employer" is left out: an employer is a partner or a name, so its errors concern the row.
     */
    private static final Map<String, String> COLUMN_OF_FIELD = Map.ofEntries(
            entry("learnerId", LEARNER_ID), entry("observedOn", OBSERVED_ON), entry("situation", SITUATION),
            entry("partnerId", EMPLOYER_PARTNER_ID), entry("employerPartnerId", EMPLOYER_PARTNER_ID),
            entry("employerName", EMPLOYER_NAME), entry("jobTitle", JOB_TITLE));

    private final EmploymentOutcomes outcomes;
    private final Learners learners;
    private final Partners partners;
    private final UseCaseSupport support;
    private final RowImport<FollowUp> rowImport;

    public OutcomeImportService(OutcomeRecording recording, EmploymentOutcomes outcomes, Learners learners,
                                Partners partners, UseCaseSupport support,
                                 TabularFileReader files) {
        this.outcomes = outcomes;
        this.learners = learners;
        this.partners = partners;
        this.support = support;
        ImportWriter<FollowUp> writer = new ImportWriter<>(support,
                followUp -> recording.record(followUp.learner(), followUp.details()), COLUMN_OF_FIELD);
        this.rowImport = new RowImport<>(support, files, Permission.WRITE_OUTCOMES, COLUMNS, writer, this::check);
    }

    @Override
    public ImportReport importOutcomes(List<ImportRow> rows, ImportMode mode) {
        return rowImport.rows(rows, mode);
    }

    @Override
    public FileImportReport importFile(byte[] content, ImportMode mode) {
        return rowImport.file(content, mode);
    }

    @Override
    public List<String> outcomeColumns() {
        return COLUMNS.all();
    }

    private RowVerdicts<FollowUp> check(List<ImportRow> rows, Actor actor) {
        var learnersInScope = new RecordsInScope<>("learner", learners::findById, Learner::schoolId, actor);
        return RowVerdicts.readAll(rows, COLUMN_OF_FIELD, reader -> read(reader, learnersInScope),
                followUp -> new LearnerDay(followUp.learner(), followUp.details().observedOn()), OBSERVED_ON,
                "learner and observation date");
    }

    /**
     * The outcome a row asks for, checked as {@link OutcomeRecording#record} checks it; null when
     * its learner or date cannot be read (the row's errors are then in {@code reader}).
     */
    private FollowUp read(CellReader reader, RecordsInScope<Learner, LearnerId> learnersInScope) {
        LearnerId learnerId = reader.parsed(LEARNER_ID, LearnerId::parse);
        LocalDate observedOn = reader.date(OBSERVED_ON);
        Situation situation = reader.choice(SITUATION, Situation.class);
        Optional<PartnerId> partnerId = reader.optionalParsed(EMPLOYER_PARTNER_ID, PartnerId::parse);
        partnerId.ifPresent(partner -> reader.check(EMPLOYER_PARTNER_ID, () -> partners.findById(partner)
                .orElseThrow(() -> new NotFoundException("partner", partner))));
        OutcomeDetails details = new OutcomeDetails(observedOn, situation, partnerId,
                reader.optionalText(EMPLOYER_NAME), reader.optionalText(JOB_TITLE));
        Learner learner = learnerId == null ? null
                : reader.check(LEARNER_ID, () -> learnersInScope.find(learnerId));
        if (learnerId == null || observedOn == null || situation == null) {
            return null;
        }
        EmploymentOutcome outcome = reader.check(() -> EmploymentOutcome.record(new OutcomeId(support.newId()),
                learnerId, observedOn, situation, employer(details), details.jobTitle()));
        if (learner != null && outcome != null) {
            reader.passes(OBSERVED_ON, () -> OutcomeRecordingService.requireAfterLeaving(learner, outcome));
        }
        if (learner != null && outcomes.ofLearner(learnerId).stream().anyMatch(
                recorded -> recorded.observedOn().equals(observedOn))) {
            reader.refuse(OBSERVED_ON, ErrorCodes.IMPORT_ALREADY_RECORDED,
                    "an outcome of this learner on this day is already recorded");
        }
        return new FollowUp(learnerId, details);
    }

    /** The employer as {@link OutcomeRecording#record} reads it from the details: a partner, a name, or none. */
    private static Optional<Employer> employer(OutcomeDetails details) {
        if (details.employerPartner().isPresent()) {
            return Optional.of(new Employer(details.employerPartner(), details.employerName()));
        }
        return details.employerName().map(Employer::named);
    }

    /** A row ready to go through {@link OutcomeRecording#record}. */
    private record FollowUp(LearnerId learner, OutcomeDetails details) {
        @Override
        public String toString() {
            return "FollowUp[learner=" + learner + "]";
        }
    }

    /** What two outcomes of a file must not share. */
    private record LearnerDay(LearnerId learner, LocalDate observedOn) {
    }
}

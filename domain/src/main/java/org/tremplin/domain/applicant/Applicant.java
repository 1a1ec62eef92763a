package org.tremplin.domain.applicant;

import java.time.LocalDate;
import java.util.List;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.error.RuleViolationException;
import org.tremplin.domain.person.DisabilityStatus;
import org.tremplin.domain.person.InclusionProfile;
import org.tremplin.domain.person.PersonName;
import org.tremplin.domain.shared.EmailAddress;
import org.tremplin.domain.shared.Require;

/**
 * A person who applied to a cohort. The inclusion profile is captured at application so that
 * diversity can be measured at every stage of the funnel; {@code history} records each stage
 * reached, in order, starting with the application.
 */
public record Applicant(
        ApplicantId id,
        long version,
        CohortId cohortId,
        PersonName name,
        EmailAddress email,
        InclusionProfile profile,
        DisabilityStatus disability,
        List<StageChange> history) {

    public Applicant {
        Require.present(id, "id");
        Require.present(cohortId, "cohortId");
        Require.present(name, "name");
        Require.present(email, "email");
        Require.present(profile, "profile");
        Require.present(disability, "disability");
        history = List.copyOf(Require.notEmpty(history, "history"));
        if (history.getFirst().stage() != SelectionStage.APPLIED) {
            throw new RuleViolationException("history", ErrorCodes.APPLICANT_TRANSITION, "the history starts with the application");
        }
        for (int i = 1; i < history.size(); i++) {
            StageChange previous = history.get(i - 1);
            StageChange next = history.get(i);
            requireMove(previous, next);
        }
        profile.requireConsistentAt(history.getFirst().on(), "the application date");
    }

    public static Applicant apply(ApplicantId id, CohortId cohortId, PersonName name, EmailAddress email,
                                  InclusionProfile profile, DisabilityStatus disability, LocalDate appliedOn) {
        Require.present(appliedOn, "appliedOn");
        return new Applicant(id, 0, cohortId, name, email, profile, disability,
                List.of(new StageChange(SelectionStage.APPLIED, appliedOn)));
    }

    public SelectionStage stage() {
        return history.getLast().stage();
    }

    public LocalDate appliedOn() {
        return history.getFirst().on();
    }

    public LocalDate lastChangedOn() {
        return history.getLast().on();
    }

    public boolean reached(SelectionStage stage) {
        return history.stream().anyMatch(change -> change.stage() == stage);
    }

    public Applicant moveTo(SelectionStage next, LocalDate on) {
        StageChange change = new StageChange(next, on);
        requireMove(history.getLast(), change);
        var longer = new java.util.ArrayList<>(history);
        longer.add(change);
        return new Applicant(id, version, cohortId, name, email, profile, disability, longer);
    }

    /** Corrects the personal details without touching the selection history. */
    public Applicant correct(PersonName newName, EmailAddress newEmail, InclusionProfile newProfile,
                             DisabilityStatus newDisability) {
        return new Applicant(id, version, cohortId, newName, newEmail, newProfile, newDisability, history);
    }

    public Applicant withVersion(long newVersion) {
        return new Applicant(id, newVersion, cohortId, name, email, profile, disability, history);
    }

    private static void requireMove(StageChange from, StageChange to) {
        if (!from.stage().canMoveTo(to.stage())) {
            throw new RuleViolationException("stage", ErrorCodes.APPLICANT_TRANSITION,
                    "an applicant cannot move from " + from.stage() + " to " + to.stage());
        }
        Require.notBefore(to.on(), from.on(), "date", "the previous stage's date");
    }
}

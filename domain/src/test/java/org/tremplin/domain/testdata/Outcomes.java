package org.tremplin.domain.testdata;

import java.time.LocalDate;
import java.util.Optional;
import org.tremplin.domain.outcome.Employer;
import org.tremplin.domain.outcome.EmploymentOutcome;
import org.tremplin.domain.outcome.Situation;

/** Follow-ups of the default learner; by default on permanent contract with a partner, six months after graduating. */
public final class Outcomes {
    public static final LocalDate OBSERVED_ON = LocalDate.of(2020, 10, 30);

    private LocalDate observedOn = OBSERVED_ON;
    private Situation situation = Situation.PERMANENT_CONTRACT;
    private Optional<Employer> employer = Optional.of(Employer.partner(Ids.partner(2)));
    private Optional<String> jobTitle = Optional.of("Data analyst");

    private Outcomes() {
    }

    public static Outcomes anOutcome() {
        return new Outcomes();
    }

    public static EmploymentOutcome outcome() {
        return anOutcome().build();
    }

    /** A situation with neither employer nor job title. */
    public static Outcomes without(Situation newSituation) {
        return anOutcome().in(newSituation).withoutEmployer().withoutJobTitle();
    }

    public Outcomes in(Situation newSituation) {
        situation = newSituation;
        return this;
    }

    public Outcomes observedOn(LocalDate date) {
        observedOn = date;
        return this;
    }

    public Outcomes withEmployer(Employer newEmployer) {
        employer = Optional.of(newEmployer);
        return this;
    }

    public Outcomes withoutEmployer() {
        employer = Optional.empty();
        return this;
    }

    public Outcomes withJobTitle(String title) {
        jobTitle = Optional.of(title);
        return this;
    }

    public Outcomes withoutJobTitle() {
        jobTitle = Optional.empty();
        return this;
    }

    public EmploymentOutcome build() {
        return EmploymentOutcome.record(Ids.outcome(), Ids.learner(), observedOn, situation, employer, jobTitle);
    }
}

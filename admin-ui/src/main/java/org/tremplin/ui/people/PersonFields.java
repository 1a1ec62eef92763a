package org.tremplin.ui.people;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.Optional;
import org.tremplin.application.common.InputCheck;
import org.tremplin.application.person.PersonDetails;
import org.tremplin.domain.identity.Permission;
import org.tremplin.domain.person.Diploma;
import org.tremplin.domain.person.DisabilityStatus;
import org.tremplin.domain.person.Gender;
import org.tremplin.domain.person.InclusionProfile;
import org.tremplin.domain.person.PersonName;
import org.tremplin.domain.shared.EmailAddress;
import org.tremplin.ui.form.DomainForm;
import org.tremplin.ui.form.FrenchDates;
import org.tremplin.ui.session.ConsoleSession;

/**
 * The fields of a person (applicant or learner): names, e-mail, the inclusion profile and, only
 * for a user allowed to read health data, the RQTH status. The binder carries no rules: the
 * domain's own constructors read the profile (so that every mistake is told at once, beside its
 * field) and the use case judges the rest.
 */
final class PersonFields {
    private final Binder<Typed> binder = new Binder<>();
    private final Select<DisabilityStatus> disability = new Select<>();
    private final FormLayout layout = new FormLayout();
    private final boolean healthData;

    /** What the fields hold. */
    static final class Typed {
        String givenName = "";
        String familyName = "";
        String email = "";
        Gender gender;
        LocalDate dateOfBirth;
        LocalDate jobSeekerSince;
        boolean priorityNeighbourhood;
        Diploma diploma;
        DisabilityStatus disability;
    }

    /**
     * @param idPrefix the prefix of the fields' ids ("applicant", "learner")
     * @param healthData whether the RQTH field is shown: only when the use case gives (or would take) it
     */
    PersonFields(String idPrefix, boolean healthData, DomainForm form) {
        this.healthData = healthData;
        TextField givenName = new TextField(layout.getTranslation("person.given-name"));
        givenName.setMaxLength(PersonName.MAX_LENGTH);
        givenName.setId(idPrefix + "-given-name");
        TextField familyName = new TextField(layout.getTranslation("person.family-name"));
        familyName.setMaxLength(PersonName.MAX_LENGTH);
        familyName.setId(idPrefix + "-family-name");
        TextField email = new TextField(layout.getTranslation("person.email"));
        email.setMaxLength(EmailAddress.MAX_LENGTH);
        email.setId(idPrefix + "-email");
        Select<Gender> gender = new Select<>();
        gender.setLabel(layout.getTranslation("learners.column.gender"));
        gender.setItems(Gender.values());
        gender.setItemLabelGenerator(value -> value == null ? "" : layout.getTranslation("gender." + value.name()));
        gender.setId(idPrefix + "-gender");
        DatePicker dateOfBirth = FrenchDates.picker(layout.getTranslation("person.date-of-birth"));
        dateOfBirth.setId(idPrefix + "-date-of-birth");
        DatePicker jobSeekerSince = FrenchDates.picker(layout.getTranslation("learners.column.job-seeker-since"));
        jobSeekerSince.setHelperText(layout.getTranslation("person.job-seeker-since.help"));
        jobSeekerSince.setId(idPrefix + "-job-seeker-since");
        Checkbox priorityNeighbourhood = new Checkbox(layout.getTranslation("person.priority-neighbourhood"));
        priorityNeighbourhood.setId(idPrefix + "-priority-neighbourhood");
        Select<Diploma> diploma = new Select<>();
        diploma.setLabel(layout.getTranslation("learners.column.diploma"));
        diploma.setItems(Diploma.values());
        diploma.setItemLabelGenerator(value -> value == null ? "" : layout.getTranslation("diploma." + value.name()));
        diploma.setId(idPrefix + "-diploma");
        disability.setLabel(layout.getTranslation("learners.column.disability"));
        disability.setItems(DisabilityStatus.values());
        disability.setItemLabelGenerator(value -> value == null ? "" : layout.getTranslation("disability." + value.name()));
        disability.setId(idPrefix + "-disability");

        binder.forField(givenName).bind(typed -> typed.givenName, (typed, value) -> typed.givenName = value);
        binder.forField(familyName).bind(typed -> typed.familyName, (typed, value) -> typed.familyName = value);
        binder.forField(email).bind(typed -> typed.email, (typed, value) -> typed.email = value);
        binder.forField(gender).bind(typed -> typed.gender, (typed, value) -> typed.gender = value);
        binder.forField(dateOfBirth).bind(typed -> typed.dateOfBirth, (typed, value) -> typed.dateOfBirth = value);
        binder.forField(jobSeekerSince).bind(typed -> typed.jobSeekerSince,
                (typed, value) -> typed.jobSeekerSince = value);
        binder.forField(priorityNeighbourhood).bind(typed -> typed.priorityNeighbourhood,
                (typed, value) -> typed.priorityNeighbourhood = value);
        binder.forField(diploma).bind(typed -> typed.diploma, (typed, value) -> typed.diploma = value);
        binder.forField(disability).bind(typed -> typed.disability, (typed, value) -> typed.disability = value);
        form.field("givenName", givenName).field("familyName", familyName).field("email", email)
                .field("gender", gender).field("dateOfBirth", dateOfBirth).field("jobSeekerSince", jobSeekerSince)
                .field("highestDiploma", diploma).field("disability", disability);

        layout.add(givenName, familyName, email, gender, dateOfBirth, diploma, jobSeekerSince, priorityNeighbourhood);
        if (healthData) {
            layout.add(disability);
        }
    }

    /**
     * Whether an RQTH status may be given for a new person: the user holds the permission the use
     * case asks for it (there is no record yet whose answer would tell).
     */
    static boolean mayGiveHealthData() {
        return ConsoleSession.user().map(user -> user.actor().may(Permission.READ_HEALTH_DATA)).orElse(false);
    }

    FormLayout layout() {
        return layout;
    }

    /** Fills the fields; an RQTH status the use case did not give stays hidden, never shown as a value. */
    void show(PersonName name, EmailAddress email, InclusionProfile profile, Optional<DisabilityStatus> given) {
        Typed typed = new Typed();
        typed.givenName = name.givenName();
        typed.familyName = name.familyName();
        typed.email = email.value();
        typed.gender = profile.gender();
        typed.dateOfBirth = profile.dateOfBirth();
        typed.jobSeekerSince = profile.jobSeekerSince().orElse(null);
        typed.priorityNeighbourhood = profile.priorityNeighbourhood();
        typed.diploma = profile.highestDiploma();
        typed.disability = given.orElse(null);
        binder.readBean(typed);
    }

    /** Empty fields for a new person: the RQTH status starts as "undisclosed", as the use case records it. */
    void clear() {
        Typed typed = new Typed();
        typed.disability = DisabilityStatus.UNDISCLOSED;
        binder.readBean(typed);
    }

    boolean readable() {
        return DomainForm.readable(binder);
    }

    /**
     * The person as typed. The profile is built here (the port takes it whole) by the domain's own
     * constructor, together with the names and e-mail, so that every mistake is told at once.
     */
    PersonDetails details() {
        Typed typed = new Typed();
        binder.writeBeanAsDraft(typed, true);
        var check = new InputCheck();
        InclusionProfile profile = check.field(() -> new InclusionProfile(typed.gender, typed.dateOfBirth,
                Optional.ofNullable(typed.jobSeekerSince), typed.priorityNeighbourhood, typed.diploma));
        check.field(() -> new PersonName(typed.givenName, typed.familyName));
        check.field(() -> new EmailAddress(typed.email));
        check.complete();
        // No RQTH field shown: nothing is given, and the use case keeps what it recorded.
        Optional<DisabilityStatus> given = healthData ? Optional.ofNullable(typed.disability) : Optional.empty();
        return new PersonDetails(typed.givenName, typed.familyName, typed.email, profile, given);
    }
}

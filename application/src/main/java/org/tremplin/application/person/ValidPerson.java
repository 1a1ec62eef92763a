package org.tremplin.application.person;

import java.util.Optional;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.identity.Permission;
import org.tremplin.application.common.InputCheck;
import org.tremplin.domain.person.DisabilityStatus;
import org.tremplin.domain.person.InclusionProfile;
import org.tremplin.domain.person.PersonName;
import org.tremplin.domain.shared.EmailAddress;
import org.tremplin.domain.shared.Require;

/** {@link PersonDetails} once every field has been checked, together. */
public record ValidPerson(PersonName name, EmailAddress email, InclusionProfile profile,
                          Optional<DisabilityStatus> disability) {

    public static ValidPerson read(PersonDetails details, Actor actor) {
        if (details.disability().isPresent()) {
            actor.require(Permission.READ_HEALTH_DATA);
        }
        var check = new InputCheck();
        String given = check.field(() -> Require.text(details.givenName(), "givenName", PersonName.MAX_LENGTH));
        String family = check.field(() -> Require.text(details.familyName(), "familyName", PersonName.MAX_LENGTH));
        EmailAddress email = check.field(() -> new EmailAddress(details.email()));
        InclusionProfile profile = check.field(() -> Require.present(details.profile(), "profile"));
        check.complete();
        return new ValidPerson(new PersonName(given, family), email, profile, details.disability());
    }

    /** The disability status to record: the one given, else the one already recorded. */
    public DisabilityStatus disabilityOr(DisabilityStatus recorded) {
        return disability.orElse(recorded);
    }
}

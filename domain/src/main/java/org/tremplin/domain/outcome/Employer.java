package org.tremplin.domain.outcome;

import java.util.Optional;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.error.InvalidValueException;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.shared.Require;

/** Who employs a former learner: a partner of the network, or any other organisation named in free text. */
public record Employer(Optional<PartnerId> partnerId, Optional<String> name) {
    public static final int NAME_MAX_LENGTH = 150;

    public Employer {
        Require.present(partnerId, "employerPartnerId");
        name = Require.optionalText(name, "employerName", NAME_MAX_LENGTH);
        if (partnerId.isPresent() == name.isPresent()) {
            throw new InvalidValueException("employer", ErrorCodes.BAD_FORMAT,
                    "an employer is either a partner or a name, not both nor neither");
        }
    }

    public static Employer partner(PartnerId partnerId) {
        return new Employer(Optional.ofNullable(partnerId), Optional.empty());
    }

    public static Employer named(String name) {
        return new Employer(Optional.empty(), Optional.ofNullable(name));
    }
}

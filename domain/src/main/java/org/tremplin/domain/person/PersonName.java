package org.tremplin.domain.person;

import org.tremplin.domain.shared.Require;

/** A person's given and family names, as they write them. */
public record PersonName(String givenName, String familyName) {
    public static final int MAX_LENGTH = 80;

    public PersonName {
        givenName = Require.text(givenName, "givenName", MAX_LENGTH);
        familyName = Require.text(familyName, "familyName", MAX_LENGTH);
    }

    @Override
    public String toString() {
        // Names are personal data: keep them out of logs that print objects.
        return "PersonName[redacted]";
    }
}

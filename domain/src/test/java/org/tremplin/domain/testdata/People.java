package org.tremplin.domain.testdata;

import org.tremplin.domain.person.PersonName;
import org.tremplin.domain.shared.EmailAddress;

/** Names and e-mail addresses of made-up people. */
public final class People {
    private People() {
    }

    public static PersonName name() {
        return new PersonName("Awa", "Diallo");
    }

    public static EmailAddress email() {
        return new EmailAddress("awa.diallo@example.org");
    }

    public static EmailAddress email(String address) {
        return new EmailAddress(address);
    }
}

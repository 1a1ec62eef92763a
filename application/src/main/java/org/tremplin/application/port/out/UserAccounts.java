package org.tremplin.application.port.out;

import java.util.Optional;
import org.tremplin.domain.access.UserAccount;
import org.tremplin.domain.access.UserAccountId;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.domain.shared.EmailAddress;

/** The console's accounts. An account's e-mail address is unique (code {@code account.email-taken}). */
public interface UserAccounts extends Repository<UserAccount, UserAccountId> {
    Optional<UserAccount> findByEmail(EmailAddress email);

    /** By display name, ignoring case and accents, then by id. */
    Page<UserAccount> list(PageRequest page);
}

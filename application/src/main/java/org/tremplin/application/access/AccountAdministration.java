package org.tremplin.application.access;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.tremplin.domain.access.AccountDetails;
import org.tremplin.domain.access.ApiToken;
import org.tremplin.domain.access.ApiTokenId;
import org.tremplin.domain.access.PasswordPolicy;
import org.tremplin.domain.identity.Permission;
import org.tremplin.domain.access.TokenSecret;
import org.tremplin.domain.access.UserAccount;
import org.tremplin.domain.access.UserAccountId;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.domain.school.SchoolId;

/**
 * Inbound port: console accounts. Every method needs {@link Permission#MANAGE_ACCESS} and a
 * network-wide caller, and nobody grants, nor acts on an account holding, more than they hold.
 * Every change names the version it was based on.
 */
public interface AccountAdministration {
    /** A new, enabled account; the password must follow {@link PasswordPolicy}. */
    UserAccount createAccount(AccountDetails details, String initialPassword);

    /** New e-mail address, name, role and schools; the password and the sign-in record stay. */
    UserAccount changeAccount(UserAccountId id, long version, AccountDetails details);

    /** A new password, which also unlocks the account. */
    UserAccount resetPassword(UserAccountId id, long version, String newPassword);

    /** The account can no longer sign in; nothing else changes. */
    UserAccount disableAccount(UserAccountId id, long version);

    UserAccount enableAccount(UserAccountId id, long version);

    UserAccount getAccount(UserAccountId id);

    /** By display name, ignoring case and accents. */
    Page<UserAccount> listAccounts(PageRequest page);
}

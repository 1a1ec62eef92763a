package org.tremplin.application.access;

import java.util.Comparator;
import java.util.Optional;
import org.tremplin.domain.access.UserAccount;
import org.tremplin.domain.access.UserAccountId;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.port.out.UserAccounts;
import org.tremplin.domain.shared.EmailAddress;

final class FakeUserAccounts extends VersionedMap<UserAccount, UserAccountId> implements UserAccounts {
    FakeUserAccounts() {
        super("account", UserAccount::id, UserAccount::version, UserAccount::withVersion, "email", UserAccount::email);
    }

    @Override
    public Optional<UserAccount> findByEmail(EmailAddress email) {
        return findBy(email);
    }

    @Override
    public Page<UserAccount> list(PageRequest page) {
        return page(Comparator.comparing(UserAccount::displayName), page);
    }
}

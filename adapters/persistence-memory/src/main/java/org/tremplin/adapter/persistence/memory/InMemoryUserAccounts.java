package org.tremplin.adapter.persistence.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tremplin.domain.access.UserAccount;
import org.tremplin.domain.access.UserAccountId;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.port.out.UserAccounts;
import org.tremplin.domain.shared.EmailAddress;

public final class InMemoryUserAccounts extends InMemoryRepository<UserAccount, UserAccountId> implements UserAccounts {
    public InMemoryUserAccounts(InMemoryTransactions transactions) {
        super(new InMemoryRecords<>(new RecordShape<>("account", UserAccount::id, UserAccount::version,
                UserAccount::withVersion, List.of(new UniqueKey<>("email", account -> Optional.of(account.email())))),
                transactions));
    }

    @Override
    public Optional<UserAccount> findByEmail(EmailAddress email) {
        return records.matching(account -> account.email().equals(email)).stream().findFirst();
    }

    @Override
    public Page<UserAccount> list(PageRequest page) {
        Comparator<UserAccount> byName = Orderings.text(UserAccount::displayName);
        return records.page(Optional.empty(), account -> true,
                Orderings.thenById(byName, account -> account.id().value()), page);
    }
}

package org.tremplin.adapter.persistence.jdbc.access;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tremplin.adapter.persistence.jdbc.support.Sql;
import org.tremplin.adapter.persistence.jdbc.support.SqlListQuery;
import org.tremplin.adapter.persistence.jdbc.support.UnitOfWork;
import org.tremplin.adapter.persistence.jdbc.support.UtcDateTimes;
import org.tremplin.adapter.persistence.jdbc.support.RowTable;
import org.tremplin.domain.identity.Role;
import org.tremplin.domain.access.UserAccount;
import org.tremplin.domain.access.UserAccountId;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.port.out.UserAccounts;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.shared.EmailAddress;

/** Console accounts, with their schools in {@code user_account_school}. */
@Singleton
// Accounts and tokens have no "updated since" list: the change time VersionedTable passes is not kept.
public final class JdbcUserAccounts extends RowTable<UserAccount, UserAccountId, UserAccountRow> implements UserAccounts {
    private final SchoolScopes schools;

    JdbcUserAccounts(UserAccountRows rows, Sql sql, UnitOfWork unitOfWork, Clock clock) {
        super(rows, sql, unitOfWork, clock, "user_account", "account", UserAccount::id, UserAccount::version,
                UserAccount::withVersion);
        this.schools = new SchoolScopes(sql, "user_account_school", "account_id");
    }

    @Override
    public Optional<UserAccount> findByEmail(EmailAddress email) {
        return select("SELECT id FROM user_account WHERE email = ?", email.value()).stream().findFirst();
    }

    @Override
    public Page<UserAccount> list(PageRequest page) {
        return page(new SqlListQuery("user_account a", "a.id").orderBy("a.display_name", true), page);
    }

    @Override
    protected void insert(List<UserAccount> accounts, String updatedAt) {
        super.insert(accounts, updatedAt);
        schools.insert(accounts, account -> account.id().toString(), UserAccount::schools);
    }

    @Override
    protected void update(UserAccount account, String updatedAt) {
        super.update(account, updatedAt);
        schools.replace(account.id().toString(), account.schools());
    }

    @Override
    protected List<UserAccount> records(List<UserAccountRow> found) {
        Map<String, Optional<Set<SchoolId>>> scopes =
                schools.load(found, UserAccountRow::id, UserAccountRow::networkWide);
        return found.stream().map(row -> new UserAccount(UserAccountId.parse(row.id()), row.version(),
                new EmailAddress(row.email()), row.displayName(), Role.valueOf(row.role()), scopes.get(row.id()),
                row.passwordHash(), row.failedSignIns(), Optional.ofNullable(UtcDateTimes.instant(row.lockedUntil())),
                row.enabled())).toList();
    }

    @Override
    protected UserAccountRow row(UserAccount account, String updatedAt) {
        return new UserAccountRow(account.id().toString(), account.version(), account.email().value(),
                account.displayName(), account.role().name(), account.schools().isEmpty(), account.passwordHash(),
                account.failedSignIns(), account.lockedUntil().map(UtcDateTimes::text).orElse(null),
                account.enabled());
    }
}

package org.tremplin.adapter.persistence.jdbc.access;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tremplin.adapter.persistence.jdbc.support.Sql;
import org.tremplin.adapter.persistence.jdbc.support.SqlListQuery;
import org.tremplin.adapter.persistence.jdbc.support.UnitOfWork;
import org.tremplin.adapter.persistence.jdbc.support.UtcDateTimes;
import org.tremplin.adapter.persistence.jdbc.support.VersionedTable;
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
public final class JdbcUserAccounts extends VersionedTable<UserAccount, UserAccountId> implements UserAccounts {
    private final UserAccountRows rows;
    private final SchoolScopes schools;

    JdbcUserAccounts(UserAccountRows rows, Sql sql, UnitOfWork unitOfWork, Clock clock) {
        super(sql, unitOfWork, clock, "user_account", "account", UserAccount::id, UserAccount::version,
                UserAccount::withVersion);
        this.rows = rows;
        this.schools = new SchoolScopes(sql, "user_account_school", "account_id");
    }

    @Override
    public Optional<UserAccount> findByEmail(EmailAddress email) {
        return read(() -> load(sql.query("SELECT id FROM user_account WHERE email = ?", List.of(email.value()),
                row -> row.getString(1))).stream().findFirst());
    }

    @Override
    public Page<UserAccount> list(PageRequest page) {
        return page(new SqlListQuery("user_account a", "a.id").orderBy("a.display_name", true), page);
    }

    @Override
    protected void insert(List<UserAccount> accounts, String updatedAt) {
        rows.saveAll(accounts.stream().map(JdbcUserAccounts::row).toList());
        schools.insert(accounts.stream().collect(Collectors.toMap(account -> account.id().toString(),
                UserAccount::schools)));
    }

    @Override
    protected void update(UserAccount account, String updatedAt) {
        rows.update(row(account));
        schools.replace(account.id().toString(), account.schools());
    }

    @Override
    protected List<UserAccount> load(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<UserAccountRow> found = rows.findByIdIn(ids);
        Set<String> networkWide = found.stream().filter(UserAccountRow::networkWide).map(UserAccountRow::id)
                .collect(Collectors.toSet());
        Map<String, Optional<Set<SchoolId>>> scopes =
                schools.load(found.stream().map(UserAccountRow::id).toList(), networkWide);
        return found.stream().map(row -> new UserAccount(UserAccountId.parse(row.id()), row.version(),
                new EmailAddress(row.email()), row.displayName(), Role.valueOf(row.role()), scopes.get(row.id()),
                row.passwordHash(), row.failedSignIns(), Optional.ofNullable(UtcDateTimes.instant(row.lockedUntil())),
                row.enabled())).toList();
    }

    private static UserAccountRow row(UserAccount account) {
        return new UserAccountRow(account.id().toString(), account.version(), account.email().value(),
                account.displayName(), account.role().name(), account.schools().isEmpty(), account.passwordHash(),
                account.failedSignIns(), account.lockedUntil().map(UtcDateTimes::text).orElse(null),
                account.enabled());
    }
}

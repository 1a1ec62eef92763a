package org.tremplin.application.access;

import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.tremplin.domain.access.AccountDetails;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.access.PasswordPolicy;
import org.tremplin.domain.identity.Role;
import org.tremplin.domain.identity.SchoolScope;
import org.tremplin.domain.access.UserAccount;
import org.tremplin.domain.access.UserAccountId;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.application.common.InputCheck;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.port.out.PasswordHashing;
import org.tremplin.application.port.out.Schools;
import org.tremplin.application.port.out.UserAccounts;
import org.tremplin.application.support.UseCaseSupport;
import org.tremplin.application.support.VersionedRecords;
import org.tremplin.domain.error.RuleViolationException;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.shared.EmailAddress;
import org.tremplin.domain.shared.Require;

/** Creates, changes, disables and lists console accounts: see {@link AccountAdministration}. */
public final class AccountAdministrationService implements AccountAdministration {
    private static final String ACCOUNT = "account";
    private final UserAccounts accounts;
    private final VersionedRecords<UserAccount, UserAccountId> records;
    private final Schools schools;
    private final PasswordHashing passwordHashing;
    private final UseCaseSupport support;

    public AccountAdministrationService(UserAccounts accounts, Schools schools, PasswordHashing passwordHashing,
                                        UseCaseSupport support) {
        this.accounts = accounts;
        this.records = VersionedRecords.of(support, ACCOUNT, accounts, UserAccount::id, UserAccount::version);
        this.schools = schools;
        this.passwordHashing = passwordHashing;
        this.support = support;
    }

    @Override
    public UserAccount createAccount(AccountDetails details, String initialPassword) {
        Actor actor = AccessRules.administrator(support);
        var check = new InputCheck();
        ValidAccount account = readAccount(details, check);
        check.field(() -> PasswordPolicy.require(initialPassword));
        check.complete();
        AccessRules.requireGrantable(actor, account.role().permissions());
        // Hashing takes a noticeable moment on purpose: it stays outside the transaction.
        String hash = passwordHashing.hash(initialPassword);
        return records.add("account.created", () -> {
            AccessRules.requireSchoolsExist(schools, account.schools());
            return UserAccount.create(new UserAccountId(support.newId()), account.email(), account.displayName(),
                    account.role(), account.schools(), hash);
        });
    }

    @Override
    public UserAccount changeAccount(UserAccountId id, long version, AccountDetails details) {
        Actor actor = AccessRules.administrator(support);
        var check = new InputCheck();
        ValidAccount account = readAccount(details, check);
        check.complete();
        AccessRules.requireGrantable(actor, account.role().permissions());
        return updateAccount(id, version, "account.changed", current -> {
            AccessRules.requireSchoolsExist(schools, account.schools());
            UserAccount changed = current.change(account.email(), account.displayName(), account.role(),
                    account.schools());
            requireAnotherAdministratorUnless(current, changed, "role");
            return changed;
        });
    }

    @Override
    public UserAccount resetPassword(UserAccountId id, long version, String newPassword) {
        AccessRules.administrator(support);
        PasswordPolicy.require(newPassword);
        String hash = passwordHashing.hash(newPassword);
        return updateAccount(id, version, "account.password-reset", current -> current.withPassword(hash));
    }

    @Override
    public UserAccount disableAccount(UserAccountId id, long version) {
        AccessRules.administrator(support);
        return updateAccount(id, version, "account.disabled", current -> {
            UserAccount disabled = current.disable();
            requireAnotherAdministratorUnless(current, disabled, null);
            return disabled;
        });
    }

    @Override
    public UserAccount enableAccount(UserAccountId id, long version) {
        AccessRules.administrator(support);
        return updateAccount(id, version, "account.enabled", UserAccount::enable);
    }

    @Override
    public UserAccount getAccount(UserAccountId id) {
        AccessRules.administrator(support);
        return support.read(() -> records.find(id));
    }

    @Override
    public Page<UserAccount> listAccounts(PageRequest page) {
        AccessRules.administrator(support);
        return support.read(() -> accounts.list(page));
    }

    /**
     * Changes an account the caller may act on: acting on an account that holds more than the
     * caller (resetting its password, say) would be a way to obtain it.
     */
    private UserAccount updateAccount(UserAccountId id, long version, String action, UnaryOperator<UserAccount> change) {
        Actor actor = support.actor();
        return records.change(action, () -> records.find(id), version, current -> {
            AccessRules.requireGrantable(actor, current.role().permissions());
            return change.apply(current);
        });
    }

    /**
     * Refuses a change that takes away the last enabled, network-wide administrator (a caller
     * disabling or demoting themself, typically): the network would be left with nobody able to
     * manage access. Counted inside the change's transaction; accounts are a few dozen.
     */
    private void requireAnotherAdministratorUnless(UserAccount current, UserAccount changed, String field) {
        if (!managesAccess(current) || managesAccess(changed)) {
            return;
        }
        PageRequest page = PageRequest.first(PageRequest.MAX_SIZE);
        Page<UserAccount> seen;
        do {
            seen = accounts.list(page);
            if (seen.items().stream().anyMatch(other -> !other.id().equals(current.id()) && managesAccess(other))) {
                return;
            }
            page = new PageRequest(page.page() + 1, page.size());
        } while (seen.hasNext());
        String message = "the network would be left without an enabled, network-wide administrator";
        throw field == null ? new RuleViolationException(ErrorCodes.LAST_ADMINISTRATOR, message)
                : new RuleViolationException(field, ErrorCodes.LAST_ADMINISTRATOR, message);
    }

    private static boolean managesAccess(UserAccount account) {
        return account.enabled() && account.role() == Role.ADMIN && account.schools().isEmpty();
    }

    private static ValidAccount readAccount(AccountDetails details, InputCheck check) {
        Require.present(details, "details");
        EmailAddress email = check.field(() -> new EmailAddress(details.email()));
        String displayName = check.field(() -> Require.text(details.displayName(), "displayName",
                UserAccount.DISPLAY_NAME_MAX_LENGTH));
        Role role = check.field(() -> Require.present(details.role(), "role"));
        Optional<Set<SchoolId>> scope = check.field(() -> SchoolScope.require(details.schools(), "schools"));
        if (role != null && scope != null) {
            check.field(() -> {
                UserAccount.requireScopeFitsRole(role, scope);
                return scope;
            });
        }
        return new ValidAccount(email, displayName, role, scope);
    }

    /** {@link AccountDetails} once read; a field left null here has a violation recorded in the check. */
    private record ValidAccount(EmailAddress email, String displayName, Role role, Optional<Set<SchoolId>> schools) {
    }
}

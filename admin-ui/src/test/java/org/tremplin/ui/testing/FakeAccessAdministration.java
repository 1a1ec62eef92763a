package org.tremplin.ui.testing;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.tremplin.application.access.AccountAdministration;
import org.tremplin.application.access.IssuedApiToken;
import org.tremplin.application.access.TokenAdministration;
import org.tremplin.application.common.InputCheck;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.domain.access.AccountDetails;
import org.tremplin.domain.access.ApiToken;
import org.tremplin.domain.access.ApiTokenId;
import org.tremplin.domain.access.PasswordPolicy;
import org.tremplin.domain.access.TokenSecret;
import org.tremplin.domain.access.UserAccount;
import org.tremplin.domain.access.UserAccountId;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.error.RuleViolationException;
import org.tremplin.domain.identity.Permission;
import org.tremplin.domain.identity.Role;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.shared.EmailAddress;
import org.tremplin.domain.shared.Require;

/**
 * Accounts and tokens in lists, listed as the port promises (accounts by name, tokens newest
 * first). Values go through the domain's own constructors and the password policy, changes name
 * the version they were based on; the password "hash" is a fixed marker, never the password.
 */
public final class FakeAccessAdministration implements AccountAdministration, TokenAdministration {
    public static final String HASH = "$fake$hash-never-shown";
    private final FakeRecords<UserAccount, UserAccountId> accounts =
            new FakeRecords<>("account", UserAccount::id, UserAccount::version, UserAccount::withVersion);
    private final FakeRecords<ApiToken, ApiTokenId> tokens =
            new FakeRecords<>("token", ApiToken::id, ApiToken::version, ApiToken::withVersion);
    private final SecureRandom random = new SecureRandom();
    public final List<String> secretsIssued = new ArrayList<>();

    public FakeAccessAdministration account(String email, String name, Role role) {
        accounts.add(UserAccount.create(new UserAccountId(UUID.randomUUID()), new EmailAddress(email), name, role,
                Optional.empty(), HASH));
        return this;
    }

    @Override
    public IssuedApiToken issueToken(String name, Set<Permission> scopes, Optional<Set<SchoolId>> schools,
                                     Instant expiresAt) {
        TokenSecret secret = TokenSecret.generate(random);
        ApiToken token = ApiToken.issue(new ApiTokenId(UUID.randomUUID()), name, scopes, schools, secret,
                Instant.now(), "account-admin", expiresAt);
        tokens.add(token);
        secretsIssued.add(secret.value());
        return new IssuedApiToken(token, secret.value());
    }

    @Override
    public ApiToken installToken(String name, Set<Permission> scopes, Optional<Set<SchoolId>> schools,
                                 Instant expiresAt, String secret) {
        throw new UnsupportedOperationException("not offered by the console");
    }

    @Override
    public ApiToken revokeToken(ApiTokenId id, long version) {
        return tokens.update(id, version, current -> current.revoke(Instant.now()));
    }

    @Override
    public ApiToken getToken(ApiTokenId id) {
        return tokens.get(id);
    }

    @Override
    public Page<ApiToken> listTokens(PageRequest page) {
        return tokens.page(tokens.stream().sorted(Comparator.comparing(ApiToken::createdAt).reversed()).toList(), page);
    }

    @Override
    public UserAccount createAccount(AccountDetails details, String initialPassword) {
        var check = new InputCheck();
        EmailAddress email = check.field(() -> new EmailAddress(details.email()));
        String name = check.field(() -> Require.text(details.displayName(), "displayName",
                UserAccount.DISPLAY_NAME_MAX_LENGTH));
        Role role = check.field(() -> Require.present(details.role(), "role"));
        check.field(() -> {
            UserAccount.requireScopeFitsRole(details.role(), details.schools());
            return null;
        });
        check.field(() -> PasswordPolicy.require(initialPassword));
        check.complete();
        UserAccount account = UserAccount.create(new UserAccountId(UUID.randomUUID()), email, name, role,
                details.schools(), HASH);
        return accounts.add(account);
    }

    @Override
    public UserAccount changeAccount(UserAccountId id, long version, AccountDetails details) {
        var check = new InputCheck();
        EmailAddress email = check.field(() -> new EmailAddress(details.email()));
        String name = check.field(() -> Require.text(details.displayName(), "displayName",
                UserAccount.DISPLAY_NAME_MAX_LENGTH));
        check.field(() -> Require.present(details.role(), "role"));
        check.complete();
        UserAccount.requireScopeFitsRole(details.role(), details.schools());
        return accounts.update(id, version, account -> keepingAnAdministrator(account,
                account.change(email, name, details.role(), details.schools()), "role"));
    }

    @Override
    public UserAccount resetPassword(UserAccountId id, long version, String newPassword) {
        PasswordPolicy.require(newPassword);
        return accounts.update(id, version, account -> account.withPassword(HASH));
    }

    @Override
    public UserAccount disableAccount(UserAccountId id, long version) {
        return accounts.update(id, version, account -> keepingAnAdministrator(account, account.disable(), null));
    }

    @Override
    public UserAccount enableAccount(UserAccountId id, long version) {
        return accounts.update(id, version, UserAccount::enable);
    }

    @Override
    public UserAccount getAccount(UserAccountId id) {
        return accounts.get(id);
    }

    @Override
    public Page<UserAccount> listAccounts(PageRequest page) {
        return accounts.page(accounts.stream().sorted(Comparator.comparing(UserAccount::displayName)
                .thenComparing(account -> account.id().value())).toList(), page);
    }

    public UserAccount named(String displayName) {
        return accounts.first(account -> account.displayName().equals(displayName));
    }

    public ApiToken token(String name) {
        return tokens.first(token -> token.name().equals(name));
    }

    /** As the use case: the last enabled, network-wide administrator is neither disabled nor demoted. */
    private UserAccount keepingAnAdministrator(UserAccount current, UserAccount changed, String field) {
        boolean anotherRemains = accounts.stream()
                .anyMatch(other -> !other.id().equals(current.id()) && managesAccess(other));
        if (managesAccess(current) && !managesAccess(changed) && !anotherRemains) {
            throw field == null
                    ? new RuleViolationException(ErrorCodes.LAST_ADMINISTRATOR, "last administrator")
                    : new RuleViolationException(field, ErrorCodes.LAST_ADMINISTRATOR,
                            "last administrator");
        }
        return changed;
    }

    private static boolean managesAccess(UserAccount account) {
        return account.enabled() && account.role() == Role.ADMIN && account.schools().isEmpty();
    }
}

package org.tremplin.application.access;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.tremplin.domain.access.AccountDetails;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.access.ApiToken;
import org.tremplin.domain.access.ApiTokenId;
import org.tremplin.domain.access.PasswordPolicy;
import org.tremplin.domain.identity.Permission;
import org.tremplin.domain.identity.Role;
import org.tremplin.domain.identity.SchoolScope;
import org.tremplin.domain.access.TokenSecret;
import org.tremplin.domain.access.UserAccount;
import org.tremplin.domain.access.UserAccountId;
import org.tremplin.domain.error.ForbiddenException;
import org.tremplin.application.common.InputCheck;
import org.tremplin.domain.error.NotFoundException;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.port.out.ApiTokens;
import org.tremplin.application.port.out.PasswordHashing;
import org.tremplin.application.port.out.Schools;
import org.tremplin.application.port.out.UserAccounts;
import org.tremplin.application.support.UseCaseSupport;
import org.tremplin.domain.error.RuleViolationException;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.shared.EmailAddress;
import org.tremplin.domain.shared.Require;

public final class AccessAdministrationService implements AccessAdministration {
    /** Granting, or acting on an account that holds, a permission the caller does not hold. */
    public static final String GRANT_EXCEEDS_OWN = "access.grant-exceeds-own";
    /** Disabling or demoting the last enabled, network-wide administrator: nobody could manage access any more. */
    public static final String LAST_ADMINISTRATOR = "account.last-administrator";
    private static final String ACCOUNT = "account";
    private static final String TOKEN = "token";
    private final UserAccounts accounts;
    private final ApiTokens tokens;
    private final Schools schools;
    private final PasswordHashing passwordHashing;
    private final UseCaseSupport support;
    private final SecureRandom random = new SecureRandom();

    public AccessAdministrationService(UserAccounts accounts, ApiTokens tokens, Schools schools,
                                       PasswordHashing passwordHashing, UseCaseSupport support) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.schools = schools;
        this.passwordHashing = passwordHashing;
        this.support = support;
    }

    @Override
    public IssuedApiToken issueToken(String name, Set<Permission> scopes, Optional<Set<SchoolId>> schools,
                                     Instant expiresAt) {
        Actor actor = administrator();
        checkToken(name, scopes, schools, expiresAt, new InputCheck()).complete();
        TokenSecret secret = TokenSecret.generate(random);
        ApiToken token = saveNewToken("token.issued", actor, name, scopes, schools, expiresAt, secret);
        return new IssuedApiToken(token, secret.value());
    }

    @Override
    public ApiToken installToken(String name, Set<Permission> scopes, Optional<Set<SchoolId>> schools,
                                 Instant expiresAt, String secret) {
        Actor actor = administrator();
        InputCheck check = checkToken(name, scopes, schools, expiresAt, new InputCheck());
        TokenSecret chosen = check.field(() -> TokenSecret.chosen(secret));
        check.complete();
        return saveNewToken("token.installed", actor, name, scopes, schools, expiresAt, chosen);
    }

    @Override
    public ApiToken revokeToken(ApiTokenId id, long version) {
        administrator();
        return support.change("token.revoked", TOKEN, () -> {
            ApiToken current = loadToken(id);
            UseCaseSupport.requireVersion(current.version(), version, TOKEN, id);
            return tokens.save(current.revoke(support.now()));
        }, ApiToken::id);
    }

    @Override
    public ApiToken getToken(ApiTokenId id) {
        administrator();
        return support.read(() -> loadToken(id));
    }

    @Override
    public Page<ApiToken> listTokens(PageRequest page) {
        administrator();
        return support.read(() -> tokens.list(page));
    }

    @Override
    public UserAccount createAccount(AccountDetails details, String initialPassword) {
        Actor actor = administrator();
        var check = new InputCheck();
        ValidAccount account = readAccount(details, check);
        check.field(() -> PasswordPolicy.require(initialPassword));
        check.complete();
        requireGrantable(actor, account.role().permissions());
        // Hashing takes a noticeable moment on purpose: it stays outside the transaction.
        String hash = passwordHashing.hash(initialPassword);
        return support.change("account.created", ACCOUNT, () -> {
            requireSchoolsExist(account.schools());
            return accounts.save(UserAccount.create(new UserAccountId(support.newId()), account.email(),
                    account.displayName(), account.role(), account.schools(), hash));
        }, UserAccount::id);
    }

    @Override
    public UserAccount changeAccount(UserAccountId id, long version, AccountDetails details) {
        Actor actor = administrator();
        var check = new InputCheck();
        ValidAccount account = readAccount(details, check);
        check.complete();
        requireGrantable(actor, account.role().permissions());
        return updateAccount(id, version, "account.changed", current -> {
            requireSchoolsExist(account.schools());
            UserAccount changed = current.change(account.email(), account.displayName(), account.role(),
                    account.schools());
            requireAnotherAdministratorUnless(current, changed, "role");
            return changed;
        });
    }

    @Override
    public UserAccount resetPassword(UserAccountId id, long version, String newPassword) {
        administrator();
        PasswordPolicy.require(newPassword);
        String hash = passwordHashing.hash(newPassword);
        return updateAccount(id, version, "account.password-reset", current -> current.withPassword(hash));
    }

    @Override
    public UserAccount disableAccount(UserAccountId id, long version) {
        administrator();
        return updateAccount(id, version, "account.disabled", current -> {
            UserAccount disabled = current.disable();
            requireAnotherAdministratorUnless(current, disabled, null);
            return disabled;
        });
    }

    @Override
    public UserAccount enableAccount(UserAccountId id, long version) {
        administrator();
        return updateAccount(id, version, "account.enabled", UserAccount::enable);
    }

    @Override
    public UserAccount getAccount(UserAccountId id) {
        administrator();
        return support.read(() -> loadAccount(id));
    }

    @Override
    public Page<UserAccount> listAccounts(PageRequest page) {
        administrator();
        return support.read(() -> accounts.list(page));
    }

    /** Access is managed for the whole network: a caller limited to some schools could widen their own reach. */
    private Actor administrator() {
        Actor actor = support.require(Permission.MANAGE_ACCESS);
        actor.requireWholeNetwork();
        return actor;
    }

    private ApiToken saveNewToken(String action, Actor actor, String name, Set<Permission> scopes,
                                  Optional<Set<SchoolId>> schools, Instant expiresAt, TokenSecret secret) {
        requireGrantable(actor, scopes);
        return support.change(action, TOKEN, () -> {
            requireSchoolsExist(schools);
            return tokens.save(ApiToken.issue(new ApiTokenId(support.newId()), name, scopes, schools, secret,
                    support.now(), actor.name(), expiresAt));
        }, ApiToken::id);
    }

    /**
     * Changes an account the caller may act on: acting on an account that holds more than the
     * caller (resetting its password, say) would be a way to obtain it.
     */
    private UserAccount updateAccount(UserAccountId id, long version, String action, UnaryOperator<UserAccount> change) {
        Actor actor = support.actor();
        return support.change(action, ACCOUNT, () -> {
            UserAccount current = loadAccount(id);
            UseCaseSupport.requireVersion(current.version(), version, ACCOUNT, id);
            requireGrantable(actor, current.role().permissions());
            return accounts.save(change.apply(current));
        }, UserAccount::id);
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
        throw field == null ? new RuleViolationException(LAST_ADMINISTRATOR, message)
                : new RuleViolationException(field, LAST_ADMINISTRATOR, message);
    }

    private static boolean managesAccess(UserAccount account) {
        return account.enabled() && account.role() == Role.ADMIN && account.schools().isEmpty();
    }

    private static void requireGrantable(Actor actor, Set<Permission> granted) {
        if (!actor.permissions().containsAll(granted)) {
            throw new ForbiddenException(GRANT_EXCEEDS_OWN, "nobody grants a permission they do not hold");
        }
    }

    private void requireSchoolsExist(Optional<Set<SchoolId>> scope) {
        scope.ifPresent(ids -> ids.forEach(id -> {
            if (schools.findById(id).isEmpty()) {
                throw new NotFoundException("school", id);
            }
        }));
    }

    private ApiToken loadToken(ApiTokenId id) {
        return tokens.findById(id).orElseThrow(() -> new NotFoundException(TOKEN, id));
    }

    private UserAccount loadAccount(UserAccountId id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException(ACCOUNT, id));
    }

    /** Checks every field of a token request at once; the record checks the expiry against its creation. */
    private static InputCheck checkToken(String name, Set<Permission> scopes, Optional<Set<SchoolId>> schools,
                                         Instant expiresAt, InputCheck check) {
        check.field(() -> Require.text(name, "name", ApiToken.NAME_MAX_LENGTH));
        check.field(() -> Require.notEmpty(scopes, "scopes"));
        check.field(() -> SchoolScope.require(schools, "schools"));
        check.field(() -> Require.present(expiresAt, "expiresAt"));
        return check;
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

package org.tremplin.application.access;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.access.ApiToken;
import org.tremplin.domain.access.ApiTokenId;
import org.tremplin.domain.identity.Permission;
import org.tremplin.domain.identity.SchoolScope;
import org.tremplin.domain.access.TokenSecret;
import org.tremplin.application.common.InputCheck;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.port.out.ApiTokens;
import org.tremplin.application.port.out.Schools;
import org.tremplin.application.support.UseCaseSupport;
import org.tremplin.application.support.VersionedRecords;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.shared.Require;

/** Issues, installs, revokes and lists API tokens: see {@link TokenAdministration}. */
public final class TokenAdministrationService implements TokenAdministration {
    private static final String TOKEN = "token";
    private final ApiTokens tokens;
    private final VersionedRecords<ApiToken, ApiTokenId> records;
    private final Schools schools;
    private final UseCaseSupport support;
    private final SecureRandom random = new SecureRandom();

    public TokenAdministrationService(ApiTokens tokens, Schools schools, UseCaseSupport support) {
        this.tokens = tokens;
        this.records = VersionedRecords.of(support, TOKEN, tokens, ApiToken::id, ApiToken::version);
        this.schools = schools;
        this.support = support;
    }

    @Override
    public IssuedApiToken issueToken(String name, Set<Permission> scopes, Optional<Set<SchoolId>> schools,
                                     Instant expiresAt) {
        Actor actor = AccessRules.administrator(support);
        checkToken(name, scopes, schools, expiresAt, new InputCheck()).complete();
        TokenSecret secret = TokenSecret.generate(random);
        ApiToken token = saveNewToken("token.issued", actor, name, scopes, schools, expiresAt, secret);
        return new IssuedApiToken(token, secret.value());
    }

    @Override
    public ApiToken installToken(String name, Set<Permission> scopes, Optional<Set<SchoolId>> schools,
                                 Instant expiresAt, String secret) {
        Actor actor = AccessRules.administrator(support);
        InputCheck check = checkToken(name, scopes, schools, expiresAt, new InputCheck());
        TokenSecret chosen = check.field(() -> TokenSecret.chosen(secret));
        check.complete();
        return saveNewToken("token.installed", actor, name, scopes, schools, expiresAt, chosen);
    }

    @Override
    public ApiToken revokeToken(ApiTokenId id, long version) {
        AccessRules.administrator(support);
        return records.change("token.revoked", () -> records.find(id), version,
                current -> current.revoke(support.now()));
    }

    @Override
    public ApiToken getToken(ApiTokenId id) {
        AccessRules.administrator(support);
        return support.read(() -> records.find(id));
    }

    @Override
    public Page<ApiToken> listTokens(PageRequest page) {
        AccessRules.administrator(support);
        return support.read(() -> tokens.list(page));
    }

    private ApiToken saveNewToken(String action, Actor actor, String name, Set<Permission> scopes,
                                  Optional<Set<SchoolId>> scope, Instant expiresAt, TokenSecret secret) {
        AccessRules.requireGrantable(actor, scopes);
        return records.add(action, () -> {
            AccessRules.requireSchoolsExist(schools, scope);
            return ApiToken.issue(new ApiTokenId(support.newId()), name, scopes, scope, secret, support.now(),
                    actor.name(), expiresAt);
        });
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
}

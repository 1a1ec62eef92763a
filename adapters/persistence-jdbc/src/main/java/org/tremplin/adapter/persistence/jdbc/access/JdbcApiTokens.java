package org.tremplin.adapter.persistence.jdbc.access;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tremplin.adapter.persistence.jdbc.support.Sql;
import org.tremplin.adapter.persistence.jdbc.support.SqlListQuery;
import org.tremplin.adapter.persistence.jdbc.support.UnitOfWork;
import org.tremplin.adapter.persistence.jdbc.support.UtcDateTimes;
import org.tremplin.adapter.persistence.jdbc.support.RowTable;
import org.tremplin.domain.access.ApiToken;
import org.tremplin.domain.access.ApiTokenId;
import org.tremplin.domain.identity.Permission;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.port.out.ApiTokens;
import org.tremplin.domain.school.SchoolId;

/** API tokens, with their permissions in {@code api_token_scope} and their schools in {@code api_token_school}. */
@Singleton
// Accounts and tokens have no "updated since" list: the change time VersionedTable passes is not kept.
public final class JdbcApiTokens extends RowTable<ApiToken, ApiTokenId, ApiTokenRow> implements ApiTokens {
    private static final String INSERT_SCOPE = "INSERT INTO api_token_scope (token_id, permission) VALUES (?, ?)";
    private final SchoolScopes schools;

    JdbcApiTokens(ApiTokenRows rows, Sql sql, UnitOfWork unitOfWork, Clock clock) {
        super(rows, sql, unitOfWork, clock, "api_token", "token", ApiToken::id, ApiToken::version, ApiToken::withVersion);
        this.schools = new SchoolScopes(sql, "api_token_school", "token_id");
    }

    @Override
    public Optional<ApiToken> findBySecretHash(String secretHash) {
        return select("SELECT id FROM api_token WHERE secret_hash = ?", secretHash).stream().findFirst();
    }

    @Override
    public Page<ApiToken> list(PageRequest page) {
        return page(new SqlListQuery("api_token t", "t.id").orderBy("t.created_at", false), page);
    }

    @Override
    protected void insert(List<ApiToken> tokens, String updatedAt) {
        super.insert(tokens, updatedAt);
        sql.batch(INSERT_SCOPE, tokens.stream().flatMap(token -> scopeRows(token).stream()).toList());
        schools.insert(tokens, token -> token.id().toString(), ApiToken::schools);
    }

    @Override
    protected void update(ApiToken token, String updatedAt) {
        super.update(token, updatedAt);
        sql.update("DELETE FROM api_token_scope WHERE token_id = ?", List.of(token.id().toString()));
        sql.batch(INSERT_SCOPE, scopeRows(token));
        schools.replace(token.id().toString(), token.schools());
    }

    @Override
    protected List<ApiToken> records(List<ApiTokenRow> found) {
        Map<String, Optional<Set<SchoolId>>> scopes = schools.load(found, ApiTokenRow::id, ApiTokenRow::networkWide);
        Map<String, Set<Permission>> permissions = permissions(found.stream().map(ApiTokenRow::id).toList());
        return found.stream().map(row -> new ApiToken(ApiTokenId.parse(row.id()), row.version(), row.name(),
                permissions.getOrDefault(row.id(), Set.of()), scopes.get(row.id()), row.secretHash(),
                row.secretPrefix(), UtcDateTimes.instant(row.createdAt()), row.createdBy(),
                UtcDateTimes.instant(row.expiresAt()), Optional.ofNullable(UtcDateTimes.instant(row.revokedAt()))))
                .toList();
    }

    private Map<String, Set<Permission>> permissions(List<String> ids) {
        Map<String, Set<Permission>> permissions = new HashMap<>();
        if (!ids.isEmpty()) {
            sql.query("SELECT token_id, permission FROM api_token_scope WHERE token_id IN (" + Sql.marks(ids.size())
                    + ")", List.copyOf(ids), row -> permissions
                    .computeIfAbsent(row.getString(1), id -> EnumSet.noneOf(Permission.class))
                    .add(Permission.valueOf(row.getString(2))));
        }
        return permissions;
    }

    @Override
    protected ApiTokenRow row(ApiToken token, String updatedAt) {
        return new ApiTokenRow(token.id().toString(), token.version(), token.name(), token.schools().isEmpty(),
                token.secretHash(), token.secretPrefix(), UtcDateTimes.text(token.createdAt()), token.createdBy(),
                UtcDateTimes.text(token.expiresAt()), token.revokedAt().map(UtcDateTimes::text).orElse(null));
    }

    private static List<List<Object>> scopeRows(ApiToken token) {
        return token.scopes().stream().map(scope -> List.<Object>of(token.id().toString(), scope.name())).toList();
    }
}

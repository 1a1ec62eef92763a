package org.tremplin.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.access.ApiToken;
import org.tremplin.domain.access.ApiTokenId;
import org.tremplin.domain.identity.Permission;
import org.tremplin.domain.access.TokenSecret;
import org.tremplin.domain.error.ConflictException;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.port.out.Repository;
import org.tremplin.domain.school.School;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.shared.Identifiers;

public abstract class ApiTokensPortContract extends RepositoryPortContract<ApiToken, ApiTokenId> {
    protected ApiTokensPortContract() {
        super(ApiToken::id, ApiToken::version, ApiToken::withVersion);
    }

    /** In the hour that Paris skips in spring: a time zone slipping in anywhere would move it. */
    private static final Instant IN_THE_SPRING_GAP = Instant.parse("2026-03-29T02:30:15.123456Z");

    @Override
    protected Repository<ApiToken, ApiTokenId> repository() {
        return ports.apiTokens();
    }

    @Override
    protected ApiToken newRecord() {
        return token("Intégration " + data.next(), IN_THE_SPRING_GAP, EnumSet.of(Permission.READ_NETWORK),
                Optional.empty());
    }

    @Override
    protected ApiToken changed(ApiToken token) {
        return token.revoke(token.createdAt().plusSeconds(60));
    }

    @Test
    void keeps_every_field() {
        School castelnau = data.savedSchool();
        School lille = data.savedSchool();
        ApiToken scoped = token("Tableau de bord Région", IN_THE_SPRING_GAP,
                EnumSet.of(Permission.READ_NETWORK, Permission.READ_FUNDING, Permission.READ_INDICATORS),
                Optional.of(Set.of(castelnau.id(), lille.id())));
        ApiToken revoked = token("Ancien ETL", IN_THE_SPRING_GAP.minus(Duration.ofDays(30)),
                EnumSet.allOf(Permission.class), Optional.empty()).revoke(IN_THE_SPRING_GAP);

        ports.apiTokens().saveAll(List.of(scoped, revoked));

        ApiToken read = ports.apiTokens().findById(scoped.id()).orElseThrow();
        assertThat(read).isEqualTo(scoped.withVersion(1));
        assertThat(read.createdAt()).isEqualTo(IN_THE_SPRING_GAP);
        assertThat(ports.apiTokens().findById(revoked.id())).contains(revoked.withVersion(1));
        assertThat(ports.apiTokens().findById(revoked.id()).orElseThrow().revokedAt()).contains(IN_THE_SPRING_GAP);
    }

    @Test
    void a_secret_hash_belongs_to_one_token_and_finds_it() {
        ApiToken token = ports.apiTokens().save(newRecord());
        ApiToken sameSecret = new ApiToken(new ApiTokenId(ContractTestData.newId()), 0, "Copy", token.scopes(),
                token.schools(), token.secretHash(), token.secretPrefix(), token.createdAt(), "account:copy",
                token.expiresAt(), Optional.empty());

        assertThatThrownBy(() -> ports.apiTokens().save(sameSecret)).isInstanceOfSatisfying(ConflictException.class,
                conflict -> assertThat(conflict.code()).isEqualTo("token.secret-taken"));
        assertThat(ports.apiTokens().findBySecretHash(token.secretHash())).contains(token);
        assertThat(ports.apiTokens().findBySecretHash(TokenSecret.hashOf("no token has this secret, none at all")))
                .isEmpty();
        assertThat(ports.apiTokens().count()).isEqualTo(1);
    }

    @Test
    void lists_newest_first_with_totals() {
        Instant start = Instant.parse("2025-01-06T08:00:00Z");
        ApiToken oldest = ports.apiTokens().save(token("A", start, EnumSet.of(Permission.READ_NETWORK), Optional.empty()));
        ApiToken newest = ports.apiTokens().save(token("B", start.plus(Duration.ofDays(2)),
                EnumSet.of(Permission.READ_NETWORK), Optional.empty()));
        ApiToken middle = ports.apiTokens().save(token("C", start.plus(Duration.ofDays(1)),
                EnumSet.of(Permission.READ_NETWORK), Optional.empty()).revoke(start.plus(Duration.ofDays(3))));

        Page<ApiToken> first = ports.apiTokens().list(new PageRequest(0, 2));
        Page<ApiToken> second = ports.apiTokens().list(new PageRequest(1, 2));

        assertThat(first.items()).containsExactly(newest, middle);
        assertThat(first.totalItems()).isEqualTo(3);
        assertThat(second.items()).containsExactly(oldest);
    }

    @Test
    void tokens_created_at_the_same_instant_are_ordered_by_id() {
        List<ApiToken> twins = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            twins.add(ports.apiTokens().save(token("Twin " + i, IN_THE_SPRING_GAP, EnumSet.of(Permission.READ_NETWORK),
                    Optional.empty())));
        }
        twins.sort(Comparator.comparing(token -> token.id().value(), Identifiers.ORDER));

        List<ApiToken> pages = new ArrayList<>();
        pages.addAll(ports.apiTokens().list(new PageRequest(0, 3)).items());
        pages.addAll(ports.apiTokens().list(new PageRequest(1, 3)).items());

        assertThat(pages).containsExactlyElementsOf(twins);
    }

    private ApiToken token(String name, Instant createdAt, Set<Permission> scopes, Optional<Set<SchoolId>> schools) {
        TokenSecret secret = TokenSecret.chosen("trp_contract_" + ContractTestData.newId());
        return ApiToken.issue(new ApiTokenId(ContractTestData.newId()), name, scopes, schools, secret, createdAt,
                "account:" + ContractTestData.newId(), createdAt.plus(Duration.ofDays(365)));
    }

    /** Accounts and tokens are listed for administrators only, without an "updated since" filter. */
    @Override
    protected Optional<List<ApiToken>> listUpdatedSince(Instant since) {
        return Optional.empty();
    }
}

package org.tremplin.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.identity.Role;
import org.tremplin.domain.access.UserAccount;
import org.tremplin.domain.access.UserAccountId;
import org.tremplin.domain.error.ConflictException;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.port.out.Repository;
import org.tremplin.domain.school.School;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.shared.EmailAddress;
import org.tremplin.domain.shared.Identifiers;

public abstract class UserAccountsPortContract extends RepositoryPortContract<UserAccount, UserAccountId> {
    protected UserAccountsPortContract() {
        super(UserAccount::id, UserAccount::version, UserAccount::withVersion);
    }

    /** In the hour that Paris skips in spring: a time zone slipping in anywhere would move it. */
    private static final Instant IN_THE_SPRING_GAP = Instant.parse("2026-03-29T02:30:15.123456Z");

    @Override
    protected Repository<UserAccount, UserAccountId> repository() {
        return ports.userAccounts();
    }

    @Override
    protected UserAccount newRecord() {
        return account("Camille Admin " + data.next(), Role.ADMIN, Optional.empty());
    }

    @Override
    protected UserAccount changed(UserAccount account) {
        return account.signInFailed(IN_THE_SPRING_GAP);
    }

    @Test
    void keeps_every_field() {
        School castelnau = data.savedSchool();
        School lille = data.savedSchool();
        UserAccount locked = account("Élodie Directrice", Role.SCHOOL_MANAGER,
                Optional.of(Set.of(castelnau.id(), lille.id())));
        for (int i = 0; i < UserAccount.MAX_FAILED_SIGN_INS; i++) {
            locked = locked.signInFailed(IN_THE_SPRING_GAP);
        }
        UserAccount disabled = account("Financeur Région", Role.FUNDER_VIEWER, Optional.empty()).disable();

        ports.userAccounts().saveAll(List.of(locked, disabled));

        UserAccount read = ports.userAccounts().findById(locked.id()).orElseThrow();
        assertThat(read).isEqualTo(locked.withVersion(1));
        assertThat(read.lockedUntil()).contains(IN_THE_SPRING_GAP.plus(UserAccount.LOCK_DURATION));
        assertThat(read.passwordHash()).isEqualTo(locked.passwordHash());
        assertThat(ports.userAccounts().findById(disabled.id())).contains(disabled.withVersion(1));
    }

    @Test
    void an_update_replaces_the_schools_and_can_widen_to_the_whole_network() {
        School first = data.savedSchool();
        School second = data.savedSchool();
        UserAccount manager = ports.userAccounts().save(account("Directeur", Role.SCHOOL_MANAGER,
                Optional.of(Set.of(first.id()))));

        UserAccount moved = ports.userAccounts().save(manager.change(manager.email(), manager.displayName(),
                Role.SCHOOL_MANAGER, Optional.of(Set.of(second.id()))));
        UserAccount promoted = ports.userAccounts().save(moved.change(moved.email(), "Directeur réseau", Role.ADMIN,
                Optional.empty()));

        assertThat(moved.schools()).contains(Set.of(second.id()));
        assertThat(ports.userAccounts().findById(manager.id())).contains(promoted);
        assertThat(promoted.schools()).isEmpty();
    }

    @Test
    void an_email_address_belongs_to_one_account_and_finds_it() {
        UserAccount account = ports.userAccounts().save(newRecord());
        UserAccount sameEmail = account("Someone Else", Role.ADMIN, Optional.empty())
                .change(new EmailAddress(account.email().value().toUpperCase()), "Someone Else", Role.ADMIN,
                        Optional.empty());

        assertThatThrownBy(() -> ports.userAccounts().save(sameEmail)).isInstanceOfSatisfying(ConflictException.class,
                conflict -> {
                    assertThat(conflict.code()).isEqualTo("account.email-taken");
                    assertThat(conflict.field()).contains("email");
                    assertThat(conflict.getMessage()).doesNotContain(account.email().value());
                });
        assertThat(ports.userAccounts().findByEmail(account.email())).contains(account);
        assertThat(ports.userAccounts().findByEmail(new EmailAddress("nobody@example.org"))).isEmpty();
        assertThat(ports.userAccounts().count()).isEqualTo(1);
    }

    @Test
    void an_email_address_is_found_exactly_not_by_a_look_alike() {
        UserAccount jose = ports.userAccounts().save(newRecord().change(new EmailAddress("josé@example.org"), "José",
                Role.ADMIN, Optional.empty()));

        assertThat(ports.userAccounts().findByEmail(new EmailAddress("JOSÉ@example.org"))).contains(jose);
        assertThat(ports.userAccounts().findByEmail(new EmailAddress("jose@example.org"))).isEmpty();
    }

    @Test
    void lists_by_display_name_ignoring_case_and_accents_with_totals() {
        UserAccount emile = ports.userAccounts().save(account("Émile", Role.ADMIN, Optional.empty()));
        UserAccount anna = ports.userAccounts().save(account("anna", Role.ADMIN, Optional.empty()));
        UserAccount zoe = ports.userAccounts().save(account("Zoé", Role.FUNDER_VIEWER, Optional.empty()));
        UserAccount bruno = ports.userAccounts().save(account("Bruno", Role.ADMIN, Optional.empty()));

        Page<UserAccount> first = ports.userAccounts().list(new PageRequest(0, 3));
        Page<UserAccount> second = ports.userAccounts().list(new PageRequest(1, 3));

        assertThat(first.items()).containsExactly(anna, bruno, emile);
        assertThat(first.totalItems()).isEqualTo(4);
        assertThat(first.hasNext()).isTrue();
        assertThat(second.items()).containsExactly(zoe);
        assertThat(second.hasNext()).isFalse();
    }

    @Test
    void equal_display_names_are_ordered_by_id() {
        List<UserAccount> twins = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            twins.add(ports.userAccounts().save(account("Dominique", Role.ADMIN, Optional.empty())));
        }
        twins.sort(Comparator.comparing(account -> account.id().value(), Identifiers.ORDER));

        List<UserAccount> pages = new ArrayList<>();
        pages.addAll(ports.userAccounts().list(new PageRequest(0, 3)).items());
        pages.addAll(ports.userAccounts().list(new PageRequest(1, 3)).items());

        assertThat(pages).containsExactlyElementsOf(twins);
    }

    private UserAccount account(String displayName, Role role, Optional<Set<SchoolId>> schools) {
        return UserAccount.create(new UserAccountId(ContractTestData.newId()),
                new EmailAddress("account" + data.next() + "@example.org"), displayName, role, schools,
                "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$" + data.next());
    }

    /** Accounts and tokens are listed for administrators only, without an "updated since" filter. */
    @Override
    protected Optional<List<UserAccount>> listUpdatedSince(Instant since) {
        return Optional.empty();
    }
}

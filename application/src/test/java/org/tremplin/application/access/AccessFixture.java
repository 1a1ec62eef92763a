package org.tremplin.application.access;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.tremplin.domain.access.AccountDetails;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.identity.Role;
import org.tremplin.domain.access.UserAccount;
import org.tremplin.application.contract.FastPasswordHashingForTests;
import org.tremplin.application.port.out.AuditEntry;
import org.tremplin.application.port.out.AuditTrail;
import org.tremplin.application.port.out.RecordedChange;
import org.tremplin.application.port.out.PasswordHashing;
import org.tremplin.application.port.out.Transactions;
import org.tremplin.application.support.UseCaseSupport;

/** Both access use cases over fakes, with a clock, a caller and an audit trail the test can see. */
final class AccessFixture {
    static final Instant START = Instant.parse("2026-01-12T09:00:00Z");

    final MutableClock clock = new MutableClock(START);
    final FakeUserAccounts accounts = new FakeUserAccounts();
    final FakeApiTokens tokens = new FakeApiTokens();
    final FakeSchools schools = new FakeSchools();
    final CountingPasswordHashing hashing = new CountingPasswordHashing();
    final List<AuditEntry> audit = new ArrayList<>();
    private Actor caller = Actor.anonymous();

    private final UseCaseSupport support = new UseCaseSupport(() -> caller, new DirectTransactions(),
            new ListAuditTrail(audit), clock, UUID::randomUUID);
    final AccountAdministration accountAdministration =
            new AccountAdministrationService(accounts, schools, hashing, support);
    final TokenAdministration tokenAdministration = new TokenAdministrationService(tokens, schools, support);
    final Authentication authentication = new AuthenticationService(accounts, tokens, hashing, support);

    <T> T as(Actor actor, Supplier<T> work) {
        Actor previous = caller;
        caller = actor;
        try {
            return work.get();
        } finally {
            caller = previous;
        }
    }

    /** An account with this password, created by the system. */
    UserAccount account(String email, Role role, String password) {
        return as(Actor.system(), () -> accountAdministration.createAccount(new AccountDetails(email, "Camille Martin", role,
                role == Role.SCHOOL_MANAGER ? Optional.of(Set.of(schools.add())) : Optional.empty()),
                password));
    }

    /** Counts the checks, so that a test can see that a refusal still hashed something. */
    static final class CountingPasswordHashing implements PasswordHashing {
        private final PasswordHashing real = new FastPasswordHashingForTests();
        final AtomicInteger checks = new AtomicInteger();

        @Override
        public String hash(String password) {
            return real.hash(password);
        }

        @Override
        public boolean matches(String password, String hash) {
            checks.incrementAndGet();
            return real.matches(password, hash);
        }
    }

    private static final class DirectTransactions implements Transactions {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    }

    private record ListAuditTrail(List<AuditEntry> entries) implements AuditTrail {
        @Override
        public void record(AuditEntry entry) {
            entries.add(entry);
        }

        @Override
        public List<AuditEntry> since(Instant since, int limit) {
            return entries.stream().filter(entry -> !entry.at().isBefore(since)).limit(limit).toList();
        }

        @Override
        public List<RecordedChange> after(long sequence, int limit) {
            List<RecordedChange> changes = new java.util.ArrayList<>();
            for (int index = (int) sequence; index < entries.size() && changes.size() < limit; index++) {
                changes.add(new RecordedChange(index + 1, entries.get(index)));
            }
            return changes;
        }
    }
}

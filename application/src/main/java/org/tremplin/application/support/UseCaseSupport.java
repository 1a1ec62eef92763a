package org.tremplin.application.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.identity.Permission;
import org.tremplin.application.port.out.AuditEntry;
import org.tremplin.application.port.out.AuditTrail;
import org.tremplin.application.port.out.CurrentActor;
import org.tremplin.application.port.out.IdGenerator;
import org.tremplin.application.port.out.Transactions;

/** The outbound ports every use case needs, bundled so that constructors list only what differs. */
public final class UseCaseSupport {
    private final CurrentActor currentActor;
    private final Transactions transactions;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final IdGenerator ids;

    public UseCaseSupport(CurrentActor currentActor, Transactions transactions, AuditTrail auditTrail, Clock clock,
                          IdGenerator ids) {
        this.currentActor = Objects.requireNonNull(currentActor);
        this.transactions = Objects.requireNonNull(transactions);
        this.auditTrail = Objects.requireNonNull(auditTrail);
        this.clock = Objects.requireNonNull(clock);
        this.ids = Objects.requireNonNull(ids);
    }

    public Actor actor() {
        return currentActor.get();
    }

    /** The caller, after checking they hold {@code permission}. */
    public Actor require(Permission permission) {
        Actor actor = actor();
        actor.require(permission);
        return actor;
    }

    /** Runs {@code work} in one transaction and records it in the audit trail as {@code action}. */
    public <T> T change(String action, String recordType, Supplier<T> work, Function<T, Object> idOf) {
        return changeAs(actor(), action, recordType, work, idOf);
    }

    /**
     * Like {@link #change}, recorded in the name of {@code actor} rather than of the caller: for
     * work that happens before anyone is identified, such as counting a failed sign-in.
     */
    public <T> T changeAs(Actor actor, String action, String recordType, Supplier<T> work, Function<T, Object> idOf) {
        Objects.requireNonNull(actor, "actor");
        return transactions.inTransaction(() -> {
            T result = work.get();
            auditTrail.record(new AuditEntry(clock.instant(), actor.name(), action, recordType,
                    String.valueOf(idOf.apply(result))));
            return result;
        });
    }

    /**
     * Records that the unit of work under way also changed another record, under its own type and
     * id: a use case that changes several records leaves one entry per record, so that a reader of
     * the trail learns of each of them.
     */
    public void audit(String action, String recordType, Object recordId) {
        transactions.run(() -> auditTrail.record(new AuditEntry(clock.instant(), actor().name(), action, recordType,
                String.valueOf(recordId))));
    }

    /**
     * Runs {@code work} in one read-only transaction: a consistent view of the records, in which
     * any write is refused.
     */
    public <T> T read(Supplier<T> work) {
        return transactions.inReadOnlyTransaction(work);
    }

    /**
     * Reads on behalf of the caller, once they hold {@code permission}: {@code work} is handed the
     * caller, so that it reads no further than their schools.
     */
    public <T> T readWith(Permission permission, Function<Actor, T> work) {
        Actor actor = require(permission);
        return read(() -> work.apply(actor));
    }

    /**
     * Runs several changes as one unit of work: each is audited by its own {@link #change} (which
     * joins this transaction), and they land together or not at all.
     */
    public void inOneTransaction(Runnable changes) {
        transactions.run(changes);
    }

    /**
     * Runs {@code work} in one transaction and records nothing in the audit trail: for bookkeeping
     * that is no record of the network (idempotency keys, say), which the trail must not announce.
     */
    public <T> T writeWithoutAudit(Supplier<T> work) {
        return transactions.inTransaction(work);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Instant now() {
        return clock.instant();
    }

    public UUID newId() {
        return ids.next();
    }
}

package org.tremplin.application.testing;

import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.tremplin.domain.identity.Actor;
import org.tremplin.application.contract.AdjustableClock;
import org.tremplin.application.port.out.CurrentActor;
import org.tremplin.application.port.out.Transactions;
import org.tremplin.application.support.UseCaseSupport;

/**
 * What a use case needs around it in a unit test: a caller the test chooses, a clock it moves,
 * an audit trail it reads, and units of work that simply run (the adapters' contract tests prove
 * the real ones).
 */
public final class TestUseCases {
    private final AdjustableClock clock = new AdjustableClock();
    private final ListAuditTrail auditTrail = new ListAuditTrail();
    private Actor actor = Actor.system();
    private final UseCaseSupport support;

    public TestUseCases() {
        CurrentActor currentActor = () -> actor;
        Transactions direct = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        };
        support = new UseCaseSupport(currentActor, direct, auditTrail, clock, UUID::randomUUID);
    }

    public UseCaseSupport support() {
        return support;
    }

    public AdjustableClock clock() {
        return clock;
    }

    public ListAuditTrail auditTrail() {
        return auditTrail;
    }

    /** Who calls from now on. */
    public void callAs(Actor caller) {
        actor = Objects.requireNonNull(caller);
    }
}

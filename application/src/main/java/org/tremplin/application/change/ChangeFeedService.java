package org.tremplin.application.change;

import static java.util.Map.entry;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.identity.Permission;
import org.tremplin.domain.error.ForbiddenException;
import org.tremplin.application.common.InputCheck;
import org.tremplin.application.port.out.AuditEntry;
import org.tremplin.application.port.out.AuditTrail;
import org.tremplin.application.port.out.RecordedChange;
import org.tremplin.application.support.UseCaseSupport;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.error.FieldViolation;
import org.tremplin.domain.shared.Require;

/**
 * The change feed, read from the audit trail.
 *
 * <p>Entries younger than the <em>settle delay</em> are held back, and a page stops at the first
 * of them. The trail numbers an entry when it is written, not when its unit of work commits: a
 * transaction that commits later than another can hold a smaller sequence, and becomes visible
 * only after the other's entries. A reader whose cursor had already passed that sequence would
 * never see it. Waiting until entries are older than the delay (measured with the same clock that
 * stamps them) lets every unit of work that took its sequence earlier commit first, as long as none
 * stays open longer than the delay: units of work last milliseconds, the delay is
 * {@link #DEFAULT_SETTLE_DELAY} unless told otherwise, and clock differences between the processes
 * writing the trail eat into it.
 *
 * @see "docs/adr/0006-change-tracking.md"
 */
public final class ChangeFeedService implements ChangeFeed {
    public static final Duration DEFAULT_SETTLE_DELAY = Duration.ofSeconds(5);

    /**
     * The permission that lets a caller see changes of each record type, as the use cases name the
     * types in the audit trail. A type missing here is shown to nobody.
     */
    private static final Map<String, Permission> READ_PERMISSIONS = Map.ofEntries(
            entry("school", Permission.READ_NETWORK),
            entry("programme", Permission.READ_NETWORK),
            entry("cohort", Permission.READ_NETWORK),
            entry("partner", Permission.READ_NETWORK),
            entry("applicant", Permission.READ_PERSONAL_DATA),
            entry("learner", Permission.READ_PERSONAL_DATA),
            entry("funding-commitment", Permission.READ_FUNDING),
            entry("parity-rule", Permission.READ_FUNDING),
            entry("work-study-contract", Permission.READ_CONTRACTS),
            entry("employment-outcome", Permission.READ_OUTCOMES));

    private final AuditTrail auditTrail;
    private final UseCaseSupport support;
    private final Duration settleDelay;

    public ChangeFeedService(AuditTrail auditTrail, UseCaseSupport support) {
        this(auditTrail, support, DEFAULT_SETTLE_DELAY);
    }

    public ChangeFeedService(AuditTrail auditTrail, UseCaseSupport support, Duration settleDelay) {
        this.auditTrail = Objects.requireNonNull(auditTrail);
        this.support = Objects.requireNonNull(support);
        if (settleDelay.isNegative()) {
            throw new IllegalArgumentException("the settle delay cannot be negative");
        }
        this.settleDelay = settleDelay;
    }

    /** The permission needed to see changes of {@code recordType}; empty for a type the feed shows nobody. */
    public static Optional<Permission> permissionToRead(String recordType) {
        return Optional.ofNullable(READ_PERMISSIONS.get(recordType));
    }

    @Override
    public ChangePage changesAfter(long cursor, int limit) {
        Actor actor = support.actor();
        Set<String> readable = readableTypes(actor);
        // A caller limited to some schools would see ids of other schools' records: the feed is network-wide.
        actor.requireWholeNetwork();
        requireValidPosition(cursor, limit);
        Instant settled = support.now().minus(settleDelay);
        // One entry more than examined tells whether a next page is ready.
        List<RecordedChange> entries = support.read(() -> auditTrail.after(cursor, limit + 1));
        List<Change> changes = new ArrayList<>();
        long nextCursor = cursor;
        int examined = 0;
        for (RecordedChange recorded : entries) {
            if (examined == limit || recorded.entry().at().isAfter(settled)) {
                break;
            }
            examined++;
            nextCursor = recorded.sequence();
            if (readable.contains(recorded.entry().recordType())) {
                changes.add(change(recorded));
            }
        }
        boolean more = examined == limit && entries.size() > limit && !entries.get(limit).entry().at().isAfter(settled);
        return new ChangePage(changes, nextCursor, more);
    }

    /** The record types the caller may see, refusing a caller who may see none. */
    private static Set<String> readableTypes(Actor actor) {
        Set<String> readable = READ_PERMISSIONS.entrySet().stream()
                .filter(typeAndPermission -> actor.may(typeAndPermission.getValue()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
        if (readable.isEmpty()) {
            throw new ForbiddenException(ErrorCodes.PERMISSION_MISSING,
                    "this needs one of the permissions " + EnumSet.copyOf(READ_PERMISSIONS.values()));
        }
        return readable;
    }

    private static void requireValidPosition(long cursor, int limit) {
        var check = new InputCheck();
        if (cursor < 0) {
            check.reject(new FieldViolation("cursor", ErrorCodes.OUT_OF_RANGE, "cursor must be 0 or more"));
        }
        check.field(() -> Require.between(limit, 1, MAX_LIMIT, "limit"));
        check.complete();
    }

    private static Change change(RecordedChange recorded) {
        AuditEntry entry = recorded.entry();
        return new Change(recorded.sequence(), entry.at(), entry.action(), entry.recordType(), entry.recordId());
    }
}

package org.tremplin.adapter.persistence.jdbc.indicator;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tremplin.adapter.persistence.jdbc.support.UnitOfWork;

/**
 * Moves the fold day of the timelines to yesterday, every hour and at start-up, in a transaction of
 * its own even should a caller have one under way: never inside a report, which would need a second
 * connection and could wait for an import, and a fold that gives up must not spoil the caller's work. When a writer holds the fold day, the fold gives up at once and the next hour tries again;
 * reports stay exact meanwhile, only summing a few more days of steps.
 *
 * @see "docs/adr/0013-indicator-summaries.md"
 */
@Singleton
public final class TimelineFolding {
    private static final Logger LOG = LoggerFactory.getLogger(TimelineFolding.class);

    private final TimelineStore timeline;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    TimelineFolding(TimelineStore timeline, UnitOfWork unitOfWork, Clock clock) {
        this.timeline = timeline;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** Folds up to yesterday; returns whether the fold day is there now (false when a writer held it). */
    @Scheduled(fixedDelay = "1h", initialDelay = "1m")
    public boolean foldUpToYesterday() {
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        try {
            unitOfWork.inTransactionOfItsOwn("timeline", () -> {
                timeline.fold(yesterday);
                return null;
            });
            return true;
        } catch (RuntimeException held) {
            LOG.info("The timelines' fold day is held by a write; trying again later ({})", held.getClass().getSimpleName());
            return false;
        }
    }
}

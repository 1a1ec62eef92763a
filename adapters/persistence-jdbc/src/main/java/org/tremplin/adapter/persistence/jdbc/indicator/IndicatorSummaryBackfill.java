package org.tremplin.adapter.persistence.jdbc.indicator;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tremplin.adapter.persistence.jdbc.support.UnitOfWork;

/**
 * At start-up, works out what a database made by an earlier version lacks: the learners' timelines
 * when they were never built, and the figure counts when none were kept yet. A migration can make the
 * tables, not apply the domain's rules. Once filled, this costs two queries that find nothing. With
 * {@code tremplin.indicators.rebuild} (environment: {@code TREMPLIN_INDICATORS_REBUILD=true}) it
 * works every summary out again from the records: the command that repairs them after a manual change
 * of the data.
 */
@Singleton
final class IndicatorSummaryBackfill implements ApplicationEventListener<StartupEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(IndicatorSummaryBackfill.class);
    private static final String RECORD_TYPE = "indicator-summary";

    private final TimelineStore timeline;
    private final FigureCountStore figureCounts;
    private final List<FigureCountSource> sources;
    private final UnitOfWork unitOfWork;
    private final boolean rebuild;
    private final TimelineFolding folding;

    IndicatorSummaryBackfill(TimelineStore timeline, FigureCountStore figureCounts, List<FigureCountSource> sources,
                             UnitOfWork unitOfWork, TimelineFolding folding,
                             @Value("${tremplin.indicators.rebuild:false}") boolean rebuild) {
        this.timeline = timeline;
        this.figureCounts = figureCounts;
        this.sources = sources;
        this.unitOfWork = unitOfWork;
        this.rebuild = rebuild;
        this.folding = folding;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (rebuild) {
            unitOfWork.write(RECORD_TYPE, "", () -> {
                timeline.forgetAll();
                int cohorts = figureCounts.rebuild(sources);
                LOG.info("Counted the figures of {} cohorts again", cohorts);
                return null;
            });
        }
        int filled = unitOfWork.write(RECORD_TYPE, "", timeline::rebuildIfNeeded);
        if (filled > 0) {
            LOG.info("Worked out the timelines of {} learners stored before the timeline existed", filled);
        }
        int cohorts = unitOfWork.write(RECORD_TYPE, "", () -> figureCounts.missesCounts() ? figureCounts.rebuild(sources) : 0);
        if (cohorts > 0) {
            LOG.info("Counted the figures of {} cohorts stored before the figure counts existed", cohorts);
        }
        folding.foldUpToYesterday();
    }
}

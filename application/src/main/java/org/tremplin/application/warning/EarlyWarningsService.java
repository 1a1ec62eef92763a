package org.tremplin.application.warning;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.identity.Permission;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.port.in.EarlyWarning;
import org.tremplin.application.port.in.WarningFilter;
import org.tremplin.application.port.in.WarningKind;
import org.tremplin.application.port.out.WarningQueries;
import org.tremplin.application.support.UseCaseSupport;

public final class EarlyWarningsService implements EarlyWarnings {
    private final WarningQueries queries;
    private final UseCaseSupport support;

    public EarlyWarningsService(WarningQueries queries, UseCaseSupport support) {
        this.queries = queries;
        this.support = support;
    }

    @Override
    public Page<EarlyWarning> list(WarningFilter filter, LocalDate asOf, PageRequest page) {
        Objects.requireNonNull(asOf, "asOf");
        WarningFilter scoped = scoped(filter);
        if (outOfScope(scoped)) {
            return new Page<>(List.of(), 0, page);
        }
        return support.read(() -> queries.list(scoped, asOf, page));
    }

    @Override
    public Page<EarlyWarning> list(WarningFilter filter, PageRequest page) {
        return list(filter, support.today(), page);
    }

    @Override
    public Map<WarningKind, Long> countByKind(WarningFilter filter, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        WarningFilter scoped = scoped(filter);
        if (outOfScope(scoped)) {
            Map<WarningKind, Long> none = new EnumMap<>(WarningKind.class);
            for (WarningKind kind : WarningKind.values()) {
                none.put(kind, 0L);
            }
            return none;
        }
        return support.read(() -> queries.countByKind(scoped, asOf));
    }

    @Override
    public Map<WarningKind, Long> countByKind(WarningFilter filter) {
        return countByKind(filter, support.today());
    }

    /** The filter narrowed to the caller's schools, once the caller may read what a warning tells. */
    private WarningFilter scoped(WarningFilter filter) {
        Actor actor = support.require(Permission.READ_PERSONAL_DATA);
        actor.require(Permission.READ_CONTRACTS);
        actor.require(Permission.READ_OUTCOMES);
        return filter.scopedTo(actor);
    }

    /** Schools asked for all outside the caller's scope: nothing to show, and nothing to ask the adapter. */
    private static boolean outOfScope(WarningFilter scoped) {
        return scoped.schools().map(Set::isEmpty).orElse(false);
    }
}

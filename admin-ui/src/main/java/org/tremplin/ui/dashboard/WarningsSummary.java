package org.tremplin.ui.dashboard;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.Map;
import org.tremplin.application.port.in.WarningFilter;
import org.tremplin.application.port.in.WarningKind;
import org.tremplin.application.warning.EarlyWarnings;
import org.tremplin.ui.warning.WarningsView;

/**
 * The dashboard's line about early warnings: how many of each kind wait in the user's schools
 * today, with a link to the list, so that nobody has to think of opening it. Only for those who may
 * open the warnings: they name learners (see {@code DashboardView}).
 */
final class WarningsSummary extends Div {

    WarningsSummary(EarlyWarnings warnings) {
        setId("dashboard-warnings");
        addClassName("warnings-summary");
        Map<WarningKind, Long> byKind = warnings.countByKind(WarningFilter.all());
        long total = byKind.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            add(new Span(getTranslation("dashboard.warnings.none")));
            return;
        }
        RouterLink link = new RouterLink(getTranslation("dashboard.warnings.link", total), WarningsView.class);
        link.setId("dashboard-warnings-link");
        add(link);
        for (WarningKind kind : WarningKind.values()) {
            long count = byKind.getOrDefault(kind, 0L);
            if (count > 0) {
                add(new Span(" · " + getTranslation("warnings.count", getTranslation("warnings.kind." + kind.name()),
                        count)));
            }
        }
    }
}

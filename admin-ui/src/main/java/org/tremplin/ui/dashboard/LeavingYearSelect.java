package org.tremplin.ui.dashboard;

import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.tremplin.domain.indicator.LeavingYear;

/**
 * The leaving year whose follow-ups the dashboard counts: every leaver ("Toutes", the default) or
 * the leavers of one school year, named as InserJeunes names it ("2023-2024"). It offers the last
 * {@value #OFFERED} school years ended by the report's date: the year still running has few
 * leavers and none followed up six months yet, and a year after the report's date none at all.
 */
final class LeavingYearSelect extends Select<LeavingYear> {
    static final int OFFERED = 8;

    private List<LeavingYear> offered = List.of();
    /** Set while the offer changes, so that clearing a year no longer offered reloads nothing by itself. */
    private boolean offering;

    LeavingYearSelect() {
        setId("dashboard-leaving-year");
        setLabel(getTranslation("dashboard.leaving-year"));
        setEmptySelectionAllowed(true);
        setEmptySelectionCaption(getTranslation("dashboard.leaving-year.all"));
        setItemLabelGenerator(year -> year == null ? getTranslation("dashboard.leaving-year.all")
                : IndicatorTexts.leavingYear(year));
        setWidth("10em");
    }

    /** Runs {@code reload} when the user chooses another year, not when the offer changes. */
    void onChoice(Runnable reload) {
        addValueChangeListener(event -> {
            if (!offering) {
                reload.run();
            }
        });
    }

    /** The year chosen, or none for every leaver. */
    Optional<LeavingYear> chosen() {
        return Optional.ofNullable(getValue());
    }

    /** Offers the school years ended by {@code day}, keeping the year chosen when it is still offered. */
    void offerUpTo(LocalDate day) {
        List<LeavingYear> years = endedBy(day);
        if (years.equals(offered)) {
            return;
        }
        offering = true;
        try {
            LeavingYear kept = getValue();
            offered = years;
            setItems(years);
            setValue(years.contains(kept) ? kept : null);
        } finally {
            offering = false;
        }
    }

    /** The last {@value #OFFERED} school years ended on or before {@code day}, the latest first. */
    static List<LeavingYear> endedBy(LocalDate day) {
        // A school year ends on 31 August (LeavingYear.lastDay), in the calendar year it is named by.
        int latest = day.isBefore(LocalDate.of(day.getYear(), Month.AUGUST, 31)) ? day.getYear() - 1 : day.getYear();
        return IntStream.iterate(Math.min(latest, LeavingYear.MAX_END_YEAR), year -> year - 1)
                .limit(OFFERED)
                .filter(year -> year >= LeavingYear.MIN_END_YEAR)
                .mapToObj(LeavingYear::new)
                .toList();
    }
}

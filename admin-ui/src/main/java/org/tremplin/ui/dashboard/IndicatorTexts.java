package org.tremplin.ui.dashboard;

import com.vaadin.flow.component.Component;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.tremplin.domain.indicator.EmploymentSnapshot;
import org.tremplin.domain.indicator.LeavingYear;
import org.tremplin.domain.indicator.Rate;
import org.tremplin.ui.chart.BarChart;

/**
 * Indicators as the dashboard writes them: counts and percentages in French, and a rate over fewer
 * than {@value Rate#MIN_PUBLISHABLE_DENOMINATOR} people as "not published", none of its counts shown.
 */
final class IndicatorTexts implements Serializable {
    private final Component translator;

    IndicatorTexts(Component translator) {
        this.translator = translator;
    }

    /** A rate as a French percentage, or "not published" without any of its counts. */
    String rate(Rate rate) {
        return rate.percent().map(IndicatorTexts::percent).orElseGet(this::suppressed);
    }

    /** A rate's bar: its percentage, or an empty bar that says "not published". */
    BarChart.Bar bar(String label, Rate rate) {
        return new BarChart.Bar(label, rate.percent().map(BigDecimal::doubleValue).orElse(0.0), rate(rate));
    }

    String suppressed() {
        return translator.getTranslation("dashboard.suppressed", Rate.MIN_PUBLISHABLE_DENOMINATOR);
    }

    /**
     * The leaving years pooled figures count, as InserJeunes labels them: "Cumul 2022-2023 et
     * 2023-2024". The domain pools a year with the one before, hence the first and the last.
     */
    String pooled(EmploymentSnapshot pooled) {
        List<LeavingYear> years = pooled.leavingYears();
        return translator.getTranslation("dashboard.follow-up.pooled", leavingYear(years.getFirst()),
                leavingYear(years.getLast()));
    }

    /** A percentage already worked out, to one decimal: "41,7 %". */
    static String percent(BigDecimal percent) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(percent) + "\u00A0%";
    }

    /**
     * A leaving year by its school year, as InserJeunes and schools name it: "2023-2024" for the
     * year ending in 2024. Written here rather than by {@code LeavingYear.toString()}, which is for logs.
     */
    static String leavingYear(LeavingYear year) {
        return (year.endYear() - 1) + "-" + year.endYear();
    }

    static String count(long value) {
        return NumberFormat.getIntegerInstance(Locale.FRANCE).format(value);
    }
}

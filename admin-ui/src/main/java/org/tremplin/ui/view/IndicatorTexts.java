package org.tremplin.ui.view;

import com.vaadin.flow.component.Component;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
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
        return rate.percent().map(percent -> {
            NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
            format.setMinimumFractionDigits(1);
            format.setMaximumFractionDigits(1);
            return format.format(percent) + "\u00A0%";
        }).orElseGet(this::suppressed);
    }

    /** A rate's bar: its percentage, or an empty bar that says "not published". */
    BarChart.Bar bar(String label, Rate rate) {
        return new BarChart.Bar(label, rate.percent().map(BigDecimal::doubleValue).orElse(0.0), rate(rate));
    }

    String suppressed() {
        return translator.getTranslation("dashboard.suppressed", Rate.MIN_PUBLISHABLE_DENOMINATOR);
    }

    static String count(long value) {
        return NumberFormat.getIntegerInstance(Locale.FRANCE).format(value);
    }
}

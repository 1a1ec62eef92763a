package org.tremplin.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A horizontal bar chart drawn as SVG on the server, with attributes and text only (no script,
 * no HTML string): one row per bar, its label on the left (cut to its column), a bar as wide as
 * its value is of the largest, and its text on the right. The chart has {@code role="img"}, an {@code aria-label} and a
 * {@code <title>} summarising it; the view shows the same numbers in a table beside it.
 */
@Tag("div")
public final class BarChart extends Component {
    /** One bar: a label, a value (zero or more; only its size relative to the others matters) and the text shown. */
    public record Bar(String label, double value, String text) {
        public Bar {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(text, "text");
            if (!(value >= 0)) {
                throw new IllegalArgumentException("a bar's value is zero or more: " + value);
            }
        }
    }

    static final int WIDTH = 640;
    static final int ROW_HEIGHT = 28;
    static final int LABEL_WIDTH = 220;
    static final int TEXT_WIDTH = 160;
    static final int BAR_AREA = WIDTH - LABEL_WIDTH - TEXT_WIDTH;
    /** About as many characters of 13-pixel text as the label column holds. */
    static final int LABEL_MAX_CHARACTERS = 34;

    private final Element svg = new Element("svg");

    public BarChart(String summary, List<Bar> bars) {
        getElement().getClassList().add("bar-chart");
        getElement().appendChild(svg);
        draw(summary, List.copyOf(bars));
    }

    private void draw(String summary, List<Bar> bars) {
        int height = Math.max(1, bars.size()) * ROW_HEIGHT;
        svg.setAttribute("xmlns", "http://www.w3.org/2000/svg");
        svg.setAttribute("role", "img");
        svg.setAttribute("aria-label", summary);
        svg.setAttribute("viewBox", "0 0 " + WIDTH + " " + height);
        // A fixed size in CSS pixels: with a relative width the browser fell back to a 300-pixel
        // viewport and cut the longest bars and their texts off.
        svg.setAttribute("width", String.valueOf(WIDTH));
        svg.setAttribute("height", String.valueOf(height));
        svg.appendChild(new Element("title").setText(summary));
        double largest = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = i * ROW_HEIGHT;
            double width = largest > 0 ? BAR_AREA * bar.value() / largest : 0;
            svg.appendChild(new Element("text")
                    .setAttribute("x", "0").setAttribute("y", number(y + ROW_HEIGHT * 0.65))
                    .setAttribute("font-size", "13").setText(shortened(bar.label())));
            svg.appendChild(new Element("rect")
                    .setAttribute("class", "bar")
                    .setAttribute("x", String.valueOf(LABEL_WIDTH)).setAttribute("y", number(y + 4))
                    .setAttribute("width", number(width)).setAttribute("height", String.valueOf(ROW_HEIGHT - 8))
                    .setAttribute("fill", "#1676f3")
                    .appendChild(new Element("title").setText(bar.label() + " : " + bar.text())));
            svg.appendChild(new Element("text")
                    .setAttribute("x", number(LABEL_WIDTH + width + 6)).setAttribute("y", number(y + ROW_HEIGHT * 0.65))
                    .setAttribute("font-size", "13").setText(bar.text()));
        }
    }

    /** A label cut to its column, so that it never runs under the bar; the bar's title keeps it whole. */
    static String shortened(String label) {
        return label.length() <= LABEL_MAX_CHARACTERS ? label
                : label.substring(0, LABEL_MAX_CHARACTERS - 1).stripTrailing() + "…";
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** The drawing, for tests and for a view that adds to it. */
    public Element svg() {
        return svg;
    }
}

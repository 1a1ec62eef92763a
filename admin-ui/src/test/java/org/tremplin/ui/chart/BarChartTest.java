package org.tremplin.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.dom.Element;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartTest {

    @Test
    void draws_one_bar_per_value_as_wide_as_its_share_of_the_largest() {
        BarChart chart = new BarChart("Taux", List.of(
                new BarChart.Bar("Réussite", 80, "80,0 %"),
                new BarChart.Bar("Abandon", 20, "20,0 %"),
                new BarChart.Bar("Rupture", 0, "non publié")));

        List<Element> bars = chart.svg().getChildren().filter(child -> child.getTag().equals("rect")).toList();

        assertThat(bars).hasSize(3);
        assertThat(bars.get(0).getAttribute("width")).isEqualTo("260.0");
        assertThat(bars.get(1).getAttribute("width")).isEqualTo("65.0");
        assertThat(bars.get(2).getAttribute("width")).isEqualTo("0.0");
        assertThat(bars.get(1).getChild(0).getText()).isEqualTo("Abandon : 20,0 %");
    }

    @Test
    void is_an_image_with_a_title_and_a_label_for_screen_readers() {
        BarChart chart = new BarChart("Taux du réseau", List.of(new BarChart.Bar("Réussite", 1, "100 %")));

        assertThat(chart.svg().getTag()).isEqualTo("svg");
        assertThat(chart.svg().getAttribute("role")).isEqualTo("img");
        assertThat(chart.svg().getAttribute("aria-label")).isEqualTo("Taux du réseau");
        assertThat(chart.svg().getChild(0).getTag()).isEqualTo("title");
        assertThat(chart.svg().getChild(0).getText()).isEqualTo("Taux du réseau");
        assertThat(chart.svg().getChildren().filter(child -> child.getTag().equals("text")).map(Element::getText))
                .containsExactly("Réussite", "100 %");
    }

    @Test
    void refuses_a_negative_value() {
        assertThatThrownBy(() -> new BarChart.Bar("x", -1, "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_long_label_is_cut_to_its_column_and_kept_whole_in_the_bar_title() {
        String longName = "Communauté d'agglomération du Grand Montpellier Méditerranée";
        BarChart chart = new BarChart("Financements", List.of(new BarChart.Bar(longName, 10, "10,00 €"),
                new BarChart.Bar("Microsoft France", 5, "5,00 €")));

        List<String> labels = chart.svg().getChildren().filter(child -> child.getTag().equals("text"))
                .map(Element::getText).toList();
        Element firstBar = chart.svg().getChildren().filter(child -> child.getTag().equals("rect")).findFirst()
                .orElseThrow();

        assertThat(labels.getFirst()).hasSizeLessThanOrEqualTo(BarChart.LABEL_MAX_CHARACTERS).endsWith("…")
                .startsWith("Communauté d'agglomération du");
        assertThat(labels).contains("Microsoft France");
        assertThat(firstBar.getChild(0).getText()).isEqualTo(longName + " : 10,00 €");
    }
}

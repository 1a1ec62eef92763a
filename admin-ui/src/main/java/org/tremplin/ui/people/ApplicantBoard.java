package org.tremplin.ui.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.tremplin.application.applicant.ApplicantSelection;
import org.tremplin.application.applicant.VisibleApplicant;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.ApplicantFilter;
import org.tremplin.application.port.in.ApplicantSortKey;
import org.tremplin.domain.applicant.SelectionStage;
import org.tremplin.ui.component.ConsoleFormats;

/**
 * The selection funnel of one cohort as a board: a column per stage holding its applicants as
 * cards (name, day the stage was reached), each with its actions. A column shows the first
 * {@value #PER_COLUMN} applicants of its stage (one page asked of the port) and the total, and
 * shows {@value #PER_COLUMN} more on demand: the board never loads a whole stage at once.
 */
final class ApplicantBoard extends FlexLayout {
    static final int PER_COLUMN = 10;
    private final transient ApplicantSelection applicants;
    private final transient Consumer<VisibleApplicant> move;
    private final transient Consumer<VisibleApplicant> correct;
    private final Map<SelectionStage, Integer> shown = new EnumMap<>(SelectionStage.class);
    /** The filter of the chosen cohort for a stage; empty when no cohort is chosen. */
    private transient Optional<Function<SelectionStage, ApplicantFilter>> filter = Optional.empty();

    ApplicantBoard(ApplicantSelection applicants, Consumer<VisibleApplicant> move, Consumer<VisibleApplicant> correct) {
        this.applicants = applicants;
        this.move = move;
        this.correct = correct;
        setId("applicants-board");
        setFlexWrap(FlexWrap.NOWRAP);
        setWidthFull();
        getStyle().set("gap", "var(--lumo-space-s)").set("overflow-x", "auto");
        refresh();
    }

    /** Shows the board for the cohort this filter names, or asks for a cohort. */
    void show(Optional<Function<SelectionStage, ApplicantFilter>> cohortFilter) {
        filter = cohortFilter;
        shown.clear();
        refresh();
    }

    void refresh() {
        removeAll();
        if (filter.isEmpty()) {
            Paragraph choose = new Paragraph(getTranslation("applicants.board.choose-cohort"));
            choose.setId("applicants-board-choose");
            add(choose);
            return;
        }
        for (SelectionStage stage : SelectionStage.values()) {
            add(column(stage, filter.get().apply(stage)));
        }
    }

    private VerticalLayout column(SelectionStage stage, ApplicantFilter atStage) {
        int limit = shown.getOrDefault(stage, PER_COLUMN);
        Page<VisibleApplicant> page = applicants.list(atStage, Sort.descending(ApplicantSortKey.APPLIED_ON),
                PageRequest.first(limit));
        VerticalLayout column = new VerticalLayout();
        column.setId("applicants-board-" + stage.name());
        column.setPadding(true);
        column.setSpacing(false);
        column.getStyle().set("flex", "1 0 13rem").set("min-width", "13rem").set("gap", "var(--lumo-space-s)")
                .set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-l)");
        H4 title = new H4(getTranslation("applicants.count", getTranslation("applicant.stage." + stage.name()),
                page.totalItems()));
        title.getStyle().set("margin", "0");
        column.add(title);
        page.items().forEach(applicant -> column.add(card(applicant)));
        if (page.totalItems() > page.items().size() && limit < PageRequest.MAX_SIZE) {
            Button more = new Button(getTranslation("applicants.board.more"), click -> {
                shown.put(stage, Math.min(limit + PER_COLUMN, PageRequest.MAX_SIZE));
                refresh();
            });
            more.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            more.setId("applicants-board-more-" + stage.name());
            column.add(more);
        }
        return column;
    }

    private Div card(VisibleApplicant applicant) {
        Span name = new Span(ConsoleFormats.name(applicant.name()));
        name.getStyle().set("font-weight", "600");
        Span since = new Span(ConsoleFormats.date(Optional.of(applicant.history().getLast().on())));
        since.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Button moveButton = new Button(VaadinIcon.ARROW_RIGHT.create(), click -> move.accept(applicant));
        moveButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        moveButton.setAriaLabel(getTranslation("applicant.action.move"));
        moveButton.setTooltipText(getTranslation("applicant.action.move"));
        moveButton.addClassName("applicant-move");
        moveButton.setEnabled(!applicant.stage().isFinal());
        Button correctButton = new Button(VaadinIcon.EDIT.create(), click -> correct.accept(applicant));
        correctButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        correctButton.setAriaLabel(getTranslation("applicant.action.correct"));
        correctButton.setTooltipText(getTranslation("applicant.action.correct"));
        correctButton.addClassName("applicant-correct");
        HorizontalLayout actions = new HorizontalLayout(since, moveButton, correctButton);
        actions.setAlignItems(Alignment.CENTER);
        actions.setSpacing(false);
        actions.expand(since);
        Div card = new Div(name, actions);
        card.addClassName("applicant-card");
        card.getStyle().set("background", "var(--lumo-base-color)").set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("width", "100%").set("box-sizing", "border-box");
        return card;
    }
}

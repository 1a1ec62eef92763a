package org.tremplin.ui.programme;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Optional;
import java.util.function.Consumer;
import org.tremplin.application.programme.ProgrammeAdministration;
import org.tremplin.application.programme.ProgrammeDetails;
import org.tremplin.domain.programme.Programme;
import org.tremplin.domain.programme.RncpCode;
import org.tremplin.ui.form.DomainForm;
import org.tremplin.ui.form.FormDialogs;

/**
 * Creates or revises a programme. The {@link Binder} fills a small form model (the details record
 * holds optionals, which a field cannot hold), turned into {@link ProgrammeDetails} for the use
 * case, which judges the values; {@link DomainForm} shows its verdict.
 */
final class ProgrammeFormDialog extends Dialog {
    private final transient ProgrammeAdministration programmes;
    private final transient Consumer<Programme> saved;
    private final Binder<Typed> binder = new Binder<>();
    private final DomainForm form = new DomainForm();
    private Programme current;

    /** What the fields hold, blank when empty. */
    static final class Typed {
        String title = "";
        String rncpCode = "";
        Integer level;
        Integer centreMonths;
        Integer workStudyMonths;

        static Typed of(Programme programme) {
            Typed typed = new Typed();
            typed.title = programme.title();
            typed.rncpCode = programme.rncpCode().map(RncpCode::value).orElse("");
            typed.level = programme.level().orElse(null);
            typed.centreMonths = programme.phases().centreMonths();
            typed.workStudyMonths = programme.phases().workStudyMonths();
            return typed;
        }

        ProgrammeDetails details() {
            return new ProgrammeDetails(title, Optional.ofNullable(rncpCode).filter(code -> !code.isBlank()),
                    Optional.ofNullable(level), Optional.ofNullable(centreMonths), Optional.ofNullable(workStudyMonths));
        }
    }

    private ProgrammeFormDialog(ProgrammeAdministration programmes, Programme current, Consumer<Programme> saved) {
        this.programmes = programmes;
        this.saved = saved;
        this.current = current;
        setHeaderTitle(getTranslation(current == null ? "programme.action.create" : "programme.form.edit-title"));
        TextField title = new TextField(getTranslation("programmes.column.title"));
        title.setMaxLength(Programme.TITLE_MAX_LENGTH);
        title.setId("programme-title");
        TextField rncp = new TextField(getTranslation("programmes.column.rncp"));
        rncp.setPlaceholder("RNCP37827");
        rncp.setId("programme-rncp");
        IntegerField level = DomainForm.integerField(getTranslation("programmes.column.level"));
        level.setId("programme-level");
        IntegerField centre = DomainForm.integerField(getTranslation("programmes.column.centre-months"));
        centre.setHelperText(getTranslation("programme.form.default-months"));
        centre.setId("programme-centre-months");
        IntegerField workStudy = DomainForm.integerField(getTranslation("programmes.column.work-study-months"));
        workStudy.setHelperText(getTranslation("programme.form.default-months"));
        workStudy.setId("programme-work-study-months");

        binder.forField(title).bind(typed -> typed.title, (typed, value) -> typed.title = value);
        binder.forField(rncp).bind(typed -> typed.rncpCode, (typed, value) -> typed.rncpCode = value);
        binder.forField(level).bind(typed -> typed.level, (typed, value) -> typed.level = value);
        binder.forField(centre).bind(typed -> typed.centreMonths, (typed, value) -> typed.centreMonths = value);
        binder.forField(workStudy).bind(typed -> typed.workStudyMonths, (typed, value) -> typed.workStudyMonths = value);
        form.field("title", title).field("rncpCode", rncp).field("level", level).field("centreMonths", centre)
                .field("workStudyMonths", workStudy);

        add(form.message(), new FormLayout(title, rncp, level, centre, workStudy));
        FormDialogs.addFooter(this, getTranslation("form.save"), "programme-save", null, this::save);
        binder.readBean(current == null ? new Typed() : Typed.of(current));
    }

    static ProgrammeFormDialog creating(ProgrammeAdministration programmes, Consumer<Programme> saved) {
        return new ProgrammeFormDialog(programmes, null, saved);
    }

    /** Revises the programme as stored now (read again, with its current version). */
    static ProgrammeFormDialog revising(ProgrammeAdministration programmes, Programme programme, Consumer<Programme> saved) {
        return new ProgrammeFormDialog(programmes, programmes.get(programme.id()), saved);
    }

    private void save() {
        if (!DomainForm.readable(binder)) {
            return;
        }
        Typed typed = new Typed();
        // No validators in the binder: the use case is the judge of every value.
        binder.writeBeanAsDraft(typed, true);
        ProgrammeDetails details = typed.details();
        Optional<Programme> result = current == null ? form.submit(() -> programmes.create(details), null)
                : form.submit(() -> programmes.revise(current.id(), current.version(), details), this::reload);
        result.ifPresent(FormDialogs.closingThen(this, saved));
    }

    private void reload() {
        current = programmes.get(current.id());
        binder.readBean(Typed.of(current));
        form.clear();
    }
}

package org.tremplin.ui.form;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.List;
import java.util.Locale;
import org.tremplin.domain.error.ErrorCodes;

/** Date pickers that read and write dates as the network does: dd/MM/yyyy, weeks from Monday, French names. */
public final class FrenchDates {
    private FrenchDates() {
    }

    /** A picker in French whose unreadable input is told with the console's "bad format" message. */
    public static DatePicker picker(String label) {
        DatePicker picker = new DatePicker(label);
        picker.setLocale(Locale.FRANCE);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat("dd/MM/yyyy");
        i18n.setFirstDayOfWeek(1);
        i18n.setMonthNames(List.of("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                "septembre", "octobre", "novembre", "décembre"));
        i18n.setWeekdays(List.of("dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"));
        i18n.setWeekdaysShort(List.of("dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."));
        i18n.setToday("Aujourd'hui");
        i18n.setCancel("Annuler");
        i18n.setBadInputErrorMessage(picker.getTranslation("error." + ErrorCodes.BAD_FORMAT));
        picker.setI18n(i18n);
        return picker;
    }
}

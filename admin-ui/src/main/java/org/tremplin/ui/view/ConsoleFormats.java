package org.tremplin.ui.view;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

/** Dates as the network reads them: French formats, Paris time. */
final class ConsoleFormats {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.FRANCE)
            .withZone(PARIS);

    private ConsoleFormats() {
    }

    static String date(Optional<LocalDate> date) {
        return date.map(DATE::format).orElse("");
    }

    static String dateTime(Instant instant) {
        return DATE_TIME.format(instant);
    }
}

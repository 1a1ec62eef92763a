package org.tremplin.ui.component;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import org.tremplin.domain.person.PersonName;
import org.tremplin.domain.shared.Money;

/** Names, dates and amounts as the network reads them: French formats, Paris time, euros. */
public final class ConsoleFormats {
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.FRANCE)
            .withZone(PARIS);

    private ConsoleFormats() {
    }

    public static String date(Optional<LocalDate> date) {
        return date.map(DATE::format).orElse("");
    }

    public static String dateTime(Instant instant) {
        return DATE_TIME.format(instant);
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** A person as the lists sort them: "Diallo, Awa", family name first. */
    public static String name(PersonName name) {
        return name.familyName() + ", " + name.givenName();
    }

    /** An amount in euros as French readers write it: "12 500,00 €" (narrow no-break spaces, as the JDK's fr-FR). */
    public static String money(Money amount) {
        return NumberFormat.getCurrencyInstance(Locale.FRANCE).format(amount.toEuros());
    }
}

package org.tremplin.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.error.ConflictException;
import org.tremplin.domain.error.NotFoundException;
import org.tremplin.domain.error.ErrorCodes;

class ConsoleTranslationsTest {
    private final ConsoleTranslations translations = new ConsoleTranslations();

    @Test
    void speaks_french_first_then_english() {
        assertThat(translations.getProvidedLocales()).containsExactly(Locale.FRANCE, Locale.UK);
        assertThat(translations.errorMessage(ErrorCodes.REQUIRED, Locale.FRANCE)).isEqualTo("Ce champ est obligatoire.");
        assertThat(translations.errorMessage(ErrorCodes.REQUIRED, Locale.ENGLISH)).isEqualTo("This field is required.");
        assertThat(translations.errorMessage(ErrorCodes.REQUIRED, Locale.GERMAN)).isEqualTo("Ce champ est obligatoire.");
    }

    @Test
    void every_domain_error_code_has_a_french_and_an_english_message() {
        for (String code : codes()) {
            assertThat(translations.errorMessage(code, Locale.FRANCE)).as(code).doesNotStartWith("!");
            assertThat(translations.errorMessage(code, Locale.UK)).as(code).doesNotStartWith("!")
                    .isNotEqualTo(translations.errorMessage(code, Locale.FRANCE));
        }
    }

    @Test
    void french_and_english_have_the_same_keys() throws IOException {
        assertThat(keys("messages_en.properties")).isEqualTo(keys("messages.properties"));
    }

    private static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ConsoleTranslations.class.getResourceAsStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    @Test
    void a_missing_key_shows_itself() {
        assertThat(translations.getTranslation("no.such.key", Locale.FRANCE)).isEqualTo("!no.such.key!");
    }

    /**
     * Every code of the catalogue (but the protocol's, which the console never shows), and the codes
     * the exceptions build from a record type, to be sure they are the catalogue's.
     */
    private static List<String> codes() {
        Stream<String> built = Stream.of(ConflictException.taken("learner", "email").code(),
                new NotFoundException("cohort", "").code(), new NotFoundException("work-study-contract", "").code());
        return Stream.concat(constants(ErrorCodes.class), built).toList();
    }

    private static Stream<String> constants(Class<?> holder) {
        return Arrays.stream(holder.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(ConsoleTranslationsTest::value);
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }
}

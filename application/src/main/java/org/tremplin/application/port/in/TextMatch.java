package org.tremplin.application.port.in;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * How list filters compare text: a substring match that ignores case and accents, as MySQL's
 * utf8mb4 collations do, so that "ecole" finds "École" with every adapter.
 */
public final class TextMatch {
    private TextMatch() {
    }

    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    public static boolean contains(Optional<String> wanted, String... candidates) {
        if (wanted.isEmpty() || wanted.get().isBlank()) {
            return true;
        }
        String folded = fold(wanted.get().strip());
        for (String candidate : candidates) {
            if (candidate != null && fold(candidate).contains(folded)) {
                return true;
            }
        }
        return false;
    }
}

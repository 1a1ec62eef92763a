package org.tremplin.domain.shared;

import java.util.Comparator;
import java.util.UUID;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.error.InvalidValueException;

/** Reading identifiers typed by people or sent by clients. */
public final class Identifiers {
    private Identifiers() {
    }

    public static UUID parse(String text, String field) {
        Require.present(text, field);
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, ErrorCodes.BAD_FORMAT, field + " is not an identifier");
        }
    }

    /**
     * The order of identifiers everywhere: unsigned, byte by byte, which is also the order of
     * their text and of a database's BINARY(16) column. {@link UUID#compareTo} compares signed
     * halves, so it would disagree with the database on half of all ids.
     */
    public static final Comparator<UUID> ORDER = Comparator.<UUID>comparingLong(id -> id.getMostSignificantBits() ^ Long.MIN_VALUE)
            .thenComparingLong(id -> id.getLeastSignificantBits() ^ Long.MIN_VALUE);

    public static UUID require(UUID value, String field) {
        return Require.present(value, field);
    }
}

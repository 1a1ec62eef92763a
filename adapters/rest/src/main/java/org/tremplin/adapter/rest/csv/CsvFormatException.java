package org.tremplin.adapter.rest.csv;

/**
 * An uploaded file that cannot be read as CSV at all: not text, no header, a duplicate column, a
 * quote left open. Its message never quotes the file's values, which may be personal.
 */
public final class CsvFormatException extends RuntimeException {
    private final int line;

    /** @param line the physical line of the file at fault; 1 for the file as a whole */
    public CsvFormatException(int line, String message) {
        super(message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}

package org.tremplin.application.port.in;

import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.error.ErrorKind;
import org.tremplin.domain.error.TremplinException;

/**
 * A file that cannot be read as a table at all: not text, no header, a duplicate column, a quote
 * left open. It is an invalid value of the field {@code file} ({@link ErrorCodes#BAD_FORMAT}) whose
 * message starts with the line at fault; {@link #reason()} tells a console which words to show.
 * The message never quotes the file's values, which may be personal.
 */
public final class UnreadableFileException extends TremplinException {
    /** The field an import reports an unreadable file on. */
    public static final String FIELD = "file";

    /** Why a file cannot be read, each with its English explanation. */
    public enum Reason {
        EMPTY("the file is empty: a header line is expected"),
        NOT_TEXT("the file is neither UTF-8 nor Windows-1252 text: save it as CSV UTF-8"),
        BROKEN_UTF_8("the file starts as UTF-8 but is not valid UTF-8 from this line on"),
        BINARY("the file is not UTF-8 nor Windows-1252 text (a spreadsheet saved as .xlsx or as Unicode text,"
                + " say): save it as CSV"),
        DUPLICATE_COLUMN("a column appears twice in the header"),
        UNCLOSED_QUOTE("a quoted value is not closed, or a quote inside a quoted value is not doubled"),
        TOO_MANY_VALUES("this line has more values than the header has columns"),
        VALUE_WITHOUT_COLUMN("a value stands in a column that has no name in the header");

        private final String explanation;

        Reason(String explanation) {
            this.explanation = explanation;
        }

        public String explanation() {
            return explanation;
        }
    }

    private final int line;
    private final Reason reason;

    /** @param line the physical line of the file at fault; 1 for the file as a whole */
    public UnreadableFileException(int line, Reason reason) {
        super(ErrorCodes.BAD_FORMAT, FIELD, "line " + line + ": " + reason.explanation());
        if (line < 1) {
            throw new IllegalArgumentException("line numbers start at 1");
        }
        this.line = line;
        this.reason = reason;
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.INVALID;
    }

    public int line() {
        return line;
    }

    public Reason reason() {
        return reason;
    }
}

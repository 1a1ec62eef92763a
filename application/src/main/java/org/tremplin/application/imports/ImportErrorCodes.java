package org.tremplin.application.imports;

/**
 * The stable codes of errors that only an import can make. Every other row error carries the code
 * the use case itself reports. Adapters translate these; renaming one breaks clients.
 */
public final class ImportErrorCodes {
    /** The header names a column the import does not know (a typo, or a file meant for another import). */
    public static final String COLUMN_UNKNOWN = "import.column-unknown";
    /** A required column is absent from the header, or empty on every row. */
    public static final String COLUMN_MISSING = "import.column-missing";
    /** Two rows of the file describe the same record (same learner e-mail; same learner and date). */
    public static final String DUPLICATE_IN_FILE = "import.duplicate-in-file";
    /** The row describes a record already stored (an outcome of the same learner on the same day). */
    public static final String ALREADY_RECORDED = "import.already-recorded";

    private ImportErrorCodes() {
    }
}

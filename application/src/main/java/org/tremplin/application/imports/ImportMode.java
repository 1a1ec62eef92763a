package org.tremplin.application.imports;

/** What an import does with the rows once it has checked them all. */
public enum ImportMode {
    /** Checks every row and writes nothing, so that a person can read the report and confirm. */
    VALIDATE_ONLY,
    /** Writes every row in one transaction, and only if no row has an error. The default. */
    ALL_OR_NOTHING,
    /** Writes the rows without error in one transaction and reports the others. */
    VALID_ROWS_ONLY
}

package org.tremplin.application.port.out;

import org.tremplin.application.port.in.UnreadableFileException;

/**
 * Reads an uploaded table (a CSV file saved by a spreadsheet, typically) into its header and its
 * rows, each with the line of the file where it starts, so that an import can report its errors
 * by line. How large a file may be is for the caller to decide.
 *
 * @see "docs/adr/0005-file-imports.md"
 */
public interface TabularFileReader {
    /** @throws UnreadableFileException when the file cannot be read as a table at all */
    TabularFile read(byte[] content);
}

package org.tremplin.application.port.in;

/** The two ways a table is written: for programs, and for French Excel opening it with a double click. */
public enum TabularFlavour {
    /** RFC 4180: comma-separated, UTF-8 without byte order mark, CRLF line ends. */
    STANDARD,
    /**
     * Semicolon-separated, because French Excel takes the comma for the decimal separator; UTF-8
     * with a byte order mark, without which Excel reads the file as Windows-1252 and garbles every
     * accent.
     */
    EXCEL_FR
}

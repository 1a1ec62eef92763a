package org.tremplin.adapter.tabular;

import org.tremplin.application.port.in.TabularFlavour;

/** The two ways an export is written: for programs, and for French Excel opening it with a double click. */
public enum CsvFlavour {
    /** RFC 4180: comma-separated, UTF-8 without byte order mark, CRLF line ends. */
    STANDARD(',', false),
    /**
     * Semicolon-separated, because French Excel takes the comma for the decimal separator; UTF-8
     * with a byte order mark, without which Excel reads the file as Windows-1252 and garbles every
     * accent.
     */
    EXCEL_FR(';', true);

    private final char separator;
    private final boolean byteOrderMark;

    CsvFlavour(char separator, boolean byteOrderMark) {
        this.separator = separator;
        this.byteOrderMark = byteOrderMark;
    }

    static CsvFlavour of(TabularFlavour flavour) {
        return switch (flavour) {
            case STANDARD -> STANDARD;
            case EXCEL_FR -> EXCEL_FR;
        };
    }

    public char separator() {
        return separator;
    }

    public boolean byteOrderMark() {
        return byteOrderMark;
    }
}

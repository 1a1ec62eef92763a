package org.tremplin.adapter.tabular;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.tremplin.application.port.in.UnreadableFileException;
import org.tremplin.application.port.in.UnreadableFileException.Reason;

/**
 * The text of an uploaded file and the charset it was written in. A file is UTF-8 (with or without
 * a byte order mark) when its bytes decode as UTF-8 without a single error; otherwise it is
 * Windows-1252, which French Excel writes for "CSV (séparateur : point-virgule)". The two are
 * told apart reliably: accented letters in Windows-1252 are single bytes above 0x7F, which never
 * form valid UTF-8 sequences in real text.
 */
record DecodedText(Charset charset, String text) {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final byte[] UTF_8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    static DecodedText of(byte[] content) {
        boolean bom = startsWithBom(content);
        int start = bom ? UTF_8_BOM.length : 0;
        Attempt utf8 = decode(content, start, StandardCharsets.UTF_8);
        DecodedText decoded;
        if (utf8.text() != null) {
            decoded = new DecodedText(StandardCharsets.UTF_8, utf8.text());
        } else if (bom) {
            throw new UnreadableFileException(lineOfByte(content, utf8.badByte()), Reason.BROKEN_UTF_8);
        } else {
            Attempt windows = decode(content, start, WINDOWS_1252);
            if (windows.text() == null) {
                throw new UnreadableFileException(lineOfByte(content, windows.badByte()), Reason.NOT_TEXT);
            }
            decoded = new DecodedText(WINDOWS_1252, windows.text());
        }
        int nul = decoded.text().indexOf('\0');
        if (nul >= 0) {
            throw new UnreadableFileException(lineOfChar(decoded.text(), nul), Reason.BINARY);
        }
        return decoded;
    }

    private static boolean startsWithBom(byte[] content) {
        return content.length >= UTF_8_BOM.length && content[0] == UTF_8_BOM[0] && content[1] == UTF_8_BOM[1]
                && content[2] == UTF_8_BOM[2];
    }

    /** The text, or where the first byte that is not valid in {@code charset} stands. */
    private record Attempt(String text, int badByte) {
    }

    private static Attempt decode(byte[] content, int start, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
        // Neither UTF-8 nor Windows-1252 makes more characters than bytes.
        CharBuffer out = CharBuffer.allocate(content.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return new Attempt(null, in.position());
        }
        decoder.flush(out);
        return new Attempt(out.flip().toString(), -1);
    }

    private static int lineOfByte(byte[] content, int index) {
        int line = 1;
        for (int i = 0; i < index && i < content.length; i++) {
            if (content[i] == '\n' || content[i] == '\r' && (i + 1 >= content.length || content[i + 1] != '\n')) {
                line++;
            }
        }
        return line;
    }

    private static int lineOfChar(String text, int index) {
        int line = 1;
        for (int i = 0; i < index && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
            }
        }
        return line;
    }
}

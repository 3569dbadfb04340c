package org.touchmap.io.json;

import org.touchmap.io.FileLocation;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Finds the first byte that is not valid UTF-8. Done before parsing so that the message can say
 * "not UTF-8 text" at an exact line and column instead of a parser's guess.
 */
final class Utf8Check {
    private Utf8Check() {
    }

    /** Offset of the first invalid byte, or -1 when the whole content is valid UTF-8. */
    static int firstInvalidByte(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (!result.isOverflow()) {
                return -1;
            }
            out.clear();
        }
    }

    /** Line and column (both from 1, column in characters) of a byte offset in UTF-8 content. */
    static FileLocation whereIs(byte[] content, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset && i < content.length; i++) {
            if (content[i] == '\n') {
                line++;
                column = 1;
            } else if ((content[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return FileLocation.lineColumn(line, column);
    }
}

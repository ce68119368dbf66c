package org.clinex.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How a document file becomes text, one policy for every command (README, "Robustness"):
 *
 * <ul>
 *   <li>UTF-8; a leading byte-order mark is dropped, so offsets index the text after it (as brat does);
 *   <li>invalid UTF-8 is decoded with U+FFFD replacement characters and a warning, and offsets then
 *       index the decoded text;
 *   <li>a file holding a NUL byte is binary and refused;
 *   <li>CR and CRLF are kept as read: offsets index the file's characters.
 * </ul>
 */
public final class TextFiles {
  /** The decoded text and, when the bytes were not valid UTF-8, a one-line warning. */
  public record Decoded(String text, String warning) {}

  /** A file that is not a text document; the message is one line naming the problem. */
  public static final class NotTextException extends IOException {
    public NotTextException(String message) {
      super(message);
    }
  }

  private TextFiles() {}

  public static Decoded read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new NotTextException("binary file (NUL byte at offset " + i + "), not a text document");
      }
    }
    int skip = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    try {
      return new Decoded(decoder(CodingErrorAction.REPORT).decode(in).toString(), null);
    } catch (CharacterCodingException e) {
      in.position(skip);
      CharBuffer text = decoder(CodingErrorAction.REPLACE).decode(in);
      return new Decoded(text.toString(), "invalid UTF-8, decoded with U+FFFD replacement characters (offsets index the decoded text)");
    }
  }

  private static CharsetDecoder decoder(CodingErrorAction action) {
    return StandardCharsets.UTF_8.newDecoder().onMalformedInput(action).onUnmappableCharacter(action);
  }
}

package org.clinex.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of an input document: {@code .txt} as UTF-8, {@code .pdf} through PDFBox. Offsets index
 * this text, so for a PDF the text must be kept beside the mentions ({@code "text"} in JSON lines,
 * {@code NAME.txt} beside {@code NAME.ann}).
 *
 * @param fromPdf the text was extracted from a PDF (not the bytes the user has)
 */
public record DocumentText(String text, boolean fromPdf) {

  /** Whether {@code file} is a document clinex reads: {@code *.txt} or {@code *.pdf}. */
  public static boolean isDocument(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".txt") || name.endsWith(".pdf");
  }

  /** Reads {@code file}: PDF by its extension, anything else as UTF-8 text. */
  public static DocumentText read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
      return new DocumentText(pdf(bytes), true);
    }
    try {
      return new DocumentText(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString(), false);
    } catch (CharacterCodingException e) {
      throw new IOException("not valid UTF-8 text", e);
    }
  }

  /**
   * The text of a PDF, pages in order, each page's text sorted by position (top to bottom, left to
   * right) so that a table's label and value come out on one line whatever order the PDF drew them in.
   *
   * @throws IOException when the bytes are not a readable PDF (or it is encrypted)
   */
  public static String pdf(byte[] bytes) throws IOException {
    try (PDDocument document = Loader.loadPDF(bytes)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.setLineSeparator("\n");
      return stripper.getText(document);
    }
  }
}

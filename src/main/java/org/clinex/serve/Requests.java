package org.clinex.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clinex.io.DocumentText;
import org.clinex.io.JsonLines;

/** Turns request bodies into documents, or into an {@link ApiError} that says what is wrong. */
final class Requests {
  /** A document to extract: its text, or (for PDF) the bytes to read it from, on a worker. */
  record Doc(String id, String text, byte[] pdf) {
    /** The text, extracted from the PDF when there is one. */
    String resolveText() {
      if (pdf == null) {
        return text;
      }
      try {
        return DocumentText.pdf(pdf);
      } catch (IOException e) {
        throw new ApiError(400, "not a readable PDF: " + e.getMessage());
      }
    }
  }

  static final String DEFAULT_ID = "doc";
  private static final long DRAIN_LIMIT = 64L << 20;

  private Requests() {}

  /**
   * The body, at most {@code max} bytes. An oversized body is still read (up to 64 MB) before the 413,
   * because answering while the client is still sending makes many clients see a reset, not the 413.
   */
  static byte[] body(Context ctx, long max) {
    String tooLarge = "request body is larger than the limit of " + max + " bytes (--max-body-mb)";
    try (InputStream in = ctx.req().getInputStream()) {
      if (ctx.req().getContentLengthLong() > max) {
        drain(in);
        throw new ApiError(413, tooLarge);
      }
      byte[] bytes = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
      if (bytes.length > max) {
        drain(in);
        throw new ApiError(413, tooLarge);
      }
      return bytes;
    } catch (IOException e) {
      throw new ApiError(400, "cannot read the request body: " + e.getMessage());
    }
  }

  private static void drain(InputStream in) throws IOException {
    long left = DRAIN_LIMIT;
    byte[] buffer = new byte[64 * 1024];
    int n;
    while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
      left -= n;
    }
  }

  /** The media type without parameters, lower case; 415 when absent. */
  static String mediaType(Context ctx) {
    String header = ctx.header("Content-Type");
    if (header == null || header.isBlank()) {
      throw new ApiError(415, "missing Content-Type: send text/plain, application/json or application/pdf");
    }
    String[] parts = header.split(";");
    for (int i = 1; i < parts.length; i++) {
      String[] kv = parts[i].trim().split("=", 2);
      if (kv.length == 2 && kv[0].trim().equalsIgnoreCase("charset")
          && !kv[1].trim().replace("\"", "").equalsIgnoreCase("utf-8")) {
        throw new ApiError(415, "unsupported charset " + kv[1].trim() + ": send UTF-8");
      }
    }
    return parts[0].trim().toLowerCase(Locale.ROOT);
  }

  /** Strict UTF-8: a body with malformed bytes is refused rather than silently altered (offsets would lie). */
  static String utf8(byte[] body) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException e) {
      throw new ApiError(400, "request body is not valid UTF-8");
    }
  }

  /** {@code POST /extract}: text/plain (id from {@code ?id=}) or a JSON object {@code {"id", "text"}}. */
  static Doc single(Context ctx, byte[] body) {
    String type = mediaType(ctx);
    switch (type) {
      case "text/plain" -> {
        String text = utf8(body);
        if (text.isEmpty()) {
          throw new ApiError(400, "empty body: send the document's text");
        }
        return new Doc(idParam(ctx), text, null);
      }
      case "application/pdf" -> {
        if (body.length == 0) {
          throw new ApiError(400, "empty body: send the PDF");
        }
        return new Doc(idParam(ctx), null, body);
      }
      case "application/json" -> {
        return document(json(body), DEFAULT_ID, "");
      }
      default -> throw unsupported(type, "text/plain, application/json or application/pdf");
    }
  }

  /** {@code POST /extract/batch}: a JSON array of {@code {"id", "text"}}, or the same objects as JSON lines. */
  static List<Doc> batch(Context ctx, byte[] body) {
    String type = mediaType(ctx);
    List<Doc> docs = new ArrayList<>();
    switch (type) {
      case "application/json" -> {
        JsonNode array = json(body);
        if (!array.isArray()) {
          throw new ApiError(400, "expected a JSON array of {\"id\": ..., \"text\": ...} objects");
        }
        for (int i = 0; i < array.size(); i++) {
          docs.add(document(array.get(i), Integer.toString(i), "item " + i + ": "));
        }
      }
      case "application/x-ndjson", "application/jsonl", "application/x-jsonlines" -> {
        String[] lines = utf8(body).split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
          if (!lines[i].isBlank()) {
            docs.add(document(json(lines[i], "line " + (i + 1) + ": "), Integer.toString(docs.size()), "line " + (i + 1) + ": "));
          }
        }
      }
      default -> throw unsupported(type, "application/json (an array) or application/x-ndjson");
    }
    if (docs.isEmpty()) {
      throw new ApiError(400, "the batch holds no documents");
    }
    return docs;
  }

  private static Doc document(JsonNode node, String defaultId, String where) {
    if (!node.isObject()) {
      throw new ApiError(400, where + "expected a JSON object {\"id\": ..., \"text\": ...}");
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual()) {
      throw new ApiError(400, where + "\"text\" is missing or not a string");
    }
    if (text.asText().isEmpty()) {
      throw new ApiError(400, where + "\"text\" is empty");
    }
    JsonNode id = node.get("id");
    if (id != null && !id.isNull() && !id.isValueNode()) {
      throw new ApiError(400, where + "\"id\" must be a string or a number");
    }
    return new Doc(id == null || id.isNull() ? defaultId : id.asText(), text.asText(), null);
  }

  private static String idParam(Context ctx) {
    String id = ctx.queryParam("id");
    return id == null || id.isBlank() ? DEFAULT_ID : id;
  }

  private static JsonNode json(byte[] body) {
    return json(utf8(body), "");
  }

  private static JsonNode json(String body, String where) {
    if (body.isBlank()) {
      throw new ApiError(400, where + "empty body: send a JSON document");
    }
    try {
      return JsonLines.mapper().readTree(body);
    } catch (JsonProcessingException e) {
      // Jackson's message names its own source; keep the first clause and say where instead.
      String message = e.getOriginalMessage().split("\n")[0].replaceAll(" \\(.*$", "");
      var at = e.getLocation();
      throw new ApiError(400, where + "malformed JSON" + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()) + ": " + message);
    }
  }

  static ApiError unsupported(String type, String accepted) {
    return new ApiError(415, "unsupported Content-Type " + type + ": send " + accepted);
  }
}

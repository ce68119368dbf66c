package org.clinex.io;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinex.Mention;

/** One JSON object per document: {@code {"doc": ..., "mentions": [...]}} (plus {@code "text"} when asked). */
public final class JsonLines {
  private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

  private JsonLines() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** One document read back from a JSON line: its name, its text (when the line carries it) and its mentions. */
  public record Document(@JsonProperty("doc") String doc, @JsonProperty("text") String text,
      @JsonProperty("mentions") List<Mention> mentions) {}

  /**
   * Reads a line written by {@link #line}.
   *
   * @throws IllegalArgumentException with Jackson's reason when the line is not such an object
   */
  public static Document read(String line) {
    try {
      Document d = MAPPER.readValue(line, Document.class);
      if (d.doc() == null || d.mentions() == null) {
        throw new IllegalArgumentException("a JSON line needs \"doc\" and \"mentions\"");
      }
      return d;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("malformed JSON line: " + e.getOriginalMessage(), e);
    }
  }

  /** The JSON line (no newline) for one document; {@code text} is included when not null. */
  public static String line(String doc, String text, List<Mention> mentions) {
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("doc", doc);
    if (text != null) {
      object.put("text", text);
    }
    object.put("mentions", mentions);
    try {
      return MAPPER.writeValueAsString(object);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize mentions of " + doc, e);
    }
  }
}

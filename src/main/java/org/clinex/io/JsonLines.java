package org.clinex.io;

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

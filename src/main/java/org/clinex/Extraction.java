package org.clinex;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/** The immutable result of extracting one document: its mentions in document order. */
public record Extraction(List<Mention> mentions) {

  public Extraction {
    mentions = mentions.stream().sorted(Mention.DOCUMENT_ORDER).toList();
  }

  /** The mentions of one type, in document order. */
  @JsonIgnore
  public List<Mention> ofType(EntityType type) {
    return mentions.stream().filter(m -> m.type() == type).toList();
  }
}

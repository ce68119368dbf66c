package org.clinex.normalize;

import java.util.Map;
import org.clinex.pipeline.Candidate;
import org.clinex.pipeline.Document;

/** Gives a candidate span its SCHEMA attributes, or rejects it. One implementation per entity type. */
public interface Normalizer {
  /** The attributes of {@code candidate} (possibly empty), or {@code null} when it is not a mention after all. */
  Map<String, String> attributes(Candidate candidate, Document doc);
}

package org.clinex.normalize;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinex.pipeline.Candidate;
import org.clinex.pipeline.Document;

/** The IMR decision: the verdict word right after the item ({@code X-Ray of The Cervical Spine:  Upheld}). */
public final class DisputedItemNormalizer implements Normalizer {
  private static final Pattern VERDICT = Pattern.compile("^\\s*(?:is)?\\s*:?\\s*(Upheld|Overturned)\\b", Pattern.CASE_INSENSITIVE);

  @Override
  public Map<String, String> attributes(Candidate candidate, Document doc) {
    String after = doc.text().substring(candidate.end(), Math.min(doc.text().length(), candidate.end() + 40));
    Matcher m = VERDICT.matcher(after);
    return m.find() ? Map.of("Decision", m.group(1).toUpperCase(java.util.Locale.ROOT)) : null;
  }
}

package org.clinex.pipeline;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.clinex.EntityType;
import org.clinex.RulesException;

/**
 * A cheap prefilter in front of each type's rules: TokensRegex costs about the same for every
 * token it is tried at, and most sentences of a letter cannot hold, say, an age. A sentence reaches
 * a type's rules only when its text matches the type's gate regex or it lies in one of the gate's
 * sections. Gates are data ({@code models/lexicons/gates.tsv}) and must be at least as permissive as
 * the rules: a gate that misses a trigger word silently loses mentions, which the evaluation shows.
 */
public final class SentenceGate {
  private final Pattern pattern;
  private final Set<String> sections;

  private SentenceGate(Pattern pattern, Set<String> sections) {
    this.pattern = pattern;
    this.sections = sections;
  }

  /** The gate of each type listed in {@code lexicons/gates.tsv} (type, regex, sections or -). */
  public static Map<EntityType, SentenceGate> load(ModelSource source) {
    Map<EntityType, SentenceGate> gates = new EnumMap<>(EntityType.class);
    Lexicon lexicon = Lexicon.load(source, "lexicons/gates.tsv", 3);
    for (Lexicon.Row row : lexicon.rows()) {
      EntityType type = EntityType.fromLabel(row.get(0))
          .orElseThrow(() -> new RulesException(lexicon.at(row) + ": unknown entity type " + row.get(0)));
      try {
        Set<String> sections = row.get(2).equals("-") ? Set.of() : Set.of(row.get(2).split(","));
        gates.put(type, new SentenceGate(Pattern.compile(row.get(1)), sections));
      } catch (PatternSyntaxException e) {
        throw new RulesException(lexicon.at(row) + ": bad gate regex: " + e.getDescription());
      }
    }
    return gates;
  }

  /** Whether sentence {@code s} of {@code doc} may hold a mention of this gate's type. */
  public boolean admits(Document doc, int s) {
    CoreMap sentence = doc.sentence(s);
    int from = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int to = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    if (pattern.matcher(doc.text()).region(from, to).find()) {
      return true;
    }
    if (!sections.isEmpty()) {
      for (int t = doc.sentenceBegin(s); t < doc.sentenceEnd(s); t++) {
        if (sections.contains(doc.section(t))) {
          return true;
        }
      }
    }
    return false;
  }
}

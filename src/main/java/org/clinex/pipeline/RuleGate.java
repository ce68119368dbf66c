package org.clinex.pipeline;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.clinex.EntityType;
import org.clinex.RulesException;

/**
 * Where a type's rules run: a cheap prefilter in front of TokensRegex, which pays for every rule at
 * every token it may start from (see {@link StartFilter}), while most of a letter cannot hold, say, an age. The
 * rules see only token windows around the matches of the type's anchor regex (a number of tokens
 * before and after each match, within its sentence, overlapping windows merged), or whole sentences
 * that match it or lie in one of the listed sections. Gates are data ({@code models/lexicons/gates.tsv})
 * and must be at least as permissive as the rules: an anchor that misses a trigger word, or a window
 * shorter than a rule's reach, silently loses mentions, which the evaluation shows.
 */
public final class RuleGate {
  private static final String FILE = "lexicons/gates.tsv";
  private static final Pattern WINDOW = Pattern.compile("([0-9]{1,3}),([0-9]{1,3})");

  private final PrefilteredRegex anchor;
  private final Set<String> sections;
  /** Tokens kept before and after an anchor; negative: the whole sentence. */
  private final int before;
  private final int after;

  private RuleGate(Pattern anchor, Set<String> sections, int before, int after) {
    this.anchor = new PrefilteredRegex(anchor);
    this.sections = sections;
    this.before = before;
    this.after = after;
  }

  /** The gate of each type listed in {@code lexicons/gates.tsv} (type, regex, sections or -, window). */
  public static Map<EntityType, RuleGate> load(ModelSource source) {
    Map<EntityType, RuleGate> gates = new EnumMap<>(EntityType.class);
    Lexicon lexicon = Lexicon.load(source, FILE, 4);
    for (Lexicon.Row row : lexicon.rows()) {
      EntityType type = EntityType.fromLabel(row.get(0))
          .orElseThrow(() -> new RulesException(lexicon.at(row) + ": unknown entity type " + row.get(0)));
      Pattern anchor;
      try {
        anchor = Pattern.compile(expandLexicons(row.get(1), source, lexicon.at(row)));
      } catch (PatternSyntaxException e) {
        throw new RulesException(lexicon.at(row) + ": bad gate regex: " + e.getDescription());
      }
      Set<String> sections = row.get(2).equals("-") ? Set.of() : Set.of(row.get(2).split(","));
      Matcher window = WINDOW.matcher(row.get(3));
      if (row.get(3).equals("sentence")) {
        gates.put(type, new RuleGate(anchor, sections, -1, -1));
      } else if (window.matches()) {
        gates.put(type, new RuleGate(anchor, sections, Integer.parseInt(window.group(1)), Integer.parseInt(window.group(2))));
      } else {
        throw new RulesException(lexicon.at(row) + ": window must be BEFORE,AFTER (token counts) or sentence, found " + row.get(3));
      }
    }
    return gates;
  }

  private static final Pattern LEXICON_REFERENCE = Pattern.compile("\\{lexicon:([a-z_]+)\\}");

  /**
   * Replaces each {@code {lexicon:NAME}} by a regex of the terms of {@code lexicons/NAME.tsv}, so
   * that a gate whose rules use a lexicon macro opens at every term of it without a copy that
   * drifts from the lexicon.
   */
  private static String expandLexicons(String regex, ModelSource source, String where) {
    Matcher m = LEXICON_REFERENCE.matcher(regex);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      if (!source.exists("lexicons/" + m.group(1) + ".tsv")) {
        throw new RulesException(where + ": no lexicon " + m.group(1) + " (lexicons/" + m.group(1) + ".tsv)");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(LexiconMacros.textRegex(LexiconMacros.terms(source, m.group(1)))));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * The token ranges {@code [from, to)} of sentence {@code s} that this gate's rules see, in order
   * and disjoint: none when the sentence holds no anchor and lies in none of the sections.
   */
  public List<int[]> windows(Document doc, int s) {
    int first = doc.sentenceBegin(s);
    int end = doc.sentenceEnd(s);
    List<int[]> windows = new ArrayList<>();
    if (inSection(doc, first, end)) {
      windows.add(new int[] {first, end});
      return windows;
    }
    CoreMap sentence = doc.sentence(s);
    int from = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int to = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    if (before < 0) {
      anchor.find(doc.text(), from, to, (start, stop) -> !windows.add(new int[] {first, end})); // the first match decides
      return windows;
    }
    int[] token = {first}; // where the previous match began: matches come in text order
    anchor.find(doc.text(), from, to, (start, stop) -> {
      int t = token[0];
      while (t < end - 1 && doc.token(t).endPosition() <= start) {
        t++;
      }
      token[0] = t;
      int u = t;
      while (u < end - 1 && doc.token(u + 1).beginPosition() < stop) {
        u++;
      }
      int windowFrom = Math.max(first, t - before);
      int windowTo = Math.min(end, u + 1 + after);
      int[] last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
      if (last != null && windowFrom <= last[1]) {
        last[1] = Math.max(last[1], windowTo);
      } else {
        windows.add(new int[] {windowFrom, windowTo});
      }
      return true;
    });
    return windows;
  }

  /** The anchor regex, expanded (tests compare its prefiltered matches with plain ones). */
  Pattern anchor() {
    return anchor.pattern();
  }

  private boolean inSection(Document doc, int first, int end) {
    if (!sections.isEmpty()) {
      for (int t = first; t < end; t++) {
        if (sections.contains(doc.section(t))) {
          return true;
        }
      }
    }
    return false;
  }
}

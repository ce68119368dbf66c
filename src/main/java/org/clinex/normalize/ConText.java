package org.clinex.normalize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.clinex.RulesException;
import org.clinex.pipeline.Document;
import org.clinex.pipeline.Lexicon;

/**
 * A ConText-style assertion detector (Harkema et al., 2009). Cue phrases from
 * {@code models/lexicons/context_cues.tsv} open a scope over the words after them (or, for post
 * cues, before them) within the sentence, up to a window; a terminator ends a scope; a
 * pseudo-trigger ({@code no increase}, {@code not only}) is a cue look-alike that opens nothing.
 * The nearest applicable cue decides. A hedge word on its own noun phrase ({@code POSSIBLE_NP}:
 * {@code possible}, {@code probable}) reaches only its own conjunct: in "possible lumbar sprain/strain
 * and constant left lumbosacral radicular pain" the second condition is present.
 */
public final class ConText {
  public enum Category { NEGATED_PRE, NEGATED_POST, POSSIBLE_PRE, POSSIBLE_NP, POSSIBLE_POST, PSEUDO, TERMINATE }

  /** How many tokens a cue's scope reaches. */
  static final int PRE_WINDOW = 14;
  static final int POST_WINDOW = 5;

  private record Cue(String[] words, Category category) {}

  private record Hit(int start, int end, Category category) {}

  private final List<Cue> cues = new ArrayList<>();

  ConText(Lexicon lexicon) {
    for (Lexicon.Row row : lexicon.rows()) {
      Category category;
      try {
        category = Category.valueOf(row.get(1));
      } catch (IllegalArgumentException e) {
        throw new RulesException(lexicon.at(row) + ": unknown cue category " + row.get(1));
      }
      cues.add(new Cue(row.get(0).toLowerCase(Locale.ROOT).trim().split("\\s+"), category));
    }
    cues.sort(Comparator.comparingInt((Cue c) -> c.words().length).reversed());
  }

  /** {@code "negated"}, {@code "possible"} or {@code null} (present) for the tokens [first, end). */
  public String assertion(Document doc, int first, int end) {
    int sentence = doc.sentenceOf(first);
    int from = Math.max(doc.sentenceBegin(sentence), first - PRE_WINDOW - 4);
    int to = Math.min(doc.sentenceEnd(sentence), end + POST_WINDOW + 4);
    List<Hit> hits = hits(doc, from, to, first, end);
    Hit best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Hit hit : hits) {
      boolean pre = hit.category() == Category.NEGATED_PRE || hit.category() == Category.POSSIBLE_PRE
          || hit.category() == Category.POSSIBLE_NP && !coordinated(doc, hit.end(), first);
      boolean post = hit.category() == Category.NEGATED_POST || hit.category() == Category.POSSIBLE_POST;
      if (pre && hit.end() <= first && first - hit.end() <= PRE_WINDOW && !terminated(hits, hit.end(), first)) {
        if (first - hit.end() < bestDistance) {
          best = hit;
          bestDistance = first - hit.end();
        }
      } else if (post && hit.start() >= end && hit.start() - end <= POST_WINDOW && !terminated(hits, end, hit.start())) {
        if (hit.start() - end < bestDistance) {
          best = hit;
          bestDistance = hit.start() - end;
        }
      }
    }
    if (best == null) {
      return null;
    }
    return best.category() == Category.NEGATED_PRE || best.category() == Category.NEGATED_POST ? "negated" : "possible";
  }

  /**
   * A list separator or "and" between the tokens [from, to): the start of another conjunct. A comma
   * right after the cue ("most likely, this is a nerve injury") and "or" (alternatives, both hedged)
   * do not end the hedge.
   */
  private static boolean coordinated(Document doc, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      String w = doc.lowerWord(i);
      if (w.equals(",") || w.equals(";") || w.equals("and")) {
        return true;
      }
    }
    return false;
  }

  private static boolean terminated(List<Hit> hits, int from, int to) {
    return hits.stream().anyMatch(h -> h.category() == Category.TERMINATE && h.start() >= from && h.end() <= to);
  }

  /** Cue occurrences in [from, to) outside the mention, longest first at each place, pseudo-triggers kept as such. */
  private List<Hit> hits(Document doc, int from, int to, int first, int end) {
    List<Hit> hits = new ArrayList<>();
    int i = from;
    while (i < to) {
      if (i >= first && i < end) {
        i = end;
        continue;
      }
      Hit hit = null;
      for (Cue cue : cues) {
        if (matches(doc, i, to, cue.words())) {
          hit = new Hit(i, i + cue.words().length, cue.category());
          break;
        }
      }
      if (hit == null) {
        i++;
      } else {
        hits.add(hit);
        i = hit.end();
      }
    }
    return hits;
  }

  private static boolean matches(Document doc, int at, int limit, String[] words) {
    if (at + words.length > limit) {
      return false;
    }
    for (int k = 0; k < words.length; k++) {
      if (!doc.lowerWord(at + k).equals(words[k])) {
        return false;
      }
    }
    return true;
  }
}

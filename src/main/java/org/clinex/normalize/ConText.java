package org.clinex.normalize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clinex.RulesException;
import org.clinex.pipeline.Document;
import org.clinex.pipeline.Lexicon;

/**
 * A ConText-style assertion detector (Harkema et al., 2009). Cue phrases from
 * {@code models/lexicons/context_cues.tsv} open a scope over the words after them (or, for post
 * cues, before them) within the sentence, up to a window; a terminator ends a scope; a
 * pseudo-trigger ({@code no increase}, {@code not only}) is a cue look-alike that opens nothing.
 * The nearest applicable cue decides. A hedge word on its own noun phrase ({@code POSSIBLE_NP}:
 * {@code possible}, {@code probable}) and {@code without} ({@code NEGATED_NP}) reach only their own
 * conjunct: in "possible lumbar sprain/strain and constant left lumbosacral radicular pain" the second
 * condition is present. A pre cue's scope grows by {@link #PER_LIST_ITEM} tokens per list separator
 * (long "denies ..." lists), and ends at a heading's colon, a terminator, or (after a bare "no"/"not")
 * a "for" that moves the denial onto something else. The decisions are in annotated-gold/GUIDELINES.md.
 */
public final class ConText {
  public enum Category {
    NEGATED_PRE, NEGATED_NP, NEGATED_POST, POSSIBLE_PRE, POSSIBLE_NP, POSSIBLE_POST, PSEUDO, TERMINATE,
    /** A hedge only in an IMR letter's case summary or rationale, where reviewers hedge ("the presentation was consistent
     * with impingement syndrome"); in a clinical note the same words report a study's or a pathology's result (PSEUDO). */
    LETTER_POSSIBLE_PRE,
    /** Not cues: the word lists that shape scopes. */
    PHRASE_BREAK, HEDGE_ADVERB, OPEN_BEFORE_FOR, QUESTION_START, POSSESSIVE
  }

  /** How many tokens a cue's scope reaches. */
  static final int PRE_WINDOW = 14;
  static final int POST_WINDOW = 5;
  /** A list stretches a pre cue's scope by this many tokens per separator, up to {@link #MAX_PRE_WINDOW}. */
  static final int PER_LIST_ITEM = 4;
  static final int MAX_PRE_WINDOW = 48;

  /** Word lists that shape scopes, read from the same file: words that start a phrase of their own
   * (a hedge word before one hedges that phrase, not a later condition), hedging adverbs (they modify
   * a verb and reach across its preposition: "probably also suffered from Meniere's disease"), and
   * nouns that keep a negation open before "for" ("no evidence for radiculopathy"). */
  private final Set<String> phraseBreaks = new HashSet<>();
  private final Set<String> hedgeAdverbs = new HashSet<>();
  private final Set<String> openBeforeFor = new HashSet<>();
  /** Words that open a question ("Has the claimant reached ... for X?"): its final "?" asks, it does not hedge X. */
  private final Set<String> questionStarts = new HashSet<>();
  /** Possessive determiners ("his", "her"): a condition named as the patient's own is given, not asserted; a cue before
   * the possessive speaks of something else (a cause, a change, a treatment): "a nerve injury related to her abscess",
   * "involvement of the right hemisphere in her recent stroke", "probably secondary to his severe insomnia". */
  private final Set<String> possessives = new HashSet<>();
  /** How many words may stand between a possessive and the condition it owns ("her poorly treated sleep apnea"). */
  static final int POSSESSIVE_GAP = 3;

  /** What may stand before a question mark that hedges the condition after it ("(?DJD)", "1)?HTN"). */
  private static final Set<String> BEFORE_QUESTION_MARK = Set.of("(", ")", ",", ":", ";", ".");
  /** Punctuation skipped before a question's first word. */
  private static final Set<String> LEADING_PUNCTUATION = Set.of(",", ":", "-");
  private static final Set<String> BARE_NEGATIONS = Set.of("no", "not");
  private static final Set<String> VERSUS = Set.of("versus", "vs.", "vs");
  private static final Set<String> OPENING_BRACKET = Set.of("(");
  /** What starts another conjunct ({@link #coordinated}). */
  private static final Set<String> COORDINATORS = Set.of(",", ";", "and");
  /** The sections of an IMR letter where {@link Category#LETTER_POSSIBLE_PRE} hedges (sections.tsv). */
  private static final Set<String> LETTER_JUDGEMENT_SECTIONS = Set.of("SUMMARY", "RATIONALE");

  private record Cue(String[] words, Category category) {}

  private record Hit(int start, int end, Category category) {}

  /** Cues by their first word, each list longest first (then in file order): a token is compared only with the cues it can start. */
  private final Map<String, List<Cue>> cuesByFirstWord = new HashMap<>();

  ConText(Lexicon lexicon) {
    List<Cue> cues = new ArrayList<>();
    for (Lexicon.Row row : lexicon.rows()) {
      Category category;
      try {
        category = Category.valueOf(row.get(1));
      } catch (IllegalArgumentException e) {
        throw new RulesException(lexicon.at(row) + ": unknown cue category " + row.get(1));
      }
      String words = row.get(0).toLowerCase(Locale.ROOT).trim();
      switch (category) {
        case PHRASE_BREAK -> phraseBreaks.add(words);
        case HEDGE_ADVERB -> hedgeAdverbs.add(words);
        case OPEN_BEFORE_FOR -> openBeforeFor.add(words);
        case QUESTION_START -> questionStarts.add(words);
        case POSSESSIVE -> possessives.add(words);
        default -> cues.add(new Cue(words.split("\\s+"), category));
      }
    }
    cues.sort(Comparator.comparingInt((Cue c) -> c.words().length).reversed());
    for (Cue cue : cues) {
      cuesByFirstWord.computeIfAbsent(cue.words()[0], w -> new ArrayList<>()).add(cue);
    }
  }

  /** {@code "negated"}, {@code "possible"} or {@code null} (present) for the tokens [first, end). */
  public String assertion(Document doc, int first, int end) {
    int sentence = doc.sentenceOf(first);
    int from = Math.max(doc.sentenceBegin(sentence), first - MAX_PRE_WINDOW - 4);
    int to = Math.min(doc.sentenceEnd(sentence), end + POST_WINDOW + 4);
    List<Hit> hits = hits(doc, from, to, first, end);
    Hit best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Hit hit : hits) {
      if (questionMark(doc, hit) && (hit.start() != end || question(doc, sentence, first))) {
        continue; // "DJD?" hedges; "MS, ? secondary progressive" hedges what follows; a question's "?" asks
      }
      boolean pre = preScope(doc, hits, hit, first);
      boolean post = hit.category() == Category.NEGATED_POST || hit.category() == Category.POSSIBLE_POST
          || hit.category() == Category.POSSIBLE_PRE && hit.start() == end && versus(doc, hit);
      if (pre) {
        if (first - hit.end() < bestDistance) {
          best = hit;
          bestDistance = first - hit.end();
        }
      } else if (post && hit.start() >= end && hit.start() - end <= POST_WINDOW && !terminated(hits, end, hit.start())
          && !bracketBetween(doc, end, hit.start())) {
        if (hit.start() - end < bestDistance) {
          best = hit;
          bestDistance = hit.start() - end;
        }
      }
    }
    if (best == null) {
      if (first >= 1 && doc.lowerWord(first - 1).equals("?")
          && (first == doc.sentenceBegin(sentence) + 1 || BEFORE_QUESTION_MARK.contains(doc.lowerWord(first - 2)))) {
        return "possible"; // "(?DJD)", "PMH: 1)?HTN": a question mark written before the condition
      }
      return null;
    }
    if (best.category() == Category.POSSIBLE_NP || best.category() == Category.POSSIBLE_PRE) {
      // "no examination findings to indicate any possible radiculopathy", "no ST depression suggestive of ischemia",
      // "I do not suspect a neoplasm": the hedge sits inside a negation. A hedge phrase is negated only by a negation
      // in its own phrase ("MRI without contrast to evaluate for a tear" stays possible)
      final Hit hedge = best;
      final boolean np = best.category() == Category.POSSIBLE_NP;
      boolean negatedHedge = hits.stream().anyMatch(h -> h.end() <= hedge.start() && hedge.start() - h.end() <= 8
          && !coordinated(doc, h.end() - 1, hedge.start())
          && (h.category() == Category.NEGATED_PRE || np && h.category() == Category.NEGATED_NP)
          && (np || !breaksPhrase(doc, h.end(), hedge.start())) && preScope(doc, hits, h, first));
      if (negatedHedge) {
        return "negated";
      }
    }
    return best.category() == Category.NEGATED_PRE || best.category() == Category.NEGATED_NP
        || best.category() == Category.NEGATED_POST ? "negated" : "possible";
  }

  private static boolean questionMark(Document doc, Hit hit) {
    return hit.end() - hit.start() == 1 && doc.lowerWord(hit.start()).equals("?");
  }

  /** Whether the sentence (after a heading's colon, "QUESTION: Has the claimant ...") opens with a question word. */
  private boolean question(Document doc, int sentence, int first) {
    int start = doc.sentenceBegin(sentence);
    for (int i = start; i < first; i++) {
      if (doc.lowerWord(i).equals(":")) {
        start = i + 1;
      }
    }
    while (start < first && LEADING_PUNCTUATION.contains(doc.lowerWord(start))) {
      start++;
    }
    return start < first && questionStarts.contains(doc.lowerWord(start));
  }

  /** Whether the pre cue {@code hit} reaches a mention starting at token {@code first}. */
  private boolean preScope(Document doc, List<Hit> hits, Hit hit, int first) {
    Category c = hit.category();
    if (hit.end() > first || ownedBetween(doc, hit.end(), first)) {
      return false;
    }
    if (c == Category.POSSIBLE_NP || c == Category.NEGATED_NP) {
      // a hedge word or "without" reaches only its own conjunct and its own phrase
      if (coordinated(doc, hit.end(), first)
          || (c == Category.POSSIBLE_NP && !hedgeAdverbs.contains(doc.lowerWord(hit.start())) && breaksPhrase(doc, hit.end(), first))) {
        return false;
      }
    } else if (c == Category.NEGATED_PRE) {
      if (hit.end() - hit.start() == 1 && BARE_NEGATIONS.contains(doc.lowerWord(hit.start()))
          && forEndsNegation(doc, hit.end(), first)) {
        return false;
      }
    } else if (c != Category.POSSIBLE_PRE) {
      return false;
    }
    for (int i = hit.end() + 2; i < first; i++) {
      if (doc.lowerWord(i).equals(":")) {
        // a heading ("... or lightheadedness, MEDS: ..., PMH: 1) aphasia") starts a new part of the note; a colon
        // right after the cue's own word is its label ("Differential diagnosis: X, Y")
        return false;
      }
    }
    int window = Math.min(MAX_PRE_WINDOW, PRE_WINDOW + PER_LIST_ITEM * separators(doc, hit.end(), first));
    return first - hit.end() <= window && !terminated(hits, hit.end(), first);
  }

  /**
   * Whether a possessive stands in [from, to) within {@link #POSSESSIVE_GAP} words before {@code to}, with only words
   * (no punctuation, no gerund: "concern for her developing diabetes") between it and the condition.
   */
  private boolean ownedBetween(Document doc, int from, int to) {
    for (int i = to - 1; i >= from && i >= to - 1 - POSSESSIVE_GAP; i--) {
      String w = doc.lowerWord(i);
      if (possessives.contains(w)) {
        return true;
      }
      if (w.isEmpty() || !Character.isLetter(w.charAt(0)) || w.endsWith("ing")) {
        return false;
      }
    }
    return false;
  }

  /** List separators (commas, "or") between the tokens [from, to): each stretches a scope over one more item. */
  private static int separators(Document doc, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      String w = doc.lowerWord(i);
      if (w.equals(",") || w.equals("or")) {
        n++;
      }
    }
    return n;
  }

  /** "Vasovagal syncope versus polypharmacy": the alternative before "versus" is as hedged as the one after it. */
  private static boolean versus(Document doc, Hit hit) {
    return hit.end() - hit.start() == 1 && VERSUS.contains(doc.lowerWord(hit.start()));
  }

  /** "(other co-morbidities may be present)": a post cue inside brackets speaks of its own subject. */
  private static boolean bracketBetween(Document doc, int from, int to) {
    return anyWord(doc, from, to, OPENING_BRACKET); // parentheses stay as written: normalizeParentheses=false
  }

  private boolean breaksPhrase(Document doc, int from, int to) {
    return anyWord(doc, from, to, phraseBreaks);
  }

  /** Whether a token in [from, to) is one of {@code words}. */
  private static boolean anyWord(Document doc, int from, int to, Set<String> words) {
    for (int i = from; i < to; i++) {
      if (words.contains(doc.lowerWord(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * After a bare "no" or "not": "does not prescribe opiates for chronic back pain", "no clear indication for medication use for a sprain": what it
   * denies is the thing before "for", not the condition after it; "no evidence for", "for any" keep the negation open.
   */
  private boolean forEndsNegation(Document doc, int from, int to) {
    for (int i = from; i < to; i++) {
      if (doc.lowerWord(i).equals("for") && !(i > from && openBeforeFor.contains(doc.lowerWord(i - 1)))
          && !(i + 1 < to && doc.lowerWord(i + 1).equals("any"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A list separator or "and" between the tokens [from, to): the start of another conjunct. A comma
   * right after the cue ("most likely, this is a nerve injury") and "or" (alternatives, both hedged)
   * do not end the hedge.
   */
  private static boolean coordinated(Document doc, int from, int to) {
    return anyWord(doc, from + 1, to, COORDINATORS);
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
      for (Cue cue : cuesByFirstWord.getOrDefault(doc.lowerWord(i), List.of())) {
        if (matches(doc, i, to, cue.words())) {
          hit = new Hit(i, i + cue.words().length, asReadAt(doc, i, cue.category()));
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

  /** The category a cue has where it stands: a letter's hedge is a hedge only in a letter's judgement sections. */
  private static Category asReadAt(Document doc, int at, Category category) {
    if (category != Category.LETTER_POSSIBLE_PRE) {
      return category;
    }
    return LETTER_JUDGEMENT_SECTIONS.contains(doc.section(at)) ? Category.POSSIBLE_PRE : Category.PSEUDO;
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

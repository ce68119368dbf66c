package org.clinex.pipeline;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.ComplexNodePattern;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.util.Pair;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Remembers, per regex, which token strings it accepts. The rules test the same few thousand words
 * against the same lexicon and stop-word alternations at every start and in every branch of a
 * match, and a long alternation tries its terms one by one; a hash lookup of the word's verdict is
 * several times cheaper. Patterns with the same source and flags share one table. All tables together
 * hold at most {@link #MAX_VERDICTS} verdicts (about 30 MB), so that an endless stream of new words
 * (numbers, misspellings) cannot grow them without limit: past the bound a new word is matched by
 * the regex and not stored. The 140 DWC letters fill about 310,000. The verdict of a regex on a
 * string never changes, so matches are the same as without the memo. Token words are made canonical
 * first ({@link #canonicalWords}: one String object per distinct word, at most 200,000), so a lookup
 * finds its key by identity and the tables hold no copies of a word.
 */
final class WordRegexMemo {
  static final int MAX_VERDICTS = 400_000;
  private static final AtomicInteger STORED = new AtomicInteger();
  private static final Map<String, Map<String, Boolean>> TABLES = new ConcurrentHashMap<>();

  private WordRegexMemo() {}

  /** One String object per distinct word, so that a memo finds a word by identity, without comparing characters. */
  private static final Map<String, String> CANONICAL = new ConcurrentHashMap<>();
  private static final int MAX_CANONICAL = 200_000;

  /** Replaces each token's word by the canonical String with the same characters (same text, shared object). */
  static void canonicalWords(List<CoreLabel> tokens) {
    for (CoreLabel token : tokens) {
      String word = token.word();
      if (word == null) {
        continue;
      }
      String canonical = CANONICAL.get(word);
      if (canonical == null && CANONICAL.size() < MAX_CANONICAL) {
        canonical = CANONICAL.computeIfAbsent(word, w -> w);
      }
      if (canonical != null && canonical != word) {
        token.setWord(canonical);
      }
    }
  }

  /** Replaces, inside {@code node}, every token-string regex test by its memoized copy. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static void apply(NodePattern<?> node) {
    if (node instanceof ComplexNodePattern) {
      for (Pair<Object, NodePattern> test : ((ComplexNodePattern<?, Object>) node).getAnnotationPatterns()) {
        if (test.second instanceof ComplexNodePattern.StringAnnotationRegexPattern
            && !(test.second instanceof Memoized)) {
          test.second = new Memoized(((ComplexNodePattern.StringAnnotationRegexPattern) test.second).getPattern());
        }
      }
    } else {
      TokensRegexInternals.nodeParts(node).forEach(WordRegexMemo::apply);
    }
  }

  /** A regex test whose verdicts come from the table of its regex. */
  private static final class Memoized extends ComplexNodePattern.StringAnnotationRegexPattern {
    private static final long serialVersionUID = 1L;
    private final transient Map<String, Boolean> verdicts;

    Memoized(Pattern pattern) {
      super(pattern);
      this.verdicts = TABLES.computeIfAbsent(pattern.flags() + "/" + pattern.pattern(), k -> new ConcurrentHashMap<>());
    }

    @Override
    public boolean match(String word) {
      if (word == null) {
        return false;
      }
      Boolean known = verdicts.get(word);
      if (known != null) {
        return known;
      }
      boolean verdict = super.match(word);
      if (STORED.get() < MAX_VERDICTS && verdicts.putIfAbsent(word, verdict) == null) {
        STORED.incrementAndGet();
      }
      return verdict;
    }
  }
}

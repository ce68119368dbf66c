package org.clinex.pipeline;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.ComplexNodePattern;
import edu.stanford.nlp.ling.tokensregex.CoreMapNodePattern;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.Pair;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Remembers token-test verdicts per word. The rules test the same few thousand words against the
 * same lexicon and stop-word alternations at every start and in every branch of a match, and a long
 * alternation tries its terms one by one. Two memos, both exact since a verdict on a word never changes:
 *
 * <ul>
 *   <li>A token test that reads only the word ({@code [{word:/(?i)knee|hip/} & !{word:/Hip/}]}) is
 *       replaced by {@link #byWord a copy} whose verdicts sit in a byte array indexed by the word's
 *       number ({@link #canonicalWords} numbers distinct words, at most 200,000); identical tests in
 *       different rules share one array. All arrays together hold at most 64 MB; past that bound a
 *       new word's verdict is worked out each time.
 *   <li>A word regex inside any other test ({@code [{word:/x/} & {section:"PLAN"}]}) keeps a hash
 *       table of its verdicts per word string, shared by patterns with the same source and flags; all
 *       tables together hold at most {@link #MAX_VERDICTS} verdicts (about 30 MB).
 * </ul>
 * Token words are made canonical first (one String object per distinct word), so a hash lookup finds
 * its key by identity and the tables hold no copies of a word.
 */
final class WordRegexMemo {
  static final int MAX_VERDICTS = 400_000;
  private static final AtomicInteger STORED = new AtomicInteger();
  private static final Map<String, Map<String, Boolean>> TABLES = new ConcurrentHashMap<>();

  private WordRegexMemo() {}

  /** One String object and one number per distinct word, so that a memo finds a word by identity, without comparing characters. */
  private static final Map<String, Word> CANONICAL = new ConcurrentHashMap<>();
  private static final AtomicInteger NEXT_ID = new AtomicInteger();
  private static final int MAX_CANONICAL = 200_000;

  private record Word(String text, int id) {}

  /**
   * Replaces each token's word by the canonical String with the same characters (same text, shared
   * object) and gives the token the word's number ({@link Annotations.WordIdAnnotation}).
   */
  static void canonicalWords(List<CoreLabel> tokens) {
    for (CoreLabel token : tokens) {
      String text = token.word();
      Word word = text == null ? null : canonical(text);
      if (word != null) {
        if (word.text() != text) {
          token.setWord(word.text());
        }
        token.set(Annotations.WordIdAnnotation.class, word.id());
      }
    }
  }

  /** The canonical word with these characters (numbered now if new), or null once the table is full. */
  private static Word canonical(String text) {
    Word word = CANONICAL.get(text);
    if (word == null && CANONICAL.size() < MAX_CANONICAL) {
      word = CANONICAL.computeIfAbsent(text, w -> new Word(w, NEXT_ID.getAndIncrement()));
    }
    return word;
  }

  /** The number of the canonical word with these characters (numbered now if new), or -1 once the table is full. */
  static int canonicalId(String text) {
    Word word = canonical(text);
    return word == null ? -1 : word.id();
  }

  /**
   * Verdicts of one test indexed by word number: a byte per word ({@code MAX_CANONICAL} at most), so
   * that a test read at every token of every window costs an array read. Unknown until stored; a
   * verdict lost to a concurrent grow is worked out again, as verdicts never change.
   */
  static final class WordVerdicts {
    private static final byte UNKNOWN = 0;
    private static final byte NO = 1;
    private static final byte YES = 2;
    /** All verdict arrays together, bytes (one array per distinct word-only test and per start-filter test, a byte per word seen). */
    private static final long MAX_ARRAY_BYTES = 64L << 20;
    private static final AtomicLong ARRAY_BYTES = new AtomicLong();
    private volatile byte[] verdicts = new byte[0];

    /** The verdict for word number {@code id}: the stored one, else {@code test} of {@code subject}, stored. */
    <T> boolean test(int id, T subject, Predicate<? super T> test) {
      Boolean known = get(id);
      if (known == null) {
        known = test.test(subject);
        put(id, known);
      }
      return known;
    }

    /** The stored verdict for word number {@code id}, or null (not stored yet, or -1: no word number). */
    Boolean get(int id) {
      if (id < 0) {
        return null;
      }
      byte[] v = verdicts;
      byte known = id < v.length ? v[id] : UNKNOWN;
      return known == UNKNOWN ? null : known == YES;
    }

    void put(int id, boolean verdict) {
      if (id < 0) {
        return;
      }
      byte[] v = verdicts;
      if (id >= v.length) {
        int size = Math.max(id + 1, Math.min(2 * v.length, MAX_CANONICAL));
        if (ARRAY_BYTES.addAndGet(size - v.length) > MAX_ARRAY_BYTES) {
          ARRAY_BYTES.addAndGet(v.length - size);
          return; // past the bound: this word's verdict is worked out each time
        }
        v = Arrays.copyOf(v, size);
        verdicts = v;
      }
      v[id] = verdict ? YES : NO;
    }
  }

  /**
   * The word numbers of a window's tokens (-1 where a token has none), read once for all the rules
   * that scan the window: TokensRegex hands each rule of a stage the same token list, and a rule reads
   * a number at every token it may start at.
   */
  static int[] wordIds(List<? extends CoreMap> tokens) {
    WindowIds last = WINDOW_IDS.get();
    if (last.tokens != tokens || last.ids.length != tokens.size()) {
      int[] ids = new int[tokens.size()];
      for (int i = 0; i < ids.length; i++) {
        Integer id = tokens.get(i).get(Annotations.WordIdAnnotation.class);
        ids[i] = id == null ? -1 : id;
      }
      last.tokens = tokens;
      last.ids = ids;
    }
    return last.ids;
  }

  /** {@code node.match(token)}, from the word number where the node's verdict depends on the word alone. */
  static boolean match(NodePattern<CoreMap> node, int wordId, CoreMap token) {
    return node instanceof ByWord byWord ? byWord.match(wordId, token) : node.match(token);
  }

  private static final class WindowIds {
    List<? extends CoreMap> tokens;
    int[] ids = new int[0];
  }

  private static final ThreadLocal<WindowIds> WINDOW_IDS = ThreadLocal.withInitial(WindowIds::new);

  /** Stores a verdict in {@code table} while the common bound allows. */
  static void remember(Map<String, Boolean> table, String word, boolean verdict) {
    if (STORED.get() < MAX_VERDICTS && table.putIfAbsent(word, verdict) == null) {
      STORED.incrementAndGet();
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

  /** Shared verdict arrays of word-only token tests, by {@link #testKey}: the same test in many rules fills one. */
  private static final Map<String, WordVerdicts> NODE_VERDICTS = new ConcurrentHashMap<>();

  /**
   * {@code node}, or where it reads only the token's word, a copy that remembers its verdict per word
   * number (an array read instead of a regex or hash lookup at every try).
   */
  @SuppressWarnings("unchecked")
  static NodePattern<CoreMap> byWord(NodePattern<CoreMap> node) {
    if (node instanceof ByWord || !readsOnlyWord(node)) {
      return node;
    }
    String key = testKey(node);
    return key == null ? node : new ByWord(node, NODE_VERDICTS.computeIfAbsent(key, k -> new WordVerdicts()));
  }

  /** Whether {@code node}'s verdict on a token depends on the token's word alone. */
  static boolean readsOnlyWord(NodePattern<?> node) {
    if (node == NodePattern.ANY_NODE || node instanceof ByWord) {
      return true;
    }
    if (node instanceof CoreMapNodePattern complex) {
      return complex.getAnnotationPatterns().stream().allMatch(test -> test.first == CoreAnnotations.TextAnnotation.class);
    }
    List<NodePattern<?>> parts = TokensRegexInternals.nodeParts(node);
    return !parts.isEmpty() && parts.stream().allMatch(WordRegexMemo::readsOnlyWord);
  }

  /** A string that names exactly what a word-only test accepts, or null for a test this class cannot name. */
  @SuppressWarnings("rawtypes")
  private static String testKey(NodePattern<?> node) {
    if (node == NodePattern.ANY_NODE) {
      return "any";
    }
    if (node instanceof CoreMapNodePattern complex) {
      StringBuilder key = new StringBuilder("[");
      for (Pair<Class, NodePattern> test : complex.getAnnotationPatterns()) {
        if (test.second instanceof ComplexNodePattern.StringAnnotationRegexPattern regex) {
          key.append("re").append(regex.getPattern().flags()).append('/').append(regex.getPattern().pattern()).append("/;");
        } else if (test.second instanceof ComplexNodePattern.StringAnnotationPattern string) {
          key.append("eq").append(string.ignoreCase()).append(string.normalize()).append(string).append(';');
        } else {
          return null;
        }
      }
      return key.append(']').toString();
    }
    String op = node instanceof NodePattern.NegateNodePattern ? "!" : node instanceof NodePattern.ConjNodePattern ? "&"
        : node instanceof NodePattern.DisjNodePattern ? "|" : null;
    List<NodePattern<?>> parts = TokensRegexInternals.nodeParts(node);
    if (op == null || parts.isEmpty()) {
      return null;
    }
    StringBuilder key = new StringBuilder(op).append('(');
    for (NodePattern<?> part : parts) {
      String k = testKey(part);
      if (k == null) {
        return null;
      }
      key.append(k).append(',');
    }
    return key.append(')').toString();
  }

  /** A word-only token test whose verdicts are remembered by word number. */
  private static final class ByWord extends NodePattern<CoreMap> {
    private static final long serialVersionUID = 1L;
    private final NodePattern<CoreMap> test;
    private final transient WordVerdicts verdicts;
    private final transient Predicate<CoreMap> tested;

    ByWord(NodePattern<CoreMap> test, WordVerdicts verdicts) {
      this.test = test;
      this.verdicts = verdicts;
      this.tested = test::match;
    }

    @Override
    public boolean match(CoreMap token) {
      Integer id = token.get(Annotations.WordIdAnnotation.class);
      return match(id == null ? -1 : id, token);
    }

    boolean match(int wordId, CoreMap token) {
      return verdicts.test(wordId, token, tested);
    }

    @Override
    public Object matchWithResult(CoreMap token) {
      return test.matchWithResult(token);
    }

    @Override
    public String toString() {
      return test.toString();
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
      remember(verdicts, word, verdict);
      return verdict;
    }
  }
}

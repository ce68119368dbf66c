package org.clinex.pipeline;

import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.MatchedExpression;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.ling.tokensregex.parser.TokenSequenceParser;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinex.EntityType;
import org.clinex.RulesException;

/**
 * Runs one entity type's TokensRegex rule file over a document's tokens.
 *
 * <p>Each type has its own extractor because TokensRegex drops overlapping matches within one
 * extractor, while mentions of different types may overlap (a PriorStudy holds an
 * ImagingModality). A rule's {@code result} is its name, which every mention records. A rule whose
 * name starts with {@code not.} is a blocker: it wins over the smaller matches nested in it (an age
 * inside {@code patients over age 50}) and is then dropped itself.
 *
 * <p>Rules are compiled with {@link StartFilter}, which tries each pattern only at the tokens its
 * first node accepts, finds the match TokensRegex would pick with {@link ExactMatcher} and memoizes
 * word regexes: the same matches as plain TokensRegex, at a fraction of the CPU (eval/BENCH.md).
 */
public final class RuleStage {
  public static final String BLOCKER_PREFIX = "not.";

  private final EntityType type;
  private final CoreMapExpressionExtractor<MatchedExpression> extractor;
  private RuleGate gate;

  private RuleStage(EntityType type, CoreMapExpressionExtractor<MatchedExpression> extractor) {
    this.type = type;
    this.extractor = extractor;
  }

  /** Rules then run only over the token windows that {@code gate} opens (null: every sentence). */
  RuleStage gatedBy(RuleGate gate) {
    this.gate = gate;
    return this;
  }

  /**
   * Compiles {@code rules/macros.rules} and then {@code rules/<file>} into a fresh environment in
   * which every lexicon macro of {@code lexiconMacros} (name to TokensRegex pattern) is bound.
   */
  public static RuleStage load(EntityType type, ModelSource source, String file, Map<String, String> lexiconMacros) {
    return load(type, source, file, lexiconMacros, true);
  }

  /** As {@link #load}; {@code startFiltered} false compiles the rules as plain TokensRegex (tests compare both). */
  static RuleStage load(EntityType type, ModelSource source, String file, Map<String, String> lexiconMacros, boolean startFiltered) {
    CoreMapExpressionExtractor<MatchedExpression> extractor = newExtractor(lexiconMacros, startFiltered);
    String macros = null;
    for (String relative : List.of("rules/macros.rules", "rules/" + file)) {
      String text = source.read(relative);
      try {
        new TokenSequenceParser().updateExpressionExtractor(extractor, new StringReader(text));
      } catch (RulesException e) {
        throw e;
      } catch (Exception | Error e) {
        String where = macros == null ? "" : firstBadStatement(macros, text, lexiconMacros);
        throw new RulesException(source.describe(relative) + where + ": " + rootMessage(e), e);
      }
      macros = text;
    }
    return new RuleStage(type, extractor);
  }

  private static CoreMapExpressionExtractor<MatchedExpression> newExtractor(Map<String, String> lexiconMacros, boolean startFiltered) {
    Env env = TokenSequencePattern.getNewEnv();
    lexiconMacros.forEach(env::bind);
    if (startFiltered) {
      StartFilter.install(env);
    }
    // The rules set no TokensRegex tags (Tag()), so the walk over every token that removes them after
    // each window is skipped; CoreNLP's own note puts it at 20% of the extraction time.
    return new CoreMapExpressionExtractor<MatchedExpression>(env).keepTemporaryTags();
  }

  private static final Pattern RESULT = Pattern.compile("result:\\s*\"([^\"]*)\"");

  /**
   * {@code ":LINE: rule NAME"} for the first statement of {@code text} that does not compile (the
   * parser's own line is often the end of the file), found by compiling ever longer prefixes; a
   * statement starts at a line that begins in column 0 and is not a comment. Run only on failure.
   */
  private static String firstBadStatement(String macros, String text, Map<String, String> lexiconMacros) {
    String[] lines = text.split("\n", -1);
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank() && !lines[i].startsWith("#") && !Character.isWhitespace(lines[i].charAt(0))) {
        starts.add(i);
      }
    }
    for (int k = 0; k < starts.size(); k++) {
      int end = k + 1 < starts.size() ? starts.get(k + 1) : lines.length;
      String prefix = String.join("\n", java.util.Arrays.copyOfRange(lines, 0, end)) + "\n";
      try {
        CoreMapExpressionExtractor<MatchedExpression> probe = newExtractor(lexiconMacros, false);
        new TokenSequenceParser().updateExpressionExtractor(probe, new StringReader(macros));
        new TokenSequenceParser().updateExpressionExtractor(probe, new StringReader(prefix));
      } catch (Exception | Error e) {
        String statement = String.join("\n", java.util.Arrays.copyOfRange(lines, starts.get(k), end));
        Matcher name = RESULT.matcher(statement);
        return ":" + (starts.get(k) + 1) + (name.find() ? ": rule \"" + name.group(1) + "\"" : "");
      }
    }
    return "";
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    StringBuilder message = new StringBuilder();
    while (t != null) {
      if (t.getMessage() != null && !message.toString().contains(t.getMessage())) {
        if (message.length() > 0) {
          message.append(": ");
        }
        message.append(t.getMessage().strip());
      }
      t = t.getCause();
    }
    return message.length() == 0 ? e.getClass().getSimpleName() : message.toString().replace('\n', ' ');
  }

  public EntityType type() {
    return type;
  }

  /** The candidates of this type in {@code doc}, window by window, blockers removed. */
  public List<Candidate> find(Document doc) {
    List<Candidate> found = new ArrayList<>();
    for (int s = 0; s < doc.sentenceCount(); s++) {
      List<int[]> windows = gate == null ? List.of(new int[] {doc.sentenceBegin(s), doc.sentenceEnd(s)}) : gate.windows(doc, s);
      for (int[] w : windows) {
        collect(extractor.extractExpressions(doc.window(s, w[0], w[1])), doc, w[0], w[1], found);
      }
    }
    return found;
  }

  /**
   * Adds the non-blocker matches. Token indices are found from the character offsets, because
   * TokensRegex's token offsets for a sentence depend on which annotations the tokens carry.
   */
  private void collect(List<MatchedExpression> matches, Document doc, int from, int to, List<Candidate> found) {
    for (MatchedExpression match : matches) {
      Object value = match.getValue() == null ? null : match.getValue().get();
      String rule = value == null ? type.label() + ".unnamed" : value.toString();
      if (rule.startsWith(BLOCKER_PREFIX)) {
        continue;
      }
      int start = match.getCharOffsets().first();
      int end = match.getCharOffsets().second();
      int first = from;
      while (first < to - 1 && doc.token(first).endPosition() <= start) {
        first++;
      }
      int last = first;
      while (last < to - 1 && doc.token(last + 1).beginPosition() < end) {
        last++;
      }
      found.add(new Candidate(type, start, end, first, last + 1, rule));
    }
  }
}

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
 */
public final class RuleStage {
  public static final String BLOCKER_PREFIX = "not.";

  private final EntityType type;
  private final CoreMapExpressionExtractor<MatchedExpression> extractor;

  private RuleStage(EntityType type, CoreMapExpressionExtractor<MatchedExpression> extractor) {
    this.type = type;
    this.extractor = extractor;
  }

  /**
   * Compiles {@code rules/macros.rules} and then {@code rules/<file>} into a fresh environment in
   * which every lexicon macro of {@code lexiconMacros} (name to TokensRegex pattern) is bound.
   */
  public static RuleStage load(EntityType type, ModelSource source, String file, Map<String, String> lexiconMacros) {
    Env env = TokenSequencePattern.getNewEnv();
    lexiconMacros.forEach(env::bind);
    CoreMapExpressionExtractor<MatchedExpression> extractor = new CoreMapExpressionExtractor<>(env);
    for (String relative : List.of("rules/macros.rules", "rules/" + file)) {
      try {
        new TokenSequenceParser().updateExpressionExtractor(extractor, new StringReader(source.read(relative)));
      } catch (RulesException e) {
        throw e;
      } catch (Exception | Error e) {
        throw new RulesException(source.describe(relative) + ": " + rootMessage(e), e);
      }
    }
    return new RuleStage(type, extractor);
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

  /** The candidates of this type in {@code doc}, blockers removed. */
  public List<Candidate> find(Document doc) {
    List<MatchedExpression> matches = extractor.extractExpressions(doc.annotation());
    List<Candidate> found = new ArrayList<>(matches.size());
    for (MatchedExpression match : matches) {
      Object value = match.getValue() == null ? null : match.getValue().get();
      String rule = value == null ? type.label() + ".unnamed" : value.toString();
      if (rule.startsWith(BLOCKER_PREFIX)) {
        continue;
      }
      found.add(new Candidate(type, match.getCharOffsets().first(), match.getCharOffsets().second(),
          match.getTokenOffsets().first(), match.getTokenOffsets().second(), rule));
    }
    return found;
  }
}

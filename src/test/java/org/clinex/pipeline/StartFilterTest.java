package org.clinex.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.MatchedExpression;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.SequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.SequencePattern;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.ling.tokensregex.parser.TokenSequenceParser;
import java.io.StringReader;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.clinex.EntityType;
import org.junit.jupiter.api.Test;

/** Start filtering and regex memos are pure speed: every rule file finds exactly what plain TokensRegex finds. */
class StartFilterTest {
  private static final ModelSource MODELS = ModelSource.classpath();

  private static final List<String> TRAPS = List.of(
      "Patients over age 50 with red flags such as cancer or infection may need an MRI. She is a 44-year-old woman.",
      "Diagnoses: 1. Lumbar radiculopathy L5-S1, right side. 2. Rule out carpal tunnel syndrome. Denies headaches, dizziness.",
      "MRI of the lumbar spine dated 01/02/2015 showed a disc protrusion. A repeat CT is requested. Strength 4+/5, pain 6/10.",
      "Date of Injury: 10-302016. The request for X-Ray of the Cervical Spine is upheld. Therapeutic ultrasound was tried.");

  private static List<Document> documents() throws IOException {
    Pipeline pipeline = new Pipeline(MODELS, EnumSet.of(EntityType.AGE));
    List<Document> docs = new ArrayList<>();
    try (Stream<Path> seeds = Files.list(Path.of("annotated-gold/seeds"))) {
      for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        docs.add(pipeline.prepare(Files.readString(seed)));
      }
    }
    for (String trap : TRAPS) {
      docs.add(pipeline.prepare(trap));
    }
    return docs;
  }

  @Test
  void everyRuleFileFindsTheSameCandidatesWithAndWithoutTheFilter() throws IOException {
    Map<String, String> macros = LexiconMacros.load(MODELS);
    Map<EntityType, RuleGate> gates = RuleGate.load(MODELS);
    List<Document> docs = documents();
    int candidates = 0;
    for (EntityType type : EntityType.values()) {
      String file = Pipeline.RULE_FILES.get(type);
      // Ungated, so the rules run over every token of the letters, not only near anchors.
      RuleStage plain = RuleStage.load(type, MODELS, file, macros, false);
      RuleStage filtered = RuleStage.load(type, MODELS, file, macros, true);
      for (Document doc : docs) {
        List<Candidate> expected = plain.find(doc);
        assertEquals(expected, filtered.find(doc), type + ", ungated, in a document of " + doc.text().length() + " chars");
        candidates += expected.size();
      }
      plain.gatedBy(gates.get(type));
      filtered.gatedBy(gates.get(type));
      for (Document doc : docs) {
        assertEquals(plain.find(doc), filtered.find(doc), type + ", gated, in a document of " + doc.text().length() + " chars");
      }
    }
    assertTrue(candidates > 50, "the comparison covers real matches: " + candidates);
  }

  static List<CoreLabel> tokens(String... words) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (String w : words) {
      CoreLabel t = new CoreLabel();
      t.setWord(w);
      t.setValue(w);
      t.setOriginalText(w);
      tokens.add(t);
    }
    return tokens;
  }

  @Test
  void aPatternThatMustConsumeATokenIsFilteredAndFindsItsMatches() {
    TokenSequencePattern plain = TokenSequencePattern.compile("(?: /(?i)left|right/ )? /knee|hip/ /pain/");
    TokenSequencePattern filtered = StartFilter.filtered(plain);
    assertNotSame(plain, filtered, "the pattern tree was read: CoreNLP's internals are where StartFilter expects them");
    List<CoreLabel> tokens = tokens("right", "knee", "pain", "and", "hip", "pain", "and", "left", "pain");
    TokenSequenceMatcher m = filtered.getMatcher(tokens);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.start() + "-" + m.end());
    }
    assertEquals(List.of("0-3", "4-6"), found);
  }

  @Test
  void aRuleWhoseRequiredWordIsMissingFindsNothingAndOneWithItStillMatches() {
    TokenSequencePattern filtered = StartFilter.filtered(TokenSequencePattern.compile("/knee|hip/ /pain/? /(?i)unspecified/"));
    TokenSequenceMatcher none = filtered.getMatcher(tokens("knee", "pain", "and", "hip", "pain"));
    assertFalse(none.find());
    TokenSequenceMatcher one = filtered.getMatcher(tokens("knee", "pain", "hip", "Unspecified", "knee"));
    assertTrue(one.find());
    assertEquals(2, one.start(), "the knee at 0 is followed by pain, not unspecified");
    assertFalse(one.find(), "the last knee has no unspecified after it");
  }

  @Test
  void noMatchFromAStartWhereTheRequiredPartCannotBeReached() {
    String pattern = "/left|right/* /low/? /knee|back/* /strain|pain/ | /torn/ /left|right/? /meniscus/";
    ExactMatcher exact = ExactMatcher.of((SequencePattern.PatternExpr)
        TokensRegexInternals.field(SequencePattern.class, TokenSequencePattern.compile(pattern), "patternExpr"));
    List<CoreLabel> t = tokens("left", "knee", "strain", "left", "the", "back", "pain", "torn", "meniscus", "torn", "knee", "meniscus");
    assertTrue(exact.matchAt(t, 0, t.size()) != null, "left knee strain");
    assertFalse(exact.matchAt(t, 3, t.size()) != null, "'the' stands between left and any head");
    assertTrue(exact.matchAt(t, 5, t.size()) != null, "back pain");
    assertTrue(exact.matchAt(t, 7, t.size()) != null, "torn meniscus: the second alternative");
    assertFalse(exact.matchAt(t, 9, t.size()) != null, "knee cannot stand between torn and meniscus");
    assertFalse(exact.matchAt(t, 0, 2) != null, "the head lies beyond the window");
    List<String> plain = matches(TokenSequencePattern.compile(pattern), t, SequenceMatcher.FindType.FIND_NONOVERLAPPING);
    assertEquals(List.of("0-3", "5-7", "7-9"), plain);
    assertEquals(plain, matches(StartFilter.filtered(TokenSequencePattern.compile(pattern)), t, SequenceMatcher.FindType.FIND_NONOVERLAPPING));
  }

  @Test
  void aFindAllSearchSkipsStartsAndFindsTheSameMatches() {
    String pattern = "/denies|no/ ( [!{word:/[.]/}]{1,3} )";
    List<CoreLabel> t = tokens("she", "denies", "fever", "and", "no", "chills", ".", "no", "rash", "denies");
    List<String> plain = matches(TokenSequencePattern.compile(pattern), t, SequenceMatcher.FindType.FIND_ALL);
    // Each reach length from each start, "no chills" inside the first reach too; the last "denies" reaches nothing.
    assertEquals(List.of("1-3", "1-4", "1-5", "4-6", "7-10", "7-9"), plain.stream().sorted().toList()); // sorted as strings
    assertEquals(plain, matches(StartFilter.filtered(TokenSequencePattern.compile(pattern)), t, SequenceMatcher.FindType.FIND_ALL));
  }

  /** "start-end" of each match {@code pattern} finds in {@code tokens}, in the order found. */
  private static List<String> matches(TokenSequencePattern pattern, List<CoreLabel> tokens, SequenceMatcher.FindType findType) {
    List<String> found = new ArrayList<>();
    var m = pattern.getMatcher(tokens);
    m.setFindType(findType);
    while (m.find()) {
      found.add(m.start() + "-" + m.end());
    }
    return found;
  }

  @Test
  void aPatternThatCanMatchNothingRunsUnfiltered() {
    TokenSequencePattern nullable = TokenSequencePattern.compile("/a/*");
    assertSame(nullable, StartFilter.filtered(nullable));
  }

  @Test
  void anchorsAtTheWindowsEdgesMatchNoTokenAndTheFilterKeepsThem() {
    for (String regex : List.of("^ /a/", "/a/ /b/? $", "/b/ [!{word:/b/}]{1,60} $")) {
      TokenSequencePattern plain = TokenSequencePattern.compile(regex);
      TokenSequencePattern filtered = StartFilter.filtered(TokenSequencePattern.compile(regex));
      assertNotSame(plain, filtered, regex + " is filtered");
      for (String text : List.of("a a b", "b a", "a b", "b b a")) {
        List<CoreLabel> tokens = tokens(text.split(" "));
        assertEquals(matches(plain, tokens, SequenceMatcher.FindType.FIND_NONOVERLAPPING),
            matches(filtered, tokens, SequenceMatcher.FindType.FIND_NONOVERLAPPING), regex + " on " + text);
      }
    }
  }

  @Test
  void aMemoizedRegexGivesTheRegexVerdict() {
    TokenSequencePattern plain = TokenSequencePattern.compile("[{word:/(?i)knee|hip|shoulders?/} & !{word:/Hip/}]");
    TokenSequencePattern memoized = StartFilter.filtered(TokenSequencePattern.compile("[{word:/(?i)knee|hip|shoulders?/} & !{word:/Hip/}]"));
    for (int pass = 0; pass < 2; pass++) {
      for (String word : List.of("knee", "KNEE", "hip", "Hip", "shoulders", "elbow", "kneel")) {
        List<? extends CoreMap> one = tokens(word);
        assertEquals(plain.getMatcher(one).matches(), memoized.getMatcher(one).matches(), word + " pass " + pass);
      }
    }
    assertFalse(memoized.getMatcher(tokens("Hip")).matches());
  }

  @Test
  void aMatchKeepsItsContextSoItsActionRunsWithoutASecondMatch() throws Exception {
    Env env = TokenSequencePattern.getNewEnv();
    StartFilter.install(env);
    CoreMapExpressionExtractor<MatchedExpression> extractor = new CoreMapExpressionExtractor<>(env);
    new TokenSequenceParser().updateExpressionExtractor(extractor, new StringReader(
        "ENV.defaults[\"ruleType\"] = \"tokens\"\n"
            + "mark = { type: \"CLASS\", value: \"org.clinex.pipeline.Annotations$MarkAnnotation\" }\n"
            + "{ stage: 1, pattern: ( /(?i)diagnosed/ /with/ ( [!{word:/[.]/}]{1,5} ) ), action: ( Annotate($1, mark, \"DX\") ) }\n"
            + "{ stage: 2, pattern: ( [{mark:\"DX\"}]+ ), result: \"marked\" }\n"));
    Document doc = new Pipeline(MODELS, EnumSet.of(EntityType.AGE)).prepare("He was diagnosed with knee pain. Knee pain.");
    List<MatchedExpression> found = extractor.extractExpressions(doc.window(0, doc.sentenceBegin(0), doc.sentenceEnd(0)));
    assertEquals(List.of("knee pain"), found.stream().filter(e -> "marked".equals(e.getValue().get())).map(MatchedExpression::getText).toList(),
        "the action marked its group, from the first match");
    assertTrue(found.stream().allMatch(e -> contextOf(e) != null),
        "every match keeps its context: CoreNLP's MatchedExpression.context is where StartFilter expects it");
  }

  private static Object contextOf(MatchedExpression e) {
    try {
      return TokensRegexInternals.MATCH_CONTEXT.get(e);
    } catch (IllegalAccessException | NullPointerException x) {
      return null;
    }
  }

  @Test
  void testsRememberedByWordNumberKeepTheirOwnVerdicts() {
    List<CoreLabel> words = tokens("hip", "Hip", "knee", "hip");
    WordRegexMemo.canonicalWords(words);
    words.get(1).set(Annotations.SectionAnnotation.class, "RATIONALE");
    List<String> patterns = List.of("[{word:/Hip/}]", "[{word:/(?i)hip/}]", "[!{word:/(?i)hip/}]", "[{word:\"hip\"}]",
        "[{word:/(?i)hip/} & {section:\"RATIONALE\"}]", "[{word:/knee/} | {word:/Hip/}]");
    for (int pass = 0; pass < 2; pass++) {
      for (String pattern : patterns) {
        TokenSequencePattern plain = TokenSequencePattern.compile(pattern);
        TokenSequencePattern memoized = StartFilter.filtered(TokenSequencePattern.compile(pattern));
        for (CoreLabel word : words) {
          assertEquals(plain.getMatcher(List.of(word)).matches(), memoized.getMatcher(List.of(word)).matches(),
              pattern + " on " + word.word() + " pass " + pass);
        }
      }
    }
    assertTrue(WordRegexMemo.readsOnlyWord(firstNode("[!{word:/(?i)hip/}]")));
    assertTrue(WordRegexMemo.readsOnlyWord(firstNode("[{word:/knee/} | {word:/Hip/}]")));
    assertFalse(WordRegexMemo.readsOnlyWord(firstNode("[{word:/(?i)hip/} & {section:\"RATIONALE\"}]")));
    assertTrue(firstNode(StartFilter.filtered(TokenSequencePattern.compile("/knee/ /pain/"))).getClass().getSimpleName().equals("ByWord"),
        "a word test is remembered by word number: CoreNLP's node expression is where StartFilter expects it");
  }

  private static NodePattern<?> firstNode(String pattern) {
    return firstNode(TokenSequencePattern.compile(pattern));
  }

  private static NodePattern<?> firstNode(TokenSequencePattern pattern) {
    SequencePattern.PatternExpr expr = (SequencePattern.PatternExpr) TokensRegexInternals.field(SequencePattern.class, pattern, "patternExpr");
    while (TokensRegexInternals.node(expr) == null) {
      expr = TokensRegexInternals.inner(expr) != null ? TokensRegexInternals.inner(expr) : TokensRegexInternals.parts(expr).get(0);
    }
    return TokensRegexInternals.node(expr);
  }
}

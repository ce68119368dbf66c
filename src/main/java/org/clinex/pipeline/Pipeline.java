package org.clinex.pipeline;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import org.clinex.EntityType;
import org.clinex.Mention;
import org.clinex.normalize.Normalizers;
import org.clinex.normalize.Normalizer;

/**
 * The whole extraction chain, assembled in one place. Each stage has one job:
 *
 * <ol>
 *   <li>{@link LayoutNormalizer}: fold PDF layout into white space of equal length;
 *   <li>CoreNLP {@code tokenize,ssplit}: tokens with offsets into the original text, sentences;
 *   <li>{@link LineBreakHyphens}: a word cut after its hyphen at a line end is one token again;
 *   <li>{@link SectionTagger}: section and line-start marks on tokens;
 *   <li>{@link RuleStage}, one per type (models/rules/TYPE.rules), run only on the token windows
 *       that the type's {@link RuleGate} opens, and {@link HeaderTable}: candidate spans
 *       ({@link SidePairs} cuts a right/left grade pair in two);
 *   <li>one {@link Normalizer} per type: SCHEMA attributes, or rejection;
 *   <li>same-type overlaps resolved (longest first).
 * </ol>
 * No POS tagger or NER: the rules need none, and they would cost 10x and 100x the tokenizer.
 */
public final class Pipeline {
  /** The rule file of each type under models/rules/. */
  public static final Map<EntityType, String> RULE_FILES = new EnumMap<>(Map.of(
      EntityType.AGE, "age.rules",
      EntityType.INJURY_DATE, "injury_date.rules",
      EntityType.DIAGNOSIS, "diagnosis.rules",
      EntityType.MOTOR_GRADE, "motor_grade.rules",
      EntityType.IMAGING_MODALITY, "imaging_modality.rules",
      EntityType.PRIOR_STUDY, "prior_study.rules",
      EntityType.DISPUTED_ITEM, "disputed_item.rules"));

  /** Longest text tokenized as one piece: above every corpus document (27 KB), far below what strains memory. */
  static final int MAX_PIECE = 64 * 1024;

  private final StanfordCoreNLP corenlp;
  private final SectionTagger sections;
  private final List<RuleStage> rules = new ArrayList<>();
  private final HeaderTable headerTable;
  private final Map<EntityType, Normalizer> normalizers;

  public Pipeline(ModelSource source, Set<EntityType> types) {
    this.corenlp = new StanfordCoreNLP(corenlpProperties(), false);
    this.sections = new SectionTagger(Lexicon.load(source, "lexicons/sections.tsv", 3));
    Map<String, String> macros = LexiconMacros.load(source);
    Map<EntityType, RuleGate> gates = RuleGate.load(source);
    for (EntityType type : types) {
      rules.add(RuleStage.load(type, source, RULE_FILES.get(type), macros).gatedBy(gates.get(type)));
    }
    this.headerTable = types.contains(EntityType.INJURY_DATE) ? new HeaderTable() : null;
    this.normalizers = Normalizers.load(source);
  }

  /**
   * The tokenizer settings: offsets kept, no PTB escaping, hyphenated words whole ({@code 57-year-old}),
   * and a sentence-final period split from an acronym ({@code CT.} is CT and a period).
   */
  public static Properties corenlpProperties() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit");
    props.setProperty("tokenize.language", "en");
    props.setProperty("tokenize.options",
        "ptb3Escaping=false,splitHyphenated=false,normalizeParentheses=false,normalizeOtherBrackets=false,strictAcronym=true,"
            + "untokenizable=noneKeep,invertible=false");
    // LayoutNormalizer turns line wraps into single line breaks; a blank line is a paragraph break.
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    return props;
  }

  /** Tokenizes and tags {@code text} as one piece: everything the rule stages read. */
  public Document prepare(String text) {
    String normalized = LayoutNormalizer.normalize(text);
    return prepare(text, normalized, 0, text.length(), sections.sections(normalized));
  }

  /** The piece [from, to) of the text as a document of its own (offsets relative to {@code from}). */
  private Document prepare(String text, String normalized, int from, int to, TreeMap<Integer, String> sectionStarts) {
    Annotation annotation = new Annotation(normalized.substring(from, to));
    corenlp.annotate(annotation);
    LineBreakHyphens.join(annotation);
    Document doc = new Document(text.substring(from, to), annotation);
    WordRegexMemo.canonicalWords(doc.tokens());
    sections.tag(doc.layoutText(), doc.tokens(), sectionStarts, from);
    return doc;
  }

  /**
   * The mentions of {@code text}. Layout and sections are read from the whole text; tokens and
   * rules run per {@link Chunks piece} (one piece unless the text exceeds {@link #MAX_PIECE}).
   * Interruption is checked between pieces and stages, so a cancelled extraction stops soon.
   */
  public List<Mention> extract(String text) {
    String normalized = LayoutNormalizer.normalize(text);
    TreeMap<Integer, String> sectionStarts = sections.sections(normalized);
    List<Mention> mentions = new ArrayList<>();
    for (int[] piece : Chunks.split(normalized, MAX_PIECE)) {
      checkInterrupted();
      Document doc = prepare(text, normalized, piece[0], piece[1], sectionStarts);
      for (RuleStage stage : rules) {
        checkInterrupted();
        List<Candidate> candidates = new ArrayList<>(stage.find(doc));
        if (stage.type() == EntityType.INJURY_DATE && headerTable != null && piece[0] == 0) {
          candidates.addAll(headerTable.find(doc));
        }
        if (stage.type() == EntityType.MOTOR_GRADE) {
          candidates = SidePairs.split(candidates, doc.text());
        }
        for (Mention m : resolve(stage.type(), candidates, doc)) {
          mentions.add(piece[0] == 0 ? m : new Mention(m.type(), m.start() + piece[0], m.end() + piece[0], m.text(), m.attributes(), m.rule()));
        }
      }
    }
    mentions.sort(Mention.DOCUMENT_ORDER);
    return mentions;
  }

  private static void checkInterrupted() {
    if (Thread.interrupted()) {
      throw new CancellationException("extraction interrupted");
    }
  }

  /** Normalizes candidates and keeps, of same-type overlapping ones, the longest (then the earliest). */
  private List<Mention> resolve(EntityType type, List<Candidate> candidates, Document doc) {
    Normalizer normalizer = normalizers.get(type);
    candidates.sort((a, b) -> a.end() - a.start() != b.end() - b.start()
        ? (b.end() - b.start()) - (a.end() - a.start()) : a.start() - b.start());
    List<Mention> kept = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.start() >= c.end() || kept.stream().anyMatch(m -> m.start() < c.end() && c.start() < m.end())) {
        continue;
      }
      Map<String, String> attributes = normalizer.attributes(c, doc);
      if (attributes != null) {
        kept.add(new Mention(type, c.start(), c.end(), doc.text().substring(c.start(), c.end()), attributes, c.rule()));
      }
    }
    return kept;
  }
}

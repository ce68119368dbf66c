package org.clinex.pipeline;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;

/**
 * One document as the stages see it: the original text (offsets index it), the layout-normalized
 * copy of equal length that CoreNLP tokenized, and CoreNLP's annotation with tokens and sentences.
 */
public final class Document {
  private final String text;
  private final Annotation annotation;
  private final List<CoreLabel> tokens;
  private final List<CoreMap> sentences;
  private final int[] sentenceOfToken;

  Document(String text, Annotation annotation) {
    this.text = text;
    this.annotation = annotation;
    this.tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
    this.sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    this.sentenceOfToken = new int[tokens.size()];
    for (int s = 0; s < sentences.size(); s++) {
      CoreMap sentence = sentences.get(s);
      int from = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
      int to = sentence.get(CoreAnnotations.TokenEndAnnotation.class);
      for (int t = from; t < to; t++) {
        sentenceOfToken[t] = s;
      }
    }
  }

  /** The original text: every offset indexes it. */
  public String text() {
    return text;
  }

  /** The layout-normalized copy of the text (equal length; only white space differs): where lines are read. */
  public String layoutText() {
    return annotation.get(CoreAnnotations.TextAnnotation.class);
  }

  public Annotation annotation() {
    return annotation;
  }

  public List<CoreLabel> tokens() {
    return tokens;
  }

  public CoreLabel token(int i) {
    return tokens.get(i);
  }

  /** The index of the sentence that holds token {@code i}. */
  public int sentenceOf(int token) {
    return sentenceOfToken[token];
  }

  public int sentenceCount() {
    return sentences.size();
  }

  public CoreMap sentence(int s) {
    return sentences.get(s);
  }

  /**
   * Tokens {@code [from, to)} of sentence {@code s} as a sentence of their own, for the rules: the
   * whole sentence itself when the range covers it.
   */
  public CoreMap window(int s, int from, int to) {
    CoreMap sentence = sentences.get(s);
    if (from == sentenceBegin(s) && to == sentenceEnd(s)) {
      return sentence;
    }
    int begin = tokens.get(from).beginPosition();
    int end = tokens.get(to - 1).endPosition();
    int sentenceStart = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    String sentenceText = sentence.get(CoreAnnotations.TextAnnotation.class);
    CoreMap window = new ArrayCoreMap(6);
    window.set(CoreAnnotations.TextAnnotation.class, sentenceText.substring(begin - sentenceStart, end - sentenceStart));
    window.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    window.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    window.set(CoreAnnotations.TokensAnnotation.class, tokens.subList(from, to));
    window.set(CoreAnnotations.TokenBeginAnnotation.class, from);
    window.set(CoreAnnotations.TokenEndAnnotation.class, to);
    return window;
  }

  /** First token of sentence {@code s}. */
  public int sentenceBegin(int s) {
    return sentences.get(s).get(CoreAnnotations.TokenBeginAnnotation.class);
  }

  /** End (exclusive) token of sentence {@code s}. */
  public int sentenceEnd(int s) {
    return sentences.get(s).get(CoreAnnotations.TokenEndAnnotation.class);
  }

  /** Lower-cased word of token {@code i}. */
  public String lowerWord(int i) {
    return tokens.get(i).word().toLowerCase(java.util.Locale.ROOT);
  }

  /** The section that holds token {@code i}. */
  public String section(int i) {
    return tokens.get(i).get(Annotations.SectionAnnotation.class);
  }
}

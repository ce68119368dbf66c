package org.clinex.pipeline;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
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

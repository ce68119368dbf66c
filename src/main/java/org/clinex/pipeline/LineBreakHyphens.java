package org.clinex.pipeline;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Joins a word that a line break cuts after its hyphen or slash, as text copied from a PDF keeps it
 * ({@code x-\nrays}, {@code 10-\n30-2016}, {@code 10/30/\n2016}, the seeds' {@code red-\n\nflag}):
 * the tokenizer gives {@code x}, {@code -}, {@code rays}, and the rules want one token {@code x-rays},
 * as pdftotext's copy (which drops the break) gives them. The joined token spans the line break, so
 * offsets still index the original text. A dash after a space ({@code pain -\nworse}) is punctuation
 * and stays; a break between sentences (a blank line in single-spaced text) is never crossed.
 */
final class LineBreakHyphens {
  private LineBreakHyphens() {}

  /** Joins the cut words of {@code annotation} (tokenized and sentence-split) in place. */
  static void join(Annotation annotation) {
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<CoreLabel> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
    boolean any = false;
    for (int i = 1; i + 1 < tokens.size() && !any; i++) {
      any = isCut(tokens, i, text);
    }
    if (!any) {
      return;
    }
    List<CoreLabel> joined = new ArrayList<>(tokens.size());
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      int begin = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
      int end = sentence.get(CoreAnnotations.TokenEndAnnotation.class);
      List<CoreLabel> sentenceTokens = new ArrayList<>(end - begin);
      for (int i = begin; i < end; i++) {
        if (i + 2 < end && isCut(tokens, i + 1, text)) {
          sentenceTokens.add(joined(tokens.get(i), tokens.get(i + 1), tokens.get(i + 2)));
          i += 2;
        } else {
          sentenceTokens.add(tokens.get(i));
        }
      }
      int first = joined.size();
      for (int k = 0; k < sentenceTokens.size(); k++) {
        CoreLabel token = sentenceTokens.get(k);
        token.setIndex(k + 1);
        token.set(CoreAnnotations.TokenBeginAnnotation.class, first + k);
        token.set(CoreAnnotations.TokenEndAnnotation.class, first + k + 1);
      }
      joined.addAll(sentenceTokens);
      sentence.set(CoreAnnotations.TokensAnnotation.class, sentenceTokens);
      sentence.set(CoreAnnotations.TokenBeginAnnotation.class, first);
      sentence.set(CoreAnnotations.TokenEndAnnotation.class, joined.size());
    }
    annotation.set(CoreAnnotations.TokensAnnotation.class, joined);
  }

  /** Token {@code i} is a hyphen or slash glued to a word before it, and a line break parts it from a word after it. */
  private static boolean isCut(List<CoreLabel> tokens, int i, String text) {
    CoreLabel mark = tokens.get(i);
    if (!mark.word().equals("-") && !mark.word().equals("/")) {
      return false;
    }
    CoreLabel before = tokens.get(i - 1);
    CoreLabel after = tokens.get(i + 1);
    return before.endPosition() == mark.beginPosition()
        && Character.isLetterOrDigit(before.word().charAt(before.word().length() - 1))
        && Character.isLetterOrDigit(after.word().charAt(0))
        && text.substring(mark.endPosition(), after.beginPosition()).indexOf('\n') >= 0;
  }

  private static CoreLabel joined(CoreLabel before, CoreLabel mark, CoreLabel after) {
    CoreLabel token = new CoreLabel(before);
    String word = before.word() + mark.word() + after.word();
    token.setWord(word);
    token.setValue(word);
    token.setOriginalText(word);
    token.setEndPosition(after.endPosition());
    return token;
  }
}

package org.clinex.pipeline;

import java.nio.CharBuffer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps an inline numbered list of diagnoses in one sentence for the tokenizer, without moving a character.
 *
 * <p>In {@code The diagnoses listed are: 1. lumbar radiculopathy; 2. cervical sprain} and {@code Diagnoses: 1. Lumbar
 * radiculopathy. 2. Cervical sprain.} the sentence splitter ends a sentence at every {@code 1.} and at every item's
 * period, so the list's items fall outside the reach of the words that introduce it. Here each item number
 * {@code N.} becomes {@code N)} and the period that ends an item before the next number becomes {@code ;}: the list
 * reads as {@code Diagnoses: 1) Lumbar radiculopathy; 2) Cervical sprain.}, one sentence, as the rules already read
 * such lists. Only a list of at least two items counting up from 1, opened after a colon by a word that names
 * diagnoses, is touched; a plan's or a history's numbered list keeps its sentences.
 */
final class InlineLists {
  private InlineLists() {}

  /**
   * The first item: "1." or "1)" after a colon (and an opening quote). The pattern opens with the colon, a literal, so
   * that a text without such an item costs one quick scan; the diagnosis word before it is checked only at a match.
   */
  private static final Pattern FIRST_ITEM = Pattern.compile(":[ \\t]*[\"\u201c]?[ \\t]*(1)[.)][ \\t]+(?=\\S)");
  /** A word that names diagnoses, in the same sentence shortly before the colon. */
  private static final Pattern DIAGNOSIS_WORD = Pattern.compile(
      "(?i)\\b(?:diagnos[ie]s|diagnosis|dx|impressions?|assessments?|problems|conditions)\\b[^.!?\\n]{0,60}$");
  /** How far an item may run before the next number. */
  private static final int MAX_ITEM = 400;

  static void join(char[] s) {
    // Most texts hold no such list: look for a first item in place, and copy the text only where one is.
    if (!FIRST_ITEM.matcher(CharBuffer.wrap(s)).find()) {
      return;
    }
    String text = new String(s);
    Matcher m = FIRST_ITEM.matcher(text);
    int from = 0;
    while (m.find(from)) {
      int colon = m.start();
      if (DIAGNOSIS_WORD.matcher(text).region(Math.max(0, colon - 90), colon).find()) {
        from = Math.max(joinFrom(s, text, m.start(1)), m.end());
      } else {
        from = m.end();
      }
    }
  }

  /** Joins the list whose item 1 is at {@code one}; returns where the list ends (or {@code one + 1}). */
  private static int joinFrom(char[] s, String text, int one) {
    int marker = one;
    int number = 1;
    int next;
    while ((next = nextItem(text, marker, number + 1)) >= 0) {
      if (number == 1) {
        s[one + 1] = ')';
      }
      String digits = Integer.toString(number + 1);
      s[next + digits.length()] = ')';
      int end = previousNonBlank(text, next);
      if (s[end] == '.') {
        s[end] = ';';
      }
      marker = next;
      number++;
    }
    return marker + 1;
  }

  /**
   * The start of item {@code number} ("2." or "2)") after the item at {@code marker}: within {@link #MAX_ITEM}
   * characters, no blank line before it, after an item's end (a period, semicolon or comma) and white space.
   */
  private static int nextItem(String text, int marker, int number) {
    String digits = Integer.toString(number);
    int limit = Math.min(text.length(), marker + MAX_ITEM);
    for (int i = marker + 2; i + digits.length() < limit; i++) {
      char c = text.charAt(i);
      if (c == '\n' && blankLineAt(text, i)) {
        return -1;
      }
      if (!text.startsWith(digits, i)) {
        continue;
      }
      int after = i + digits.length();
      char mark = text.charAt(after);
      boolean numberAlone = Character.isWhitespace(text.charAt(i - 1)) && (mark == '.' || mark == ')')
          && after + 1 < text.length() && (text.charAt(after + 1) == ' ' || text.charAt(after + 1) == '\t');
      if (numberAlone) {
        int end = previousNonBlank(text, i);
        if (end >= 0 && ".;,".indexOf(text.charAt(end)) >= 0) {
          return i;
        }
      }
    }
    return -1;
  }

  private static boolean blankLineAt(String text, int newline) {
    for (int j = newline + 1; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == '\n') {
        return true;
      }
      if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return false;
  }

  private static int previousNonBlank(String text, int i) {
    int j = i - 1;
    while (j >= 0 && Character.isWhitespace(text.charAt(j))) {
      j--;
    }
    return j;
  }
}

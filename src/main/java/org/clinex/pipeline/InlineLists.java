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
 *
 * <p>The same holds for a list with one item per line ({@code The assessment was:\n1. X\n2. Y}: an item that ends
 * without punctuation gets a {@code ;} in the white space after it) and for items numbered {@code (1) (2)}, which
 * may also follow a period ({@code Diagnoses listed by the physician. (1) X. (2) Y.}: the period becomes a colon).
 */
final class InlineLists {
  private InlineLists() {}

  /**
   * The first item: "1." or "1)" after a colon, or "(1)" after a colon or a period, on the same line or the next (and
   * after an opening quote). The diagnosis word before it is checked only at a match.
   */
  private static final Pattern FIRST_ITEM =
      Pattern.compile("[:.][ \\t]*(?:\\n[ \\t]*)?[\"\u201c]?[ \\t]*(\\()?(1)[.)][ \\t]+(?=\\S)");
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
      boolean parenthesized = m.group(1) != null;
      boolean wellFormed = parenthesized ? text.charAt(m.end(2)) == ')' : text.charAt(colon) == ':';
      if (wellFormed && DIAGNOSIS_WORD.matcher(text).region(Math.max(0, colon - 90), colon).find()) {
        int end = joinFrom(s, text, m.start(2), parenthesized);
        if (end > m.start(2) + 1) {
          s[colon] = ':';
        }
        from = Math.max(end, m.end());
      } else {
        from = m.end();
      }
    }
  }

  /** Joins the list whose item 1 is at {@code one}; returns where the list ends (or {@code one + 1}). */
  private static int joinFrom(char[] s, String text, int one, boolean parenthesized) {
    int marker = one;
    int number = 1;
    int next;
    while ((next = nextItem(text, marker, number + 1, parenthesized)) >= 0) {
      String digits = Integer.toString(number + 1);
      if (!parenthesized) {
        if (number == 1) {
          s[one + 1] = ')';
        }
        s[next + digits.length()] = ')';
      }
      int numberStart = parenthesized ? next - 1 : next;
      int end = previousNonBlank(text, numberStart);
      if (s[end] == '.') {
        s[end] = ';';
      } else if (s[end] != ';' && s[end] != ',') {
        s[end + 1] = ';'; // an item that ends its line: the line break (or a trailing space) ends it
      }
      marker = next;
      number++;
    }
    return marker + 1;
  }

  /**
   * The start of item {@code number} ("2." or "2)", or the digits of "(2)") after the item at {@code marker}: within
   * {@link #MAX_ITEM} characters, no blank line before it, after an item's end (a period, semicolon or comma, or the
   * end of its line) and white space.
   */
  private static int nextItem(String text, int marker, int number, boolean parenthesized) {
    String digits = Integer.toString(number);
    int limit = Math.min(text.length(), marker + MAX_ITEM);
    for (int i = marker + 2; i + digits.length() + 1 < limit; i++) {
      char c = text.charAt(i);
      if (c == '\n' && blankLineAt(text, i)) {
        return -1;
      }
      if (!text.startsWith(digits, i)) {
        continue;
      }
      int after = i + digits.length();
      char mark = text.charAt(after);
      boolean spaceAfter = text.charAt(after + 1) == ' ' || text.charAt(after + 1) == '\t';
      int start = parenthesized ? i - 1 : i;
      boolean opened = parenthesized ? text.charAt(start) == '(' && mark == ')' : mark == '.' || mark == ')';
      if (opened && spaceAfter && start > 0 && Character.isWhitespace(text.charAt(start - 1))) {
        int end = previousNonBlank(text, start);
        int lineEnd = text.indexOf('\n', end);
        if (end >= 0 && (".;,".indexOf(text.charAt(end)) >= 0 || lineEnd >= 0 && lineEnd < start)) {
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

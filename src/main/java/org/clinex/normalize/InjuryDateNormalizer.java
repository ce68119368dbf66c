package org.clinex.normalize;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinex.pipeline.Candidate;
import org.clinex.pipeline.Document;

/**
 * InjuryDate to ISO 8601 with the parts given; a span that is no valid date is rejected.
 *
 * <p>In an IMR letter every injury is the claimed one. In any other note an accident or injury is
 * a work injury only where the note speaks of work or a claim (SCHEMA InjuryDate: "the date of the
 * (industrial, work, or claimed) injury"; GUIDELINES round 1, "fell on 1/3/93" in a neurology note):
 * a paragraph of a note that names no date-of-injury label, no work, employment or claim and no medicolegal
 * examination gives no InjuryDate ("injured in an auto versus a tree accident on 6/15/2009", "started
 * after a motor vehicle accident in September 2005"). The check holds for every rule: the cues that
 * name work or a claim (date of injury, DOI, industrial or work injury, injured at work) are such words
 * themselves, while "specific injury" or "continuous trauma" in a note that says nothing of work is read
 * as any injury.
 */
public final class InjuryDateNormalizer implements Normalizer {
  /** The sections of an IMR letter (lexicons/sections.tsv names them; other notes get NOTE and clinical headings). */
  private static final Set<String> LETTER_SECTIONS = Set.of("HEADER", "PREAMBLE", "SUMMARY", "DECISIONS", "GUIDELINE", "RATIONALE");

  private static final Pattern WORK_OR_CLAIM = Pattern.compile(
      "(?i)dates?\\s+of\\s+(?:injury|injuries|incident|accident|loss)|\\bD\\.?O\\.?I\\b|industrial|worker'?s'?\\s*comp"
          + "|\\bwork(?:place)?[- ]?(?:related|injury|injuries|accident|incident)|occupational\\s+(?:injur|illness|disease|exposure|medicine)|\\bclaim|\\ballege"
          + "|on\\s+the\\s+job|\\bat\\s+work\\b|while\\s+working|\\bemploy|\\bworked\\s+(?:for|at|as)\\b|\\bworks\\s+(?:for|at|as)\\b"
          + "|injured\\s+worker|impairment\\s+rating|(?:whole\\s+person|permanent)\\s+impairment|permanent(?:ly)?\\s+(?:and\\s+)?stationary|maximum\\s+medical\\s+improvement"
          + "|apportion|independent\\s+medical|cumulative\\s+trauma");

  private static final Pattern BLANK_LINE = Pattern.compile("\n[ \t\r\f]*\n");

  @Override
  public Map<String, String> attributes(Candidate candidate, Document doc) {
    String iso = Dates.toIso(doc.text().substring(candidate.start(), candidate.end()));
    if (iso == null) {
      return null;
    }
    if (!LETTER_SECTIONS.contains(doc.section(candidate.firstToken())) && !speaksOfWorkOrClaim(doc.text(), candidate.start(), candidate.end())) {
      return null;
    }
    return Map.of("Value", iso);
  }

  /**
   * Whether the paragraph that holds {@code [start, end)} (text between blank lines; a transcription
   * note is one paragraph) names work or a claim. The paragraph, not the whole text, so that a text
   * joined after another keeps its own mentions (README, "Joined documents").
   */
  private static boolean speaksOfWorkOrClaim(String text, int start, int end) {
    Matcher after = BLANK_LINE.matcher(text).region(end, text.length());
    int to = after.find() ? after.start() : text.length();
    return WORK_OR_CLAIM.matcher(text).region(paragraphStart(text, start), to).find();
  }

  /** Where the paragraph holding {@code pos} starts: walks back line by line, so its cost is the paragraph's length, not the text's. */
  private static int paragraphStart(String text, int pos) {
    int lineStart = text.lastIndexOf('\n', pos - 1) + 1;
    while (lineStart > 0) {
      int previous = text.lastIndexOf('\n', lineStart - 2) + 1;
      if (isBlank(text, previous, lineStart - 1)) {
        return lineStart;
      }
      lineStart = previous;
    }
    return 0;
  }

  private static boolean isBlank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}

package org.clinex.pipeline;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.clinex.RulesException;

/**
 * Tags every token with the section that holds it (IMR letter parts such as SUMMARY, DECISIONS,
 * GUIDELINE and RATIONALE; note parts such as DIAGNOSES and PLAN) and marks the first token of each
 * line. Section headings are data: {@code models/lexicons/sections.tsv} maps a heading regex to a
 * section name, for every document or only for those whose text starts with a given regex (a study
 * report opens with {@code EXAM:}); a heading starts its section where it matches, and the earliest
 * row wins a tie.
 */
public final class SectionTagger {
  /** The section of text before any heading. */
  public static final String DEFAULT_SECTION = "NOTE";

  /** {@code documentStart}: what the text must start with for the row to apply; null for every text. */
  private record Heading(PrefilteredRegex pattern, String section, Pattern documentStart) {
    boolean appliesTo(String text) {
      return documentStart == null || documentStart.matcher(text).lookingAt();
    }
  }

  private final List<Heading> headings = new ArrayList<>();

  public SectionTagger(Lexicon lexicon) {
    for (Lexicon.Row row : lexicon.rows()) {
      try {
        Pattern documentStart = row.get(2).equals("-") ? null : Pattern.compile(row.get(2));
        headings.add(new Heading(new PrefilteredRegex(Pattern.compile(row.get(0))), row.get(1), documentStart));
      } catch (PatternSyntaxException e) {
        throw new RulesException(lexicon.at(row) + ": bad heading regex: " + e.getDescription());
      }
    }
  }

  /** Section starts in {@code text}: offset to section name. */
  public TreeMap<Integer, String> sections(String text) {
    TreeMap<Integer, String> starts = new TreeMap<>();
    starts.put(0, DEFAULT_SECTION);
    TreeMap<Integer, Integer> rank = new TreeMap<>();
    // Many rows share one document test ("not an IMR letter" scans up to 4000 characters): each is run once per text.
    Map<String, Boolean> applies = new HashMap<>();
    for (int i = 0; i < headings.size(); i++) {
      int row = i;
      Heading heading = headings.get(i);
      String test = heading.documentStart() == null ? "" : heading.documentStart().pattern();
      if (!applies.computeIfAbsent(test, t -> heading.appliesTo(text))) {
        continue;
      }
      headings.get(i).pattern().find(text, 0, text.length(), (start, end) -> {
        Integer previous = rank.get(start);
        if (previous == null || previous > row) {
          rank.put(start, row);
          starts.put(start, headings.get(row).section());
        }
        return true;
      });
    }
    return starts;
  }

  /** The heading regexes, in row order. */
  List<Pattern> headingPatterns() {
    return headings.stream().map(h -> h.pattern().pattern()).toList();
  }

  /** Sets {@link Annotations.SectionAnnotation} and {@link Annotations.LineAnnotation} on the tokens. */
  public void tag(String text, List<CoreLabel> tokens) {
    tag(text, tokens, sections(text), 0);
  }

  /** As {@link #tag(String, List)} for a piece of a longer text that starts at {@code offset}, given that text's section starts. */
  void tag(String text, List<CoreLabel> tokens, TreeMap<Integer, String> starts, int offset) {
    int previousEnd = 0;
    for (CoreLabel token : tokens) {
      int begin = token.beginPosition();
      token.set(Annotations.SectionAnnotation.class, starts.floorEntry(begin + offset).getValue());
      if (previousEnd == 0 || text.substring(previousEnd, begin).indexOf('\n') >= 0) {
        token.set(Annotations.LineAnnotation.class, "START");
      }
      previousEnd = token.endPosition();
    }
  }

}

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

  /** {@code test}: the index of the document test the text must pass (see {@link #tests}), or -1 for every text. */
  private record Heading(PrefilteredRegex pattern, String section, int test) {}

  private final List<Heading> headings = new ArrayList<>();
  /**
   * The distinct document tests, each a regex the text must start with. A row names one inline or by a name that a row
   * {@code @name <TAB> test <TAB> regex} defined above it: eleven rows ask "not an IMR letter", a lookahead over up to
   * 4000 characters, and each test runs once per text, not once per row.
   */
  private final List<Pattern> tests = new ArrayList<>();

  public SectionTagger(Lexicon lexicon) {
    // A test's index by its regex (an inline test) or by its name: a named test is compiled once, where it is defined.
    Map<String, Integer> testIndex = new HashMap<>();
    for (Lexicon.Row row : lexicon.rows()) {
      try {
        if (row.get(0).startsWith("@")) {
          if (!row.get(1).equals("test")) {
            throw new RulesException(lexicon.at(row) + ": a row that names a document test reads '@name <TAB> test <TAB> regex'");
          }
          testIndex.put(row.get(0), testIndex(testIndex, row.get(2)));
          continue;
        }
        String test = row.get(2);
        int index = -1;
        if (test.startsWith("@")) {
          Integer named = testIndex.get(test);
          if (named == null) {
            throw new RulesException(lexicon.at(row) + ": no document test named " + test + " is defined above");
          }
          index = named;
        } else if (!test.equals("-")) {
          index = testIndex(testIndex, test);
        }
        headings.add(new Heading(new PrefilteredRegex(Pattern.compile(row.get(0))), row.get(1), index));
      } catch (PatternSyntaxException e) {
        throw new RulesException(lexicon.at(row) + ": bad regex: " + e.getDescription());
      }
    }
  }

  /** The index in {@link #tests} of the test {@code regex}, compiled and added the first time it is met. */
  private int testIndex(Map<String, Integer> testIndex, String regex) {
    return testIndex.computeIfAbsent(regex, r -> {
      tests.add(Pattern.compile(r));
      return tests.size() - 1;
    });
  }

  /** Section starts in {@code text}: offset to section name. */
  public TreeMap<Integer, String> sections(String text) {
    TreeMap<Integer, String> starts = new TreeMap<>();
    starts.put(0, DEFAULT_SECTION);
    TreeMap<Integer, Integer> rank = new TreeMap<>();
    Boolean[] passes = new Boolean[tests.size()];
    for (int i = 0; i < headings.size(); i++) {
      int row = i;
      int test = headings.get(i).test();
      if (test >= 0) {
        if (passes[test] == null) {
          passes[test] = tests.get(test).matcher(text).lookingAt();
        }
        if (!passes[test]) {
          continue;
        }
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

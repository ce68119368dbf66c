package org.clinex.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Turns the first column of a term lexicon into a TokensRegex macro, so that rule files can write
 * {@code $LEX_MODALITY} instead of a hand-kept alternation ({@code $LEXRE_MODALITY} is the same
 * terms' one-word subset as a word regex, for token constraints, and {@code $LEXRE_MODALITY_LAST} the
 * last word of every term: a token that may end a term). Terms are split on spaces into token
 * sequences (written as the tokenizer splits them, e.g. {@code CT scan}, {@code X-ray}); one-token
 * terms become one regex, case-insensitive except for acronyms, and longer terms come first.
 */
public final class LexiconMacros {
  /** The lexicons under models/lexicons/ whose terms are bound as {@code $LEX_<NAME>}. */
  public static final List<String> TERM_LEXICONS = List.of("modality", "studies", "diagnosis_heads", "diagnosis_modifiers", "body_sites");

  private LexiconMacros() {}

  public static Map<String, String> load(ModelSource source) {
    Map<String, String> macros = new LinkedHashMap<>();
    for (String name : TERM_LEXICONS) {
      String file = "lexicons/" + name + ".tsv";
      if (!source.exists(file)) {
        continue;
      }
      List<String> terms = terms(source, name);
      String upper = name.toUpperCase(java.util.Locale.ROOT);
      macros.put("$LEX_" + upper, pattern(terms));
      macros.put("$LEXRE_" + upper, singleWordRegex(terms));
      macros.put("$LEXRE_" + upper + "_LAST", lastWordRegex(terms));
    }
    return macros;
  }

  /** The terms (first column) of lexicon {@code lexicons/NAME.tsv}. */
  static List<String> terms(ModelSource source, String name) {
    String file = "lexicons/" + name + ".tsv";
    Lexicon lexicon = Lexicon.load(source, file, columnsOf(source, file));
    List<String> terms = new ArrayList<>();
    for (Lexicon.Row row : lexicon.rows()) {
      terms.add(row.get(0));
    }
    return terms;
  }

  /**
   * A Java regex that finds any of {@code terms} in running text, case-insensitively, where it
   * stands as whole words (words of a term separated by any white space): the anchors of a gate.
   */
  static String textRegex(List<String> terms) {
    // Alternatives grouped by first letter: the regex is tried at every word start of the text,
    // and one test of the first letter then replaces a test of each term.
    Map<Character, List<String>> byFirst = new TreeMap<>();
    for (String term : terms) {
      String[] words = term.trim().split("\\s+");
      List<String> quoted = new ArrayList<>();
      for (int i = 0; i < words.length; i++) {
        quoted.add(java.util.regex.Pattern.quote(i == 0 ? words[0].substring(1) : words[i]));
      }
      String rest = String.join("\\s+", quoted);
      byFirst.computeIfAbsent(Character.toLowerCase(words[0].charAt(0)), c -> new ArrayList<>()).add(rest);
    }
    List<String> groups = new ArrayList<>();
    byFirst.forEach((first, rests) -> {
      rests.sort(Comparator.comparingInt(String::length).reversed());
      groups.add(java.util.regex.Pattern.quote(String.valueOf(first)) + "(?:" + String.join("|", rests) + ")");
    });
    return "(?i:(?<![\\p{L}\\p{N}])(?:" + String.join("|", groups) + ")(?![\\p{L}\\p{N}]))";
  }

  /** Column count of the first data row (lexicons declare their shape by their rows). */
  private static int columnsOf(ModelSource source, String file) {
    for (String line : source.read(file).split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        return line.stripTrailing().split("\t", -1).length;
      }
    }
    return 1;
  }

  /**
   * A case-insensitive word regex of the one-token terms, for use inside a token constraint:
   * {@code [!{word:$LEXRE_DIAGNOSIS_HEADS}]} is any token that is not a one-word head.
   */
  static String singleWordRegex(List<String> terms) {
    return wordRegex(terms.stream().map(String::trim).filter(t -> !t.contains(" ")));
  }

  /** A case-insensitive word regex of the last word of every term ("pulposus" of "herniated nucleus pulposus"). */
  static String lastWordRegex(List<String> terms) {
    return wordRegex(terms.stream().map(t -> t.trim().split("\\s+")).map(w -> w[w.length - 1]).distinct());
  }

  /** A case-insensitive word regex of {@code words}; one that matches nothing where there are none. */
  private static String wordRegex(Stream<String> words) {
    List<String> quoted = words.map(LexiconMacros::quote).toList();
    return quoted.isEmpty() ? "/(?!)/" : caseless(String.join("|", quoted));
  }

  /** A TokensRegex pattern matching any of {@code terms}. */
  static String pattern(List<String> terms) {
    List<String> single = new ArrayList<>();
    List<String[]> multi = new ArrayList<>();
    for (String term : terms) {
      String[] words = term.trim().split("\\s+");
      if (words.length == 1) {
        single.add(words[0]);
      } else {
        multi.add(words);
      }
    }
    multi.sort(Comparator.comparingInt((String[] w) -> w.length).reversed());
    List<String> alternatives = new ArrayList<>();
    for (String[] words : multi) {
      StringBuilder seq = new StringBuilder("(?:");
      for (String w : words) {
        seq.append(' ').append(isAcronym(w) ? "/" + quote(w) + "/" : caseless(quote(w)));
      }
      alternatives.add(seq.append(" )").toString());
    }
    if (!single.isEmpty()) {
      single.sort(Comparator.comparingInt(String::length).reversed());
      List<String> acronyms = single.stream().filter(LexiconMacros::isAcronym).toList();
      List<String> words = single.stream().filter(w -> !isAcronym(w)).toList();
      if (!acronyms.isEmpty()) {
        alternatives.add("/" + String.join("|", acronyms.stream().map(LexiconMacros::quote).toList()) + "/");
      }
      if (!words.isEmpty()) {
        alternatives.add(caseless(String.join("|", words.stream().map(LexiconMacros::quote).toList())));
      }
    }
    return alternatives.isEmpty() ? "[!{word:/.*/}]" : alternation(alternatives);
  }

  /** Most alternatives in one TokensRegex alternation; see {@link #alternation}. */
  static final int MAX_BRANCHES = 8;

  /**
   * {@code (?: a | b | ... )}, nested in groups of at most {@link #MAX_BRANCHES} in the same order.
   * TokensRegex marks an alternation's branches optional in time cubic in their number, once per
   * use of the macro in every rule (and per repetition of it): a flat alternation of a hundred terms
   * was a third of the rule compilation at startup. Nesting keeps the order, so the same terms win.
   */
  static String alternation(List<String> alternatives) {
    if (alternatives.size() <= MAX_BRANCHES) {
      return "(?: " + String.join(" | ", alternatives) + " )";
    }
    int size = (int) Math.ceil(alternatives.size() / (double) MAX_BRANCHES);
    List<String> groups = new ArrayList<>();
    for (int i = 0; i < alternatives.size(); i += size) {
      groups.add(alternation(alternatives.subList(i, Math.min(alternatives.size(), i + size))));
    }
    return alternation(groups);
  }

  /**
   * Acronyms (CT, MR, PET, CAT) and their plurals (CTs, MRIs) match as written only, so that "pet" and
   * "Mr" are no modality and "CTS" (carpal tunnel syndrome) is no plural of CT.
   */
  static boolean isAcronym(String word) {
    String stem = word.length() > 2 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    long letters = stem.chars().filter(Character::isLetter).count();
    return letters >= 2 && stem.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  private static String caseless(String regex) {
    return "/(?i:" + regex + ")/";
  }

  /** Regex-quotes a word, written so that TokensRegex's /.../ literal can hold it. */
  private static String quote(String w) {
    StringBuilder out = new StringBuilder();
    for (char c : w.toCharArray()) {
      if (Character.isLetterOrDigit(c) || c == ' ') {
        out.append(c);
      } else if (c == '/') {
        out.append("\\/");
      } else {
        out.append('\\').append(c);
      }
    }
    return out.toString();
  }
}

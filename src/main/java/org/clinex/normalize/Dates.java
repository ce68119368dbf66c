package org.clinex.normalize;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date expressions to ISO 8601 with only the parts the text gives ({@code 2011-09-29},
 * {@code 2015-10}, {@code 2013}, {@code XXXX-10}), as SCHEMA defines for InjuryDate and PriorStudy
 * Date. Two-digit years 00-39 are 20xx and 40-99 are 19xx. Dates glued by PDF extraction
 * ({@code 10-302016}) and dates broken across a line ({@code 10-1-\n15}) are read whole.
 */
public final class Dates {
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
      Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  private static final String MONTH_NAME =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})");
  private static final Pattern GLUED = Pattern.compile("(\\d{1,2})-(\\d{1,2})(\\d{4})");
  /** Month and day glued before the year: "1017-2016" is 10-17-2016. */
  private static final Pattern GLUED_MONTH_DAY = Pattern.compile("(\\d{1,2})(\\d{2})-(\\d{4})");
  private static final Pattern MONTH_YEAR_NUMERIC = Pattern.compile("(\\d{1,2})[/-](\\d{4})");
  private static final Pattern NAMED = Pattern.compile(
      MONTH_NAME + "(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b)?(?:(?:\\s+of\\s+|,?\\s*)(\\d{4}|'\\d{2}|\\d{2}))?", Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH = Pattern.compile(
      "(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH_NAME + ",?\\s*(\\d{4})?", Pattern.CASE_INSENSITIVE);
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private Dates() {}

  /** The ISO value of a date expression, or {@code null} when it is not a valid date. */
  public static String toIso(String expression) {
    String s = WHITESPACE.matcher(expression).replaceAll(" ").strip();
    String compact = s.replace(" ", "");
    Matcher m = NUMERIC.matcher(compact);
    if (m.matches()) {
      return ymd(year(m.group(3)), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
    m = GLUED.matcher(compact);
    if (m.matches()) {
      return ymd(year(m.group(3)), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
    m = GLUED_MONTH_DAY.matcher(compact);
    if (m.matches()) {
      return ymd(m.group(3), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
    m = MONTH_YEAR_NUMERIC.matcher(compact);
    if (m.matches()) {
      return ym(m.group(2), Integer.parseInt(m.group(1)));
    }
    m = NAMED.matcher(s);
    if (m.matches()) {
      int month = MONTHS.get(m.group(1).substring(0, 3).toLowerCase(Locale.ROOT));
      String y = m.group(3) == null ? "XXXX" : year(m.group(3).replace("'", ""));
      if (m.group(2) == null) {
        return y + "-" + two(month);
      }
      return ymd(y, month, Integer.parseInt(m.group(2)));
    }
    m = DAY_MONTH.matcher(s);
    if (m.matches()) {
      int month = MONTHS.get(m.group(2).substring(0, 3).toLowerCase(Locale.ROOT));
      return ymd(m.group(3) == null ? "XXXX" : m.group(3), month, Integer.parseInt(m.group(1)));
    }
    if (YEAR.matcher(compact).matches()) {
      return compact;
    }
    return null;
  }

  /** A line end after a date's separator ({@code 11/02/\n2016}), as text copied from a PDF keeps it. */
  private static final String CUT = "(?:[ \\t]*\\n\\s*)?";

  /**
   * Any date expression, for finding dates in running text (numeric, glued, month and year as
   * {@code 11/2016} or {@code 11-2016}, named months, {@code December of 2008}, and a bare year such
   * as {@code in 2007}), a numeric one possibly {@link #CUT cut} by a line end.
   */
  private static final Pattern IN_TEXT = Pattern.compile(
      "(?<![\\d/.-])(?:\\d{1,2}[/-]" + CUT + "\\d{1,2}[/-]" + CUT + "(?:\\d{4}|\\d{2})|\\d{1,2}-\\d{1,2}\\d{4}|\\d{1,2}[/-]\\d{4}|"
          + MONTH_NAME + "(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:\\s+of)?,?\\s+\\d{4}|\\b(?:19|20)\\d{2}\\b(?!\\s*(?:mg|mcg|ml|cc|mm|cm|units?|hours?)\\b))(?![\\d/%-])",
      Pattern.CASE_INSENSITIVE);

  /**
   * The ISO value of the date expression in {@code text[from, to)} nearest to the span
   * {@code [start, end)} (outside it), or {@code null}.
   */
  public static String nearest(String text, int from, int to, int start, int end) {
    // A running best, not a list: this runs for every dated candidate. On a tie the first found wins: the earlier in
    // the text, and a full date over a month and year after a word of time (searched second).
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    Matcher m = IN_TEXT.matcher(text).region(from, to);
    while (m.find()) {
      int distance = distance(m.start(), m.end(), start, end);
      if (distance >= 0 && distance < bestDistance) {
        String iso = toIso(m.group());
        if (iso != null) {
          best = iso;
          bestDistance = distance;
        }
      }
    }
    m = INTRODUCED_MONTH_YEAR.matcher(text).region(from, to);
    while (m.find()) {
      int distance = distance(m.start(1), m.end(2), start, end);
      if (distance >= 0 && distance < bestDistance) {
        String iso = ym(year(m.group(2)), Integer.parseInt(m.group(1)));
        if (iso != null) {
          best = iso;
          bestDistance = distance;
        }
      }
    }
    return best;
  }

  /** Characters between a date at {@code [from, to)} and a span; -1 when they overlap (the span's own date is no neighbour). */
  private static int distance(int from, int to, int start, int end) {
    if (from < end && start < to) {
      return -1;
    }
    return from >= end ? from - end : start - to;
  }

  /**
   * A month and two-digit year that a word of time introduces ("underwent HCT in early 12/90", "deferred until
   * 11/91 when an MRI ... suggested"): the shape alone is a grade or a score ("4/5", "6/10"), so a score's
   * denominator (2 to 5, 10) is no year here.
   */
  private static final Pattern INTRODUCED_MONTH_YEAR = Pattern.compile(
      "(?i)\\b(?:in|on|until|till|since|during|from|after|before|through|by|dated)\\s+(?:(?:early|late|mid)-?\\s*)?"
          + "(\\d{1,2})/(?!0[2-5]\\b|10\\b)(\\d{2})(?![\\d/.-])");

  /** How many valid date expressions {@code text[from, to)} holds. */
  public static int count(String text, int from, int to) {
    Matcher m = IN_TEXT.matcher(text).region(from, to);
    int n = 0;
    while (m.find()) {
      if (toIso(m.group()) != null) {
        n++;
      }
    }
    return n;
  }

  /** A month and two-digit year ending right before a study's name: "1/02 MRI Lumbar spine". */
  private static final Pattern ENTRY_MONTH_YEAR = Pattern.compile("(?<![\\d/.-])(\\d{1,2})/(\\d{2})[ \\t]+$");
  private static final Pattern DETERMINER_BEFORE =
      Pattern.compile("(?i)\\b(?:the|a|an|his|her|their)$");

  /**
   * The ISO month ({@code 2002-01}) of a month/two-digit-year date written right before
   * {@code start} (only blanks between) and after {@code from}, as a dated list of studies starts
   * each entry ({@code 1/02 MRI Lumbar spine:}) or a determiner introduces the dated study
   * ({@code since the 10/92 MRI}); {@code null} when there is none. Elsewhere {@code M/YY} is read
   * only after a word of time ({@link #nearest}): the shape alone is a strength grade or a score ({@code 4/10}).
   */
  public static String monthYearBefore(String text, int from, int start) {
    int begin = Math.max(from, start - 12);
    if (begin >= start) {
      return null;
    }
    Matcher m = ENTRY_MONTH_YEAR.matcher(text).region(begin, start);
    if (!m.find()) {
      return null;
    }
    // The entry starts its line or follows a colon, comma or sentence end ("STUDIES: 1/02 MRI",
    // ".,6/02 Chest X-ray"), or a determiner makes it the study's date ("since the 10/92 MRI");
    // "pain 6/10 MRI" is a score.
    int i = m.start() - 1;
    while (i >= from && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i--;
    }
    if (i >= from && "\n\r.,:;".indexOf(text.charAt(i)) < 0
        && !DETERMINER_BEFORE.matcher(text).region(Math.max(from, i - 5), i + 1).useTransparentBounds(true).find()) {
      return null;
    }
    return ym(year(m.group(2)), Integer.parseInt(m.group(1)));
  }

  /** Four-digit year from a two- or four-digit one: 00-39 are 20xx, 40-99 are 19xx. */
  static String year(String y) {
    if (y.length() == 4) {
      return y;
    }
    int two = Integer.parseInt(y);
    return (two <= 39 ? "20" : "19") + two(two);
  }

  private static String ym(String year, int month) {
    return month >= 1 && month <= 12 ? year + "-" + two(month) : null;
  }

  private static String ymd(String year, int month, int day) {
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    return year + "-" + two(month) + "-" + two(day);
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }
}

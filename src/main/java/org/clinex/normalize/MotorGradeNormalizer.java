package org.clinex.normalize;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinex.pipeline.Candidate;
import org.clinex.pipeline.Document;

/**
 * A manual muscle grade to its value with sign and no scale: {@code 4+/5} and {@code +4/5} are
 * {@code 4+}, {@code 5-/5} and {@code -5/5} and {@code 5 minus out of 5} are {@code 5-},
 * {@code 4.5/5} is {@code 4.5}; a range {@code 3-4/5} takes its lower grade, and a range that goes
 * down ({@code 5-4/5}, {@code 4+ to 4-}) is no grade; one side of a right/left pair ({@code 4+} of
 * {@code 4+/4-}) is its own grade.
 */
public final class MotorGradeNormalizer implements Normalizer {
  private static final Pattern GRADE = Pattern.compile(
      "^([+-])?\\s*([0-5](?:\\.5)?)\\s*(?:(\\+|-|plus|minus)(?=\\s*(?:/|over|out|of|$)))?(?:\\s*-\\s*([0-5]))?\\s*(?:/|over|out of|of)\\s*5\\s*([+-])?$",
      Pattern.CASE_INSENSITIVE);

  /** A range written without its scale before a strength word ("4-5 strength", "4+ to 5-"): its lower grade. */
  private static final Pattern RANGE = Pattern.compile("^([0-5])\\s*([+-])?\\s*(?:-|to)\\s*([0-5])\\s*([+-])?$", Pattern.CASE_INSENSITIVE);
  /** One side of a right/left pair ("4+" of "4+/4-"), which SidePairs cuts out of the pair. */
  private static final Pattern SIDE = Pattern.compile("^([0-5])\\s*([+-])?$");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  @Override
  public Map<String, String> attributes(Candidate candidate, Document doc) {
    String value = value(doc.text().substring(candidate.start(), candidate.end()));
    return value == null ? null : Map.of("Value", value);
  }

  /** The grade of {@code text}, or {@code null} when it is not a 0-5 grade. */
  public static String value(String text) {
    String flat = WHITESPACE.matcher(text.strip()).replaceAll(" ");
    Matcher r = RANGE.matcher(flat);
    if (r.matches()) {
      return goesDown(r.group(1) + sign(r.group(2)), r.group(3) + sign(r.group(4))) ? null : signed(r.group(1), r.group(2));
    }
    Matcher side = SIDE.matcher(flat);
    if (side.matches()) {
      return signed(side.group(1), side.group(2));
    }
    Matcher m = GRADE.matcher(flat);
    if (!m.matches()) {
      return null;
    }
    String sign = m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(5);
    if (m.group(4) != null && goesDown(m.group(2), m.group(4))) {
      return null;
    }
    return signed(m.group(2), sign);
  }

  private static String sign(String sign) {
    return sign == null ? "" : sign;
  }

  /** Whether grade {@code to} is below grade {@code from} ({@code 4-} < {@code 4} < {@code 4+}). */
  private static boolean goesDown(String from, String to) {
    return rank(to) < rank(from);
  }

  private static double rank(String grade) {
    char last = grade.charAt(grade.length() - 1);
    boolean signed = last == '+' || last == '-';
    double value = Double.parseDouble(signed ? grade.substring(0, grade.length() - 1) : grade);
    return !signed ? value : last == '+' ? value + 0.25 : value - 0.25;
  }

  private static String signed(String grade, String sign) {
    if (sign == null) {
      return grade;
    }
    sign = sign.equalsIgnoreCase("plus") ? "+" : sign.equalsIgnoreCase("minus") ? "-" : sign;
    // 5+ and 0- do not exist on the scale: a sign there is the note's style, not a grade.
    if ((grade.equals("5") && sign.equals("+")) || (grade.equals("0") && sign.equals("-")) || grade.contains(".")) {
      return grade;
    }
    return grade + sign;
  }
}

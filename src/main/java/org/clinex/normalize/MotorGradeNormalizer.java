package org.clinex.normalize;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinex.pipeline.Candidate;
import org.clinex.pipeline.Document;

/**
 * A manual muscle grade to its value with sign and no scale: {@code 4+/5} and {@code +4/5} are
 * {@code 4+}, {@code 5-/5} and {@code -5/5} and {@code 5 minus out of 5} are {@code 5-},
 * {@code 4.5/5} is {@code 4.5}; a range {@code 3-4/5} takes its lower grade.
 */
public final class MotorGradeNormalizer implements Normalizer {
  private static final Pattern GRADE = Pattern.compile(
      "^([+-])?\\s*([0-5](?:\\.5)?)\\s*(?:(\\+|-|plus|minus)(?=\\s*(?:/|over|out|of|$)))?(?:\\s*-\\s*[0-5])?\\s*(?:/|over|out of|of)\\s*5\\s*([+-])?$",
      Pattern.CASE_INSENSITIVE);

  /** A range written without its scale before a strength word ("4-5 strength", "4+ to 5-"): its lower grade. */
  private static final Pattern RANGE = Pattern.compile("^([0-5])\\s*([+-])?\\s*(?:-|to)\\s*([0-5])\\s*[+-]?$", Pattern.CASE_INSENSITIVE);

  @Override
  public Map<String, String> attributes(Candidate candidate, Document doc) {
    String value = value(doc.text().substring(candidate.start(), candidate.end()));
    return value == null ? null : Map.of("Value", value);
  }

  /** The grade of {@code text}, or {@code null} when it is not a 0-5 grade. */
  public static String value(String text) {
    String flat = text.strip().replaceAll("\\s+", " ");
    Matcher r = RANGE.matcher(flat);
    if (r.matches()) {
      return r.group(1).compareTo(r.group(3)) > 0 ? null : signed(r.group(1), r.group(2));
    }
    Matcher m = GRADE.matcher(flat);
    if (!m.matches()) {
      return null;
    }
    String sign = m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(4);
    return signed(m.group(2), sign);
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

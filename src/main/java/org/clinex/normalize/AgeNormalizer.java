package org.clinex.normalize;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinex.pipeline.Candidate;
import org.clinex.pipeline.Document;

/**
 * Age to whole years; months and weeks to decimal years with up to two places ({@code 18-month-old} is
 * 1.5), and so are years with months ({@code 5-year, 5-month-old} is 5.42) or a fraction ({@code
 * 2-1/2-year-old} is 2.5).
 */
public final class AgeNormalizer implements Normalizer {
  private static final Pattern YEARS_AND_MONTHS = Pattern.compile(
      "(\\d{1,3})[\\s-]*(?:years?|yrs?)\\W+(?:and\\s+)?(\\d{1,2})[\\s-]*(?:months?|mos?)\\b", Pattern.CASE_INSENSITIVE);
  /** A half or a quarter after the years: {@code 2-1/2}, {@code 3 3/4}. */
  private static final Pattern YEARS_AND_FRACTION = Pattern.compile("(\\d{1,3})[\\s\\u00A0-]+(1/2|1/4|3/4)(?!\\d)");
  private static final Pattern NUMBER_AND_UNIT = Pattern.compile(
      "(\\d{1,3})(?:[\\s-]*(y|yr|yrs|year|years|yo|m|mo|mos|month|months|w|wk|wks|week|weeks)\\b)?", Pattern.CASE_INSENSITIVE);
  private static final int OLDEST = 120;

  @Override
  public Map<String, String> attributes(Candidate candidate, Document doc) {
    String value = value(doc.text().substring(candidate.start(), candidate.end()));
    return value == null ? null : Map.of("Value", value);
  }

  /** The SCHEMA value of an age expression, or {@code null}. */
  public static String value(String text) {
    Matcher both = YEARS_AND_MONTHS.matcher(text);
    if (both.find()) {
      BigDecimal months = BigDecimal.valueOf(Integer.parseInt(both.group(2)));
      return years(BigDecimal.valueOf(Integer.parseInt(both.group(1))).add(months.divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP)));
    }
    Matcher fraction = YEARS_AND_FRACTION.matcher(text);
    if (fraction.find()) {
      BigDecimal part = new BigDecimal(switch (fraction.group(2)) {
        case "1/2" -> "0.5";
        case "1/4" -> "0.25";
        default -> "0.75";
      });
      return years(BigDecimal.valueOf(Integer.parseInt(fraction.group(1))).add(part));
    }
    Matcher m = NUMBER_AND_UNIT.matcher(text);
    if (!m.find()) {
      return null;
    }
    int n = Integer.parseInt(m.group(1));
    String unit = m.group(2) == null ? "y" : m.group(2).toLowerCase(java.util.Locale.ROOT);
    BigDecimal years;
    if (unit.startsWith("m")) {
      years = BigDecimal.valueOf(n).divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
    } else if (unit.startsWith("w")) {
      years = BigDecimal.valueOf(n).divide(BigDecimal.valueOf(52), 2, RoundingMode.HALF_UP);
    } else {
      years = BigDecimal.valueOf(n);
    }
    return years(years);
  }

  private static String years(BigDecimal years) {
    if (years.compareTo(BigDecimal.valueOf(OLDEST)) > 0) {
      return null;
    }
    return years.stripTrailingZeros().toPlainString();
  }
}

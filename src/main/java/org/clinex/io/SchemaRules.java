package org.clinex.io;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.clinex.EntityType;

/** The attributes SCHEMA.md allows per type, which are required, and what their values look like. */
public final class SchemaRules {
  private SchemaRules() {}

  private static final Pattern ISO = Pattern.compile("(\\d{4}|XXXX)(-\\d{2}(-\\d{2})?)?");
  private static final Pattern YEARS = Pattern.compile("\\d{1,3}(\\.\\d{1,2})?");
  private static final Pattern GRADE = Pattern.compile("[0-5](\\.\\d)?[+-]?");
  private static final Set<String> IMAGING = Set.of("XRAY", "CT", "MRI", "ULTRASOUND", "BONE_SCAN", "MYELOGRAM",
      "DISCOGRAM", "ARTHROGRAM", "PET", "DEXA", "FLUOROSCOPY", "OTHER");

  private static final Map<EntityType, List<String>> REQUIRED = Map.of(
      EntityType.AGE, List.of("Value"),
      EntityType.INJURY_DATE, List.of("Value"),
      EntityType.DIAGNOSIS, List.of(),
      EntityType.MOTOR_GRADE, List.of("Value"),
      EntityType.IMAGING_MODALITY, List.of("Modality"),
      EntityType.PRIOR_STUDY, List.of("Modality"),
      EntityType.DISPUTED_ITEM, List.of("Decision"));

  public static List<String> required(EntityType type) {
    return REQUIRED.get(type);
  }

  /** Null when {@code name=value} is valid on {@code type}, else what is wrong. */
  public static String check(EntityType type, String name, String value) {
    boolean ok = switch (type) {
      case AGE -> name.equals("Value") && YEARS.matcher(value).matches();
      case INJURY_DATE -> name.equals("Value") && ISO.matcher(value).matches();
      case MOTOR_GRADE -> name.equals("Value") && GRADE.matcher(value).matches();
      case DIAGNOSIS -> name.equals("Assertion") && (value.equals("possible") || value.equals("negated"));
      case IMAGING_MODALITY -> name.equals("Modality") && IMAGING.contains(value);
      case PRIOR_STUDY -> (name.equals("Modality") && (IMAGING.contains(value) || value.equals("EMG") || value.equals("NCS")))
          || (name.equals("Date") && ISO.matcher(value).matches());
      case DISPUTED_ITEM -> name.equals("Decision") && (value.equals("UPHELD") || value.equals("OVERTURNED"));
    };
    return ok ? null : "invalid attribute " + name + "=" + value + " on " + type;
  }
}

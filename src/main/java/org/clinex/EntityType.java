package org.clinex;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The seven entity types of SCHEMA.md, each with the name it carries in brat and JSON. */
public enum EntityType {
  AGE("Age"),
  INJURY_DATE("InjuryDate"),
  DIAGNOSIS("Diagnosis"),
  MOTOR_GRADE("MotorGrade"),
  IMAGING_MODALITY("ImagingModality"),
  PRIOR_STUDY("PriorStudy"),
  DISPUTED_ITEM("DisputedItem");

  private final String label;

  EntityType(String label) {
    this.label = label;
  }

  /** The SCHEMA name: {@code Age}, {@code InjuryDate}, ... */
  @JsonValue
  public String label() {
    return label;
  }

  /** The type whose SCHEMA name is {@code label}, if any. */
  public static Optional<EntityType> fromLabel(String label) {
    return Arrays.stream(values()).filter(t -> t.label.equals(label)).findFirst();
  }

  @JsonCreator
  static EntityType parse(String label) {
    return fromLabel(label).orElseThrow(() -> new IllegalArgumentException("unknown entity type: " + label));
  }

  @Override
  public String toString() {
    return label;
  }
}

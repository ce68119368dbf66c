package org.clinex.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.clinex.EntityType;
import org.clinex.Mention;
import org.junit.jupiter.api.Test;

/** Counts pinned by hand on tiny documents. */
class ScorerTest {
  static final String TEXT = "x".repeat(100);

  static Mention m(EntityType type, int start, int end, String... attrs) {
    Map<String, String> a = new java.util.TreeMap<>();
    for (int i = 0; i < attrs.length; i += 2) {
      a.put(attrs[i], attrs[i + 1]);
    }
    return new Mention(type, start, end, TEXT.substring(start, end), a, "r");
  }

  static DocScore score(List<Mention> gold, List<Mention> pred) {
    return Scorer.score(new GoldDocument("d", "test", TEXT, gold), pred, false);
  }

  static void assertCounts(DocScore s, EntityType type, Level level, int tp, int fp, int fn) {
    assertEquals(new Prf(tp, fp, fn), s.prf(type, level), type + " " + level);
  }

  @Test
  void partialOverlapIsLenientNotStrict() {
    DocScore s = score(List.of(m(EntityType.DIAGNOSIS, 0, 10)), List.of(m(EntityType.DIAGNOSIS, 5, 15)));
    assertCounts(s, EntityType.DIAGNOSIS, Level.STRICT, 0, 1, 1);
    assertCounts(s, EntityType.DIAGNOSIS, Level.LENIENT, 1, 0, 0);
    assertCounts(s, EntityType.DIAGNOSIS, Level.VALUE, 1, 0, 0);
    assertEquals(Outcome.Kind.BOUNDARY, s.outcomes().get(0).kind());
  }

  @Test
  void twoPredictionsInsideOneGoldMatchOnlyOnceGreatestOverlapFirst() {
    DocScore s = score(List.of(m(EntityType.DIAGNOSIS, 0, 20)),
        List.of(m(EntityType.DIAGNOSIS, 0, 5), m(EntityType.DIAGNOSIS, 10, 20)));
    assertCounts(s, EntityType.DIAGNOSIS, Level.LENIENT, 1, 1, 0);
    Outcome fp = s.outcomes().stream().filter(o -> o.kind() == Outcome.Kind.FALSE_POSITIVE).findFirst().orElseThrow();
    assertEquals(0, fp.pred().start(), "the 10-character overlap wins over the 5-character one");
  }

  @Test
  void exactMatchWinsTieOverLongerSpan() {
    DocScore s = score(List.of(m(EntityType.AGE, 0, 10, "Value", "48")),
        List.of(m(EntityType.AGE, 0, 20, "Value", "50"), m(EntityType.AGE, 0, 10, "Value", "48")));
    assertCounts(s, EntityType.AGE, Level.VALUE, 1, 1, 0);
  }

  @Test
  void nestedSpansOfDifferentTypesAreScoredPerType() {
    List<Mention> gold = List.of(m(EntityType.PRIOR_STUDY, 0, 20, "Modality", "MRI"), m(EntityType.IMAGING_MODALITY, 0, 3, "Modality", "MRI"));
    DocScore s = score(gold, List.of(m(EntityType.IMAGING_MODALITY, 0, 3, "Modality", "MRI")));
    assertCounts(s, EntityType.IMAGING_MODALITY, Level.STRICT, 1, 0, 0);
    assertCounts(s, EntityType.PRIOR_STUDY, Level.LENIENT, 0, 0, 1);
    // SemEval: the PriorStudy is missing (its overlapping prediction is the ImagingModality's correct match).
    assertEquals(List.of(1, 0, 0, 0, 0), box(s.semeval()[EntityType.IMAGING_MODALITY.ordinal()]));
    assertEquals(List.of(0, 0, 0, 1, 0), box(s.semeval()[EntityType.PRIOR_STUDY.ordinal()]));
  }

  @Test
  void semevalIncorrectIsAWrongTypeOverlapCountedUnderGoldType() {
    DocScore s = score(List.of(m(EntityType.PRIOR_STUDY, 0, 20, "Modality", "MRI")),
        List.of(m(EntityType.IMAGING_MODALITY, 0, 3, "Modality", "MRI"), m(EntityType.AGE, 50, 60, "Value", "4")));
    assertEquals(List.of(0, 1, 0, 0, 0), box(s.semeval()[EntityType.PRIOR_STUDY.ordinal()]));
    assertEquals(List.of(0, 0, 0, 0, 0), box(s.semeval()[EntityType.IMAGING_MODALITY.ordinal()]));
    assertEquals(List.of(0, 0, 0, 0, 1), box(s.semeval()[EntityType.AGE.ordinal()]));
  }

  @Test
  void duplicatePredictionIsAFalsePositive() {
    DocScore s = score(List.of(m(EntityType.AGE, 0, 5, "Value", "48")),
        List.of(m(EntityType.AGE, 0, 5, "Value", "48"), m(EntityType.AGE, 0, 5, "Value", "48")));
    for (Level level : Level.values()) {
      assertCounts(s, EntityType.AGE, level, 1, 1, 0);
    }
  }

  @Test
  void emptyDocumentScoresZeroWithoutDividingByZero() {
    Evaluation e = new Evaluation(List.of(score(List.of(), List.of())));
    for (Level level : Level.values()) {
      Prf p = e.micro(level);
      assertEquals(new Prf(0, 0, 0), p);
      assertEquals(0.0, p.precision());
      assertEquals(0.0, p.recall());
      assertEquals(0.0, p.f1());
      assertEquals(0.0, e.macro(level)[2]);
    }
  }

  @Test
  void valueMismatchIsLenientMatchButValueFpAndFn() {
    DocScore s = score(
        List.of(m(EntityType.AGE, 0, 5, "Value", "48"), m(EntityType.DIAGNOSIS, 10, 20, "Assertion", "possible"),
            m(EntityType.MOTOR_GRADE, 30, 33, "Value", "4+"), m(EntityType.DISPUTED_ITEM, 40, 50, "Decision", "UPHELD")),
        List.of(m(EntityType.AGE, 0, 5, "Value", "49"), m(EntityType.DIAGNOSIS, 10, 20),
            m(EntityType.MOTOR_GRADE, 30, 33, "Value", "4"), m(EntityType.DISPUTED_ITEM, 40, 50, "Decision", "OVERTURNED")));
    for (EntityType type : List.of(EntityType.AGE, EntityType.DIAGNOSIS, EntityType.MOTOR_GRADE, EntityType.DISPUTED_ITEM)) {
      assertCounts(s, type, Level.LENIENT, 1, 0, 0);
      assertCounts(s, type, Level.VALUE, 0, 1, 1);
    }
    assertTrue(s.outcomes().stream().allMatch(o -> o.kind() == Outcome.Kind.WRONG_VALUE));
  }

  @Test
  void valueRulesPerType() {
    // Absent Assertion means present; ages compare as numbers.
    assertTrue(ValueMatch.equal(m(EntityType.DIAGNOSIS, 0, 3), m(EntityType.DIAGNOSIS, 0, 3, "Assertion", "present")));
    assertTrue(ValueMatch.equal(m(EntityType.AGE, 0, 3, "Value", "48"), m(EntityType.AGE, 0, 3, "Value", "48.0")));
    // PriorStudy Date is judged only where gold has one.
    assertTrue(ValueMatch.equal(m(EntityType.PRIOR_STUDY, 0, 3, "Modality", "CT"),
        m(EntityType.PRIOR_STUDY, 0, 3, "Modality", "CT", "Date", "2016")));
    assertEquals(false, ValueMatch.equal(m(EntityType.PRIOR_STUDY, 0, 3, "Modality", "CT", "Date", "2016"),
        m(EntityType.PRIOR_STUDY, 0, 3, "Modality", "CT")));
    assertEquals(false, ValueMatch.equal(m(EntityType.IMAGING_MODALITY, 0, 3, "Modality", "CT"),
        m(EntityType.IMAGING_MODALITY, 0, 3, "Modality", "MRI")));
  }

  @Test
  void missingDocumentCountsAllGoldAsFalseNegatives() throws Exception {
    GoldDocument a = new GoldDocument("corpus/x/a", "test", TEXT, List.of(m(EntityType.AGE, 0, 5, "Value", "48")));
    GoldDocument b = new GoldDocument("corpus/x/b", "test", TEXT,
        List.of(m(EntityType.AGE, 0, 5, "Value", "48"), m(EntityType.DIAGNOSIS, 10, 20)));
    Evaluation e = Evaluator.evaluate(List.of(a, b), doc -> doc.id().endsWith("a") ? List.of(m(EntityType.AGE, 0, 5, "Value", "48")) : null);
    assertEquals(new Prf(1, 0, 1), e.prf(EntityType.AGE, Level.VALUE));
    assertEquals(new Prf(0, 0, 1), e.prf(EntityType.DIAGNOSIS, Level.VALUE));
    assertTrue(e.documents().get(1).predictionMissing());
    assertEquals(false, e.documents().get(0).predictionMissing());
  }

  @Test
  void macroAveragesTypesWithSupportWhileMicroPoolsCounts() {
    DocScore s = score(
        List.of(m(EntityType.AGE, 0, 5, "Value", "48"), m(EntityType.DIAGNOSIS, 10, 20), m(EntityType.DIAGNOSIS, 30, 40),
            m(EntityType.DIAGNOSIS, 50, 60)),
        List.of(m(EntityType.AGE, 0, 5, "Value", "48"), m(EntityType.DIAGNOSIS, 70, 80)));
    Evaluation e = new Evaluation(List.of(s));
    assertEquals(new Prf(1, 1, 3), e.micro(Level.STRICT));
    assertEquals(1.0 / 3, e.micro(Level.STRICT).f1(), 1e-9); // 2*1 / (2*1 + 1 + 3)
    double[] macro = e.macro(Level.STRICT); // Age 1/1/1, Diagnosis 0/0/0; the five empty types are left out
    assertEquals(0.5, macro[0], 1e-9);
    assertEquals(0.5, macro[1], 1e-9);
    assertEquals(0.5, macro[2], 1e-9);
  }

  @Test
  void bootstrapIsSeededAndBracketsTheEstimate() {
    List<DocScore> docs = new java.util.ArrayList<>();
    for (int i = 0; i < 10; i++) {
      docs.add(score(List.of(m(EntityType.AGE, 0, 5, "Value", "48")), i % 3 == 0 ? List.of() : List.of(m(EntityType.AGE, 0, 5, "Value", "48"))));
    }
    Bootstrap.Intervals a = Bootstrap.intervals(docs, 500, 7);
    Bootstrap.Intervals b = Bootstrap.intervals(docs, 500, 7);
    assertEquals(Arrays.toString(a.micro(Level.VALUE)), Arrays.toString(b.micro(Level.VALUE)));
    double f1 = new Evaluation(docs).micro(Level.VALUE).f1();
    assertTrue(a.micro(Level.VALUE)[0] <= f1 && f1 <= a.micro(Level.VALUE)[1]);
  }

  static List<Integer> box(int[] a) {
    return Arrays.stream(a).boxed().toList();
  }
}

package org.clinex.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinex.EntityType;

/**
 * The scores of a set of documents: per type, micro (pooled counts) and macro (unweighted mean of
 * the per-type precision, recall and F1 over the types that have gold or predictions, so that a type
 * absent from a gold set does not count as an F1 of 0).
 */
public final class Evaluation {
  private final List<DocScore> documents;
  private final int[][][] totals;

  public Evaluation(List<DocScore> documents) {
    this.documents = List.copyOf(documents);
    this.totals = sum(documents.stream().map(DocScore::counts).toList());
  }

  static int[][][] sum(List<int[][][]> perDocument) {
    int[][][] t = new int[EntityType.values().length][Level.values().length][3];
    for (int[][][] c : perDocument) {
      for (int i = 0; i < t.length; i++) {
        for (int l = 0; l < t[i].length; l++) {
          for (int k = 0; k < 3; k++) {
            t[i][l][k] += c[i][l][k];
          }
        }
      }
    }
    return t;
  }

  public List<DocScore> documents() {
    return documents;
  }

  public Prf prf(EntityType type, Level level) {
    int[] c = totals[type.ordinal()][level.ordinal()];
    return new Prf(c[0], c[1], c[2]);
  }

  public Prf micro(Level level) {
    Prf p = Prf.ZERO;
    for (EntityType type : EntityType.values()) {
      p = p.plus(prf(type, level));
    }
    return p;
  }

  /** {precision, recall, f1}, each the mean over the types with support (0 when none has). */
  public double[] macro(Level level) {
    return macro(totals, level);
  }

  static double[] macro(int[][][] totals, Level level) {
    double[] m = new double[3];
    int n = 0;
    for (int[][] byLevel : totals) {
      Prf p = new Prf(byLevel[level.ordinal()][0], byLevel[level.ordinal()][1], byLevel[level.ordinal()][2]);
      if (p.hasSupport()) {
        m[0] += p.precision();
        m[1] += p.recall();
        m[2] += p.f1();
        n++;
      }
    }
    for (int k = 0; k < 3 && n > 0; k++) {
      m[k] /= n;
    }
    return m;
  }

  /** SemEval-2013 counts per type: {correct, incorrect, partial, missing, spurious}. */
  public int[] semeval(EntityType type) {
    int[] s = new int[5];
    for (DocScore d : documents) {
      for (int k = 0; k < 5; k++) {
        s[k] += d.semeval()[type.ordinal()][k];
      }
    }
    return s;
  }

  /** The report as JSON-ready maps: types, micro, macro, semeval, documents, and ci when given. */
  public Map<String, Object> toJson(Bootstrap.Intervals ci) {
    Map<String, Object> root = new LinkedHashMap<>();
    Map<String, Object> types = new LinkedHashMap<>();
    for (EntityType type : EntityType.values()) {
      Map<String, Object> levels = new LinkedHashMap<>();
      for (Level level : Level.values()) {
        levels.put(level.key(), prfJson(prf(type, level)));
      }
      types.put(type.label(), levels);
    }
    root.put("types", types);
    Map<String, Object> micro = new LinkedHashMap<>();
    Map<String, Object> macro = new LinkedHashMap<>();
    for (Level level : Level.values()) {
      micro.put(level.key(), prfJson(micro(level)));
      Prf pooled = micro(level);
      double[] m = macro(level);
      Map<String, Object> mj = new LinkedHashMap<>();
      mj.put("tp", pooled.tp());
      mj.put("fp", pooled.fp());
      mj.put("fn", pooled.fn());
      mj.put("precision", round(m[0]));
      mj.put("recall", round(m[1]));
      mj.put("f1", round(m[2]));
      macro.put(level.key(), mj);
    }
    root.put("micro", micro);
    root.put("macro", macro);
    if (ci != null) {
      root.put("ci", ci.toJson());
    }
    Map<String, Object> semeval = new LinkedHashMap<>();
    int[] all = new int[5];
    for (EntityType type : EntityType.values()) {
      int[] s = semeval(type);
      semeval.put(type.label(), semevalJson(s));
      for (int k = 0; k < 5; k++) {
        all[k] += s[k];
      }
    }
    semeval.put("micro", semevalJson(all));
    root.put("semeval", semeval);
    List<String> missing = new ArrayList<>();
    documents.stream().filter(DocScore::predictionMissing).forEach(d -> missing.add(d.doc().id()));
    root.put("documents", Map.of("scored", documents.size(), "missing_predictions", missing));
    return root;
  }

  static Map<String, Object> prfJson(Prf p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("tp", p.tp());
    m.put("fp", p.fp());
    m.put("fn", p.fn());
    m.put("precision", round(p.precision()));
    m.put("recall", round(p.recall()));
    m.put("f1", round(p.f1()));
    return m;
  }

  private static Map<String, Object> semevalJson(int[] s) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int k = 0; k < 5; k++) {
      m.put(DocScore.SEMEVAL_KEYS[k], s[k]);
    }
    // nervaluate: possible = COR+INC+PAR+MIS, actual = COR+INC+PAR+SPU.
    int possible = s[0] + s[1] + s[2] + s[3];
    int actual = s[0] + s[1] + s[2] + s[4];
    m.put("possible", possible);
    m.put("actual", actual);
    m.put("precision", round(Prf.ratio(s[0], actual)));
    m.put("recall", round(Prf.ratio(s[0], possible)));
    return m;
  }

  static double round(double x) {
    return Math.round(x * 10000.0) / 10000.0;
  }
}

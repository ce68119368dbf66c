package org.clinex.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.clinex.EntityType;
import org.clinex.Mention;

/** Matches one document's predictions against its gold and counts. Pure: no I/O, no pipeline. */
public final class Scorer {
  private Scorer() {}

  private record Pair(int g, int p, int overlap, int union) {}

  public static DocScore score(GoldDocument doc, List<Mention> predicted, boolean predictionMissing) {
    int types = EntityType.values().length;
    int[][][] counts = new int[types][Level.values().length][3];
    int[][] semeval = new int[types][5];
    List<Outcome> outcomes = new ArrayList<>();
    List<Mention> unmatchedGold = new ArrayList<>();
    List<Mention> unmatchedPred = new ArrayList<>();
    for (EntityType type : EntityType.values()) {
      List<Mention> gold = doc.mentions().stream().filter(m -> m.type() == type).toList();
      List<Mention> pred = predicted.stream().filter(m -> m.type() == type).sorted(Mention.DOCUMENT_ORDER).toList();
      int[][] c = counts[type.ordinal()];
      int strict = strictMatches(gold, pred);
      set(c[Level.STRICT.ordinal()], strict, pred.size(), gold.size());

      List<Pair> pairs = match(gold, pred);
      boolean[] goldUsed = new boolean[gold.size()];
      boolean[] predUsed = new boolean[pred.size()];
      int valueOk = 0;
      for (Pair pair : pairs) {
        Mention g = gold.get(pair.g);
        Mention p = pred.get(pair.p);
        goldUsed[pair.g] = true;
        predUsed[pair.p] = true;
        boolean same = ValueMatch.equal(g, p);
        valueOk += same ? 1 : 0;
        boolean exact = g.start() == p.start() && g.end() == p.end();
        Outcome.Kind kind = !same ? Outcome.Kind.WRONG_VALUE : exact ? Outcome.Kind.MATCH : Outcome.Kind.BOUNDARY;
        outcomes.add(new Outcome(kind, type, g, p));
      }
      set(c[Level.LENIENT.ordinal()], pairs.size(), pred.size(), gold.size());
      set(c[Level.VALUE.ordinal()], valueOk, pred.size(), gold.size());
      semeval[type.ordinal()][0] += pairs.size();
      for (int i = 0; i < gold.size(); i++) {
        if (!goldUsed[i]) {
          outcomes.add(new Outcome(Outcome.Kind.FALSE_NEGATIVE, type, gold.get(i), null));
          unmatchedGold.add(gold.get(i));
        }
      }
      for (int j = 0; j < pred.size(); j++) {
        if (!predUsed[j]) {
          outcomes.add(new Outcome(Outcome.Kind.FALSE_POSITIVE, type, null, pred.get(j)));
          unmatchedPred.add(pred.get(j));
        }
      }
    }
    semevalCrossType(unmatchedGold, unmatchedPred, semeval);
    outcomes.sort(Comparator.comparing((Outcome o) -> o.anchor(), Mention.DOCUMENT_ORDER).thenComparing(Outcome::kind));
    return new DocScore(doc, predicted.stream().sorted(Mention.DOCUMENT_ORDER).toList(), predictionMissing, counts, semeval, outcomes);
  }

  private static void set(int[] c, int tp, int predicted, int gold) {
    c[0] = tp;
    c[1] = predicted - tp;
    c[2] = gold - tp;
  }

  /** One-to-one exact-span matches: a duplicate prediction of a matched span is a false positive. */
  static int strictMatches(List<Mention> gold, List<Mention> pred) {
    boolean[] used = new boolean[pred.size()];
    int tp = 0;
    for (Mention g : gold) {
      for (int j = 0; j < pred.size(); j++) {
        if (!used[j] && pred.get(j).start() == g.start() && pred.get(j).end() == g.end()) {
          used[j] = true;
          tp++;
          break;
        }
      }
    }
    return tp;
  }

  /**
   * Greedy one-to-one matching of overlapping spans, greatest overlap first; among equal overlaps the
   * tighter pair (smaller union, so an exact match wins over a longer span) then document order.
   */
  static List<Pair> match(List<Mention> gold, List<Mention> pred) {
    List<Pair> candidates = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      for (int j = 0; j < pred.size(); j++) {
        Mention g = gold.get(i);
        Mention p = pred.get(j);
        if (g.overlaps(p)) {
          int overlap = Math.min(g.end(), p.end()) - Math.max(g.start(), p.start());
          int union = Math.max(g.end(), p.end()) - Math.min(g.start(), p.start());
          candidates.add(new Pair(i, j, overlap, union));
        }
      }
    }
    candidates.sort(Comparator.comparingInt(Pair::overlap).reversed().thenComparingInt(Pair::union)
        .thenComparingInt(Pair::g).thenComparingInt(Pair::p));
    boolean[] goldUsed = new boolean[gold.size()];
    boolean[] predUsed = new boolean[pred.size()];
    List<Pair> chosen = new ArrayList<>();
    for (Pair pair : candidates) {
      if (!goldUsed[pair.g] && !predUsed[pair.p]) {
        goldUsed[pair.g] = true;
        predUsed[pair.p] = true;
        chosen.add(pair);
      }
    }
    return chosen;
  }

  /**
   * SemEval-2013 type scheme (as nervaluate's {@code ent_type}): correct = same type and overlap (the
   * lenient matches); incorrect = a leftover prediction overlapping a leftover gold of another type,
   * counted under the gold's type (as nervaluate does), paired one-to-one; missing = leftover gold;
   * spurious = leftover predictions, under their own type; partial is always 0 in this scheme.
   */
  private static void semevalCrossType(List<Mention> gold, List<Mention> pred, int[][] semeval) {
    List<Pair> pairs = match(gold, pred);
    boolean[] goldUsed = new boolean[gold.size()];
    boolean[] predUsed = new boolean[pred.size()];
    for (Pair pair : pairs) {
      goldUsed[pair.g] = true;
      predUsed[pair.p] = true;
      semeval[gold.get(pair.g).type().ordinal()][1]++;
    }
    for (int i = 0; i < gold.size(); i++) {
      if (!goldUsed[i]) {
        semeval[gold.get(i).type().ordinal()][3]++;
      }
    }
    for (int j = 0; j < pred.size(); j++) {
      if (!predUsed[j]) {
        semeval[pred.get(j).type().ordinal()][4]++;
      }
    }
  }
}

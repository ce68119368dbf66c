package org.clinex.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.clinex.Mention;
import org.junit.jupiter.api.Test;

class PredictionsTest {
  @Test
  void memoizedAsksTheSourceOncePerDocumentAndKeepsAMissingOneMissing() throws Exception {
    GoldDocument a = new GoldDocument("a", "test", "text a", List.of());
    GoldDocument b = new GoldDocument("b", "test", "text b", List.of());
    List<String> asked = new ArrayList<>();
    Predictions source = doc -> {
      asked.add(doc.id());
      return doc.id().equals("a") ? new ArrayList<Mention>() : null;
    };
    Predictions once = source.memoized();
    List<Mention> first = once.of(a);
    assertSame(first, once.of(a));
    assertNull(once.of(b));
    assertNull(once.of(b));
    assertEquals(List.of("a", "b"), asked);
  }
}

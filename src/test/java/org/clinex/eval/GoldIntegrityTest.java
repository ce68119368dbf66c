package org.clinex.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every gold .ann of annotated-gold (main manifest and both agreement sets) parses with Brat.parse
 * against its text, whose sha256 matches the manifest; no .ann is left out of its manifest. Seeds
 * are always checked; corpus documents only where the corpus is checked out.
 */
class GoldIntegrityTest {

  @ParameterizedTest
  @ValueSource(strings = {"annotated-gold", "annotated-gold/agreement/first", "annotated-gold/agreement/second"})
  void everyAnnotationParsesAndEveryTextMatchesItsHash(String dir) throws Exception {
    Path root = GoldSet.defaultCorpusRoot();
    GoldSet gold = GoldSet.load(Path.of(dir, GoldSet.MANIFEST), "all", root);
    long seeds = gold.documents().stream().filter(d -> d.id().startsWith("seeds/")).count();
    assertTrue(seeds > 0, dir + ": no seed document was loaded");
    assertTrue(gold.unresolved().stream().allMatch(id -> !id.startsWith("seeds/")), dir + ": seed texts or .ann missing: " + gold.unresolved());

    Set<String> listed = new HashSet<>();
    List<String> rows = Files.readAllLines(Path.of(dir, GoldSet.MANIFEST));
    rows.subList(1, rows.size()).forEach(row -> listed.add(row.split("\t")[0]));
    assertEquals(Set.of(), orphans(Path.of(dir), listed), dir + ": .ann files not listed in the manifest");

    assumeTrue(Files.isDirectory(root), "corpus root " + root.toAbsolutePath().normalize() + " is absent (set CLINEX_CORPUS):"
        + " " + gold.unresolved().size() + " corpus documents of " + dir + " not checked; seeds were");
    assertEquals(List.of(), gold.unresolved(), dir + ": documents whose text or .ann is missing");
  }

  /** .ann files under {@code dir} (not under a nested manifest's directory) that the manifest does not list. */
  private static Set<String> orphans(Path dir, Set<String> listed) throws IOException {
    Set<String> orphans = new HashSet<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(p -> p.toString().endsWith(".ann")).forEach(p -> {
        String rel = dir.relativize(p).toString().replace('\\', '/');
        String id = rel.substring(0, rel.length() - 4);
        if (!id.startsWith("agreement/") && !listed.contains(id)) {
          orphans.add(id);
        }
      });
    }
    return orphans;
  }
}

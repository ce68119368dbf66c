package org.clinex.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.clinex.io.Brat;
import org.clinex.io.BratFormatException;

/**
 * A gold set: either a manifest ({@code id path sha256 split}, .ann at {@code <manifest dir>/<id>.ann})
 * or a plain brat directory of {@code NAME.txt} + {@code NAME.ann}. Every .ann is validated with
 * {@link Brat#parse}. Documents whose text cannot be found (corpus absent, file missing) are
 * collected in {@link #unresolved()} rather than failing the load: the corpus is third-party and
 * not always checked out beside the repository.
 */
public final class GoldSet {
  public static final String MANIFEST = "manifest.tsv";

  private final List<GoldDocument> documents;
  private final List<String> unresolved;

  private GoldSet(List<GoldDocument> documents, List<String> unresolved) {
    this.documents = List.copyOf(documents);
    this.unresolved = List.copyOf(unresolved);
  }

  public List<GoldDocument> documents() {
    return documents;
  }

  /** Ids of the documents whose text or .ann could not be found. */
  public List<String> unresolved() {
    return unresolved;
  }

  /** {@code CLINEX_CORPUS} if set, else {@code ../shared/corpus} relative to the working directory. */
  public static Path defaultCorpusRoot() {
    String env = System.getenv("CLINEX_CORPUS");
    return env != null && !env.isBlank() ? Path.of(env) : Path.of("..", "shared", "corpus");
  }

  /**
   * Loads {@code gold} (a manifest.tsv, a directory holding one, or a plain brat directory).
   *
   * @param split {@code dev}, {@code test}, or {@code null}/{@code all} for every document; ignored for a plain directory
   */
  public static GoldSet load(Path gold, String split, Path corpusRoot) throws IOException, BratFormatException, GoldException {
    Path manifest = Files.isDirectory(gold) ? gold.resolve(MANIFEST) : gold;
    if (Files.isRegularFile(manifest)) {
      return loadManifest(manifest, split == null || split.equals("all") ? null : split, corpusRoot);
    }
    if (Files.isDirectory(gold)) {
      return loadDirectory(gold);
    }
    throw new GoldException(gold + ": no such gold manifest or directory");
  }

  private static GoldSet loadManifest(Path manifest, String split, Path corpusRoot) throws IOException, BratFormatException, GoldException {
    Path dir = manifest.toAbsolutePath().normalize().getParent();
    Path seedsBase = annotatedGoldDir(dir);
    List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
    if (lines.isEmpty() || !lines.get(0).equals("id\tpath\tsha256\tsplit")) {
      throw new GoldException(manifest + ":1: expected the header 'id<TAB>path<TAB>sha256<TAB>split'");
    }
    List<GoldDocument> documents = new ArrayList<>();
    List<String> unresolved = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String[] cols = lines.get(i).split("\t", -1);
      if (cols.length != 4) {
        throw new GoldException(manifest + ":" + (i + 1) + ": expected 4 tab-separated columns, found " + cols.length);
      }
      String id = cols[0];
      if (split != null && !split.equals(cols[3])) {
        continue;
      }
      // Seed texts live in the repository; every other text in the (third-party) corpus.
      Path textFile = cols[1].startsWith("seeds/") ? seedsBase.resolve(cols[1]) : corpusRoot.resolve(cols[1]);
      Path annFile = dir.resolve(id + ".ann");
      if (!Files.isRegularFile(textFile) || !Files.isRegularFile(annFile)) {
        unresolved.add(id);
        continue;
      }
      byte[] bytes = Files.readAllBytes(textFile);
      if (!sha256(bytes).equalsIgnoreCase(cols[2])) {
        throw new GoldException(manifest + ":" + (i + 1) + ": " + id + ": sha256 of " + textFile
            + " does not match the manifest (the text changed since it was annotated)");
      }
      String text = new String(bytes, StandardCharsets.UTF_8);
      documents.add(new GoldDocument(id, cols[3], text, Brat.parse(Files.readString(annFile, StandardCharsets.UTF_8), text, display(annFile))));
    }
    return new GoldSet(documents, unresolved);
  }

  private static GoldSet loadDirectory(Path dir) throws IOException, BratFormatException {
    List<Path> anns;
    try (Stream<Path> walk = Files.walk(dir)) {
      anns = walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().toList();
    }
    List<GoldDocument> documents = new ArrayList<>();
    List<String> unresolved = new ArrayList<>();
    for (Path ann : anns) {
      String rel = dir.relativize(ann).toString().replace('\\', '/');
      String id = rel.substring(0, rel.length() - 4);
      Path textFile = ann.resolveSibling(ann.getFileName().toString().replaceFirst("\\.ann$", ".txt"));
      if (!Files.isRegularFile(textFile)) {
        unresolved.add(id);
        continue;
      }
      String text = Files.readString(textFile, StandardCharsets.UTF_8);
      documents.add(new GoldDocument(id, null, text, Brat.parse(Files.readString(ann, StandardCharsets.UTF_8), text, display(ann))));
    }
    return new GoldSet(documents, unresolved);
  }

  /** The manifest's directory or its nearest ancestor named annotated-gold, else ./annotated-gold. */
  static Path annotatedGoldDir(Path dir) {
    for (Path p = dir; p != null; p = p.getParent()) {
      if (p.getFileName() != null && p.getFileName().toString().equals("annotated-gold")) {
        return p;
      }
    }
    return Path.of("annotated-gold");
  }

  /** A path for messages: relative to the working directory when it is under it. */
  static String display(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path cwd = Path.of("").toAbsolutePath();
    return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : file.toString();
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}

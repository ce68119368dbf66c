package org.clinex;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.clinex.pipeline.ModelSource;
import org.clinex.pipeline.Pipeline;

/**
 * Extracts the seven SCHEMA entity types from clinical text. Build one and share it: construction
 * compiles every rule file (about a second); {@link #extract} is thread-safe.
 *
 * <pre>{@code
 * Extractor extractor = Extractor.create();
 * for (Mention m : extractor.extract(text).mentions()) {
 *   System.out.println(m.type() + " " + m.text() + " " + m.attributes() + " (" + m.rule() + ")");
 * }
 * }</pre>
 */
public final class Extractor {
  private final Pipeline pipeline;

  private Extractor(Builder builder) {
    this.pipeline = new Pipeline(ModelSource.of(builder.rulesDir), builder.types);
  }

  /** An extractor with the bundled rules and every entity type. */
  public static Extractor create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The mentions of {@code text}; offsets index {@code text} exactly as given. */
  public Extraction extract(String text) {
    Objects.requireNonNull(text, "text");
    return new Extraction(pipeline.extract(text));
  }

  /** Options for {@link Extractor}. */
  public static final class Builder {
    private Path rulesDir;
    private Set<EntityType> types = EnumSet.allOf(EntityType.class);

    private Builder() {}

    /** Read rules and lexicons from {@code dir} (the layout of {@code models/}); null: the bundled copy. */
    public Builder rulesDir(Path dir) {
      this.rulesDir = dir;
      return this;
    }

    /** Extract only these types (all by default). */
    public Builder types(Set<EntityType> types) {
      if (types.isEmpty()) {
        throw new IllegalArgumentException("no entity types");
      }
      this.types = EnumSet.copyOf(types);
      return this;
    }

    /** @throws RulesException naming the file and problem when a rule file or lexicon is bad */
    public Extractor build() {
      return new Extractor(this);
    }
  }
}

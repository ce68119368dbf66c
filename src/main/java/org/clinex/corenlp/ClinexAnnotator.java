package org.clinex.corenlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.ErasureUtils;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.clinex.EntityType;
import org.clinex.Extractor;
import org.clinex.Mention;

/**
 * clinex as a CoreNLP annotator, for pipelines that already run StanfordCoreNLP:
 *
 * <pre>
 * customAnnotatorClass.clinex = org.clinex.corenlp.ClinexAnnotator
 * annotators = tokenize,ssplit,clinex
 * clinex.rules = models            # optional: a rules directory instead of the bundled rules
 * clinex.types = Age,InjuryDate    # optional: SCHEMA type names (default: all seven)
 * </pre>
 *
 * What it adds:
 * <ul>
 *   <li>on the document, {@link MentionsAnnotation}: clinex's mentions, offsets into the document's
 *       {@code TextAnnotation} (exactly what {@link Extractor#extract} returns for that text);
 *   <li>on each token that overlaps a mention, {@link ClinexTagAnnotation}: the SCHEMA type name
 *       ({@code Age}, {@code PriorStudy}, ...) of the shortest such mention, so an ImagingModality
 *       inside a PriorStudy shows as ImagingModality; tokens outside mentions get none;
 *   <li>{@code NamedEntityTagAnnotation} set to the same name only where it is absent, i.e. where no
 *       NER annotator ran before: CoreNLP's own NER tags (including {@code O}) are never overwritten.
 * </ul>
 * clinex runs its own tokenizer on the text (its rules depend on its tokenizer settings), so the
 * pipeline's tokenization only decides which tokens carry the tags.
 */
public final class ClinexAnnotator implements Annotator {
  /** The document's clinex mentions, in document order. */
  public static final class MentionsAnnotation implements CoreAnnotation<List<Mention>> {
    @Override
    public Class<List<Mention>> getType() {
      return ErasureUtils.uncheckedCast(List.class);
    }
  }

  /** The SCHEMA type name of the (shortest) clinex mention that a token overlaps. */
  public static final class ClinexTagAnnotation implements CoreAnnotation<String> {
    @Override
    public Class<String> getType() {
      return String.class;
    }
  }

  private final Extractor extractor;

  /** The constructor CoreNLP's {@code customAnnotatorClass.NAME} calls; options are {@code NAME.rules} and {@code NAME.types}. */
  public ClinexAnnotator(String name, Properties props) {
    Extractor.Builder builder = Extractor.builder();
    String rules = props.getProperty(name + ".rules");
    if (rules != null && !rules.isBlank()) {
      builder.rulesDir(Path.of(rules.trim()));
    }
    String types = props.getProperty(name + ".types");
    if (types != null && !types.isBlank()) {
      Set<EntityType> chosen = EnumSet.noneOf(EntityType.class);
      for (String label : types.split(",")) {
        chosen.add(EntityType.fromLabel(label.trim()).orElseThrow(() -> new IllegalArgumentException(
            name + ".types: unknown type '" + label.trim() + "' (known: " + Arrays.toString(EntityType.values()) + ")")));
      }
      builder.types(chosen);
    }
    this.extractor = builder.build();
  }

  /** Wraps an extractor built in code (shares its compiled rules). */
  public ClinexAnnotator(Extractor extractor) {
    this.extractor = extractor;
  }

  @Override
  public void annotate(Annotation annotation) {
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<Mention> mentions = extractor.extract(text).mentions();
    annotation.set(MentionsAnnotation.class, mentions);
    for (CoreLabel token : annotation.get(CoreAnnotations.TokensAnnotation.class)) {
      Mention tag = null;
      for (Mention m : mentions) {
        if (m.start() < token.endPosition() && token.beginPosition() < m.end() && (tag == null || m.length() < tag.length())) {
          tag = m;
        }
      }
      if (tag != null) {
        token.set(ClinexTagAnnotation.class, tag.type().label());
        if (token.ner() == null) {
          token.setNER(tag.type().label());
        }
      }
    }
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TextAnnotation.class, CoreAnnotations.TokensAnnotation.class,
        CoreAnnotations.CharacterOffsetBeginAnnotation.class, CoreAnnotations.CharacterOffsetEndAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    // Not NamedEntityTagAnnotation: only covered tokens get a tag, which is not what NER promises.
    return Set.of(MentionsAnnotation.class, ClinexTagAnnotation.class);
  }
}

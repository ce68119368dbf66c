package org.clinex.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.clinex.EntityType;
import org.clinex.Extractor;
import org.clinex.Mention;
import org.junit.jupiter.api.Test;

/** The annotator in a stock StanfordCoreNLP pipeline built from Properties, as a user would configure it. */
class ClinexAnnotatorTest {
  static final Path SEED = Path.of("annotated-gold/seeds/000_8d91f0befde23dce.txt");

  static Properties props() {
    Properties props = new Properties();
    props.setProperty("customAnnotatorClass.clinex", ClinexAnnotator.class.getName());
    props.setProperty("annotators", "tokenize,ssplit,clinex");
    props.setProperty("clinex.rules", "models");
    return props;
  }

  @Test
  void stockPipelineAddsMentionsAndTokenTags() throws Exception {
    String text = Files.readString(SEED, StandardCharsets.UTF_8);
    Annotation doc = new Annotation(text);
    new StanfordCoreNLP(props()).annotate(doc);

    List<Mention> mentions = doc.get(ClinexAnnotator.MentionsAnnotation.class);
    assertEquals(Extractor.create().extract(text).mentions(), mentions);
    assertTrue(mentions.stream().anyMatch(m -> m.type() == EntityType.DISPUTED_ITEM));

    Mention age = mentions.stream().filter(m -> m.type() == EntityType.AGE).findFirst().orElseThrow();
    assertEquals("57 year old", age.text());
    List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
    List<CoreLabel> inAge = tokens.stream().filter(t -> t.beginPosition() >= age.start() && t.endPosition() <= age.end()).toList();
    assertFalse(inAge.isEmpty());
    for (CoreLabel t : inAge) {
      assertEquals("Age", t.get(ClinexAnnotator.ClinexTagAnnotation.class), t.word());
      assertEquals("Age", t.ner(), "no NER ran, so the NER tag carries the clinex type");
    }
    CoreLabel before = tokens.stream().filter(t -> t.endPosition() <= age.start()).reduce((a, b) -> b).orElseThrow();
    assertNull(before.get(ClinexAnnotator.ClinexTagAnnotation.class), "token outside mentions: " + before.word());
    assertNull(before.ner());

    // "X-Ray of The Cervical Spine" is a DisputedItem holding an ImagingModality: the shorter one tags "X-Ray".
    Mention item = mentions.stream().filter(m -> m.type() == EntityType.DISPUTED_ITEM).findFirst().orElseThrow();
    CoreLabel first = tokens.stream().filter(x -> x.beginPosition() == item.start()).findFirst().orElseThrow();
    CoreLabel last = tokens.stream().filter(x -> x.endPosition() == item.end()).findFirst().orElseThrow();
    assertEquals("ImagingModality", first.get(ClinexAnnotator.ClinexTagAnnotation.class), first.word());
    assertEquals("DisputedItem", last.get(ClinexAnnotator.ClinexTagAnnotation.class), last.word());
  }

  @Test
  void typesOptionAndExistingNerTagsAreKept() {
    Properties props = props();
    props.setProperty("clinex.types", "Age");
    Annotation doc = new Annotation("The 57 year old had an MRI.");
    new StanfordCoreNLP(props).annotate(doc);
    List<Mention> mentions = doc.get(ClinexAnnotator.MentionsAnnotation.class);
    assertEquals(List.of(EntityType.AGE), mentions.stream().map(Mention::type).toList());

    Annotation tagged = new Annotation("The 57 year old.");
    Properties tokenizeOnly = new Properties();
    tokenizeOnly.setProperty("annotators", "tokenize,ssplit");
    new StanfordCoreNLP(tokenizeOnly).annotate(tagged);
    tagged.get(CoreAnnotations.TokensAnnotation.class).forEach(t -> t.setNER("O"));
    new ClinexAnnotator("clinex", props).annotate(tagged);
    CoreLabel number = tagged.get(CoreAnnotations.TokensAnnotation.class).get(1);
    assertEquals("Age", number.get(ClinexAnnotator.ClinexTagAnnotation.class));
    assertEquals("O", number.ner(), "an NER tag already there is not overwritten");
  }

  @Test
  void badOptionsAndMissingTokenizerAreReported() {
    Properties props = props();
    props.setProperty("clinex.types", "Age,Nope");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ClinexAnnotator("clinex", props));
    assertTrue(e.getMessage().contains("Nope"));

    Properties noTokenizer = props();
    noTokenizer.setProperty("annotators", "clinex");
    assertThrows(IllegalArgumentException.class, () -> new StanfordCoreNLP(noTokenizer));
  }
}

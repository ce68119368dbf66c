package org.clinex.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Layout folding never moves a character; it changes white space and the punctuation of glued commas and inline lists. */
class LayoutTest {
  @Test
  void seedStyleBlankLinesFoldToLineWraps() {
    String seed = "The claimant is a 57 year old male who \n\nsustained a work injury on 9/29/11 involving the \n\nneck. \n\n \n\nNext paragraph \n\nhere \n\nand \n\nthere.";
    String folded = LayoutNormalizer.normalize(seed);
    assertEquals(seed.length(), folded.length());
    assertFalse(folded.contains("who \n\nsustained"), "a single blank line is a wrap");
    assertTrue(folded.contains("neck."), "text is unchanged");
    for (int i = 0; i < seed.length(); i++) {
      if (!Character.isWhitespace(seed.charAt(i))) {
        assertEquals(seed.charAt(i), folded.charAt(i), "non-space character moved at " + i);
      }
    }
  }

  @Test
  void singleSpacedTextKeepsParagraphBreaks() {
    String text = "Line one\nline two\n\nNew paragraph\nmore\nand more\nend";
    assertEquals(text, LayoutNormalizer.normalize(text));
  }

  @Test
  void formFeedsAndCarriageReturnsBecomeWhiteSpaceOfEqualLength() {
    String text = "Page one.\r\n\fPage two";
    String folded = LayoutNormalizer.normalize(text);
    assertEquals(text.length(), folded.length());
    assertEquals("Page one. \n\nPage two", folded);
  }

  @Test
  void commaGluedToAPeriodOrColonIsWhiteSpace() {
    String text = "Anemia and hypothyroidism.,PAST SURGICAL HISTORY:,  In 1979, she had surgery.";
    String folded = LayoutNormalizer.normalize(text);
    assertEquals("Anemia and hypothyroidism. PAST SURGICAL HISTORY:   In 1979, she had surgery.", folded);
  }

  @Test
  void aBreakAfterAHyphenIsAWrap() {
    assertEquals("spine x-  \nrays, and", LayoutNormalizer.normalize("spine x-\n\n\frays, and"));
    assertEquals("a well-\n\nknown", LayoutNormalizer.normalize("a well-\n\nknown"), "a blank line alone stays a paragraph break");
  }

  @Test
  void aSentenceCutByAPageEndGoesOn() {
    assertEquals("tomography of the cervical  \nspine that was performed",
        LayoutNormalizer.normalize("tomography of the cervical\n\n\fspine that was performed"));
    assertEquals("Mild sprain,  \nand strain", LayoutNormalizer.normalize("Mild sprain,\n\f\nand strain"));
    assertEquals("is: Upheld\n\n\nClaims Administrator", LayoutNormalizer.normalize("is: Upheld\n\n\fClaims Administrator"),
        "a capital after a page end may start a heading");
    assertEquals("was denied.\n\n\nthe next", LayoutNormalizer.normalize("was denied.\n\n\fthe next"),
        "a sentence ended before the page end");
  }

  @Test
  void anInlineNumberedListOfDiagnosesReadsAsOneSentence() {
    assertEquals("The diagnoses listed are: 1) lumbar radiculopathy; 2) cervical sprain; 3) carpal tunnel syndrome.",
        LayoutNormalizer.normalize("The diagnoses listed are: 1. lumbar radiculopathy; 2. cervical sprain; 3. carpal tunnel syndrome."));
    assertEquals("Diagnoses: 1) Lumbar radiculopathy; 2) Cervical sprain. He works.",
        LayoutNormalizer.normalize("Diagnoses: 1. Lumbar radiculopathy. 2. Cervical sprain. He works."));
    assertEquals("The assessment reads: \"1) Chronic inguinal pain, right; 2) Possible neuralgia.\"",
        LayoutNormalizer.normalize("The assessment reads: \"1. Chronic inguinal pain, right. 2. Possible neuralgia.\""));
  }

  @Test
  void aListWithOneItemALineOrNumberedInParenthesesReadsAsOneSentence() {
    assertEquals("The assessment was:\n1) Lumbar radiculopathy (M54.16);2) Cervical sprain\n",
        LayoutNormalizer.normalize("The assessment was:\n1. Lumbar radiculopathy (M54.16)\n2. Cervical sprain\n"));
    assertEquals("Diagnoses listed by the surgeon: (1) Lumbar radiculopathy; (2) Cervical sprain. He works.",
        LayoutNormalizer.normalize("Diagnoses listed by the surgeon. (1) Lumbar radiculopathy. (2) Cervical sprain. He works."));
  }

  @Test
  void otherNumberedListsAndLoneNumbersKeepTheirSentences() {
    String planLines = "Plan:\n1. MRI of the lumbar spine\n2. Physical therapy\n";
    assertEquals(planLines, LayoutNormalizer.normalize(planLines));
    String parenthesized = "He was seen. (1) MRI of the lumbar spine. (2) Physical therapy.";
    assertEquals(parenthesized, LayoutNormalizer.normalize(parenthesized));
    String misnumbered = "Diagnoses: (1. Lumbar radiculopathy. (2) Cervical sprain.";
    assertEquals(misnumbered, LayoutNormalizer.normalize(misnumbered));
    String plan = "Plan: 1. MRI of the lumbar spine. 2. Physical therapy.";
    assertEquals(plan, LayoutNormalizer.normalize(plan));
    String single = "Diagnoses: 1. Lumbar radiculopathy. He works.";
    assertEquals(single, LayoutNormalizer.normalize(single));
    String paragraphs = "Diagnoses: 1. Lumbar radiculopathy.\n\n2. Cervical sprain.";
    assertEquals(paragraphs, LayoutNormalizer.normalize(paragraphs));
  }
}

package org.clinex.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinex.RulesException;
import org.clinex.pipeline.Lexicon;
import org.clinex.pipeline.ModelSource;

/**
 * Modality codes from {@code models/lexicons/modality.tsv} (imaging terms) and
 * {@code studies.tsv} (other diagnostic studies: EMG, NCS, OTHER; PriorStudy only). A span's code is
 * that of the term that starts first in it, the longest at that place: {@code MR arthrogram} is
 * MRI, {@code CT myelogram} is CT.
 */
public final class ModalityLexicon {
  private record Entry(Pattern pattern, String code) {}

  private final List<Entry> imaging;
  private final List<Entry> studies;

  ModalityLexicon(ModelSource source) {
    imaging = entries(Lexicon.load(source, "lexicons/modality.tsv", 2), IMAGING_CODES);
    studies = entries(Lexicon.load(source, "lexicons/studies.tsv", 2), STUDY_CODES);
  }

  static final List<String> IMAGING_CODES = List.of("XRAY", "CT", "MRI", "ULTRASOUND", "BONE_SCAN", "MYELOGRAM",
      "DISCOGRAM", "ARTHROGRAM", "PET", "DEXA", "FLUOROSCOPY", "OTHER");
  // XRAY for "film(s)": in a study name it means radiographs ("Elbow films"), but it is not an
  // ImagingModality on its own, so it is kept out of modality.tsv.
  static final List<String> STUDY_CODES = List.of("EMG", "NCS", "OTHER", "XRAY");

  private static List<Entry> entries(Lexicon lexicon, List<String> codes) {
    List<Entry> entries = new ArrayList<>();
    for (Lexicon.Row row : lexicon.rows()) {
      if (!codes.contains(row.get(1))) {
        throw new RulesException(lexicon.at(row) + ": unknown modality code " + row.get(1) + " (expected one of " + codes + ")");
      }
      String words = Pattern.quote(row.get(0).trim()).replace(" ", "\\E\\s+\\Q");
      entries.add(new Entry(Pattern.compile("(?<![A-Za-z])" + words + "(?![A-Za-z])", Pattern.CASE_INSENSITIVE), row.get(1)));
    }
    return entries;
  }

  /** The imaging modality code of {@code text}, or {@code null}. */
  public String imagingCode(String text) {
    return code(text, imaging);
  }

  /**
   * The study code of {@code text}: an imaging code, else EMG, NCS or OTHER; or {@code null}. A
   * name with both an EMG and a nerve conduction word is EMG in either order (SCHEMA: "EMG/NCV of
   * one limb is one PriorStudy with Modality EMG", so "nerve conduction and EMG test" too).
   */
  public String studyCode(String text) {
    String imagingCode = imagingCode(text);
    String studyCode = code(text, studies);
    if ("NCS".equals(studyCode)
        && studies.stream().anyMatch(e -> e.code().equals("EMG") && e.pattern().matcher(text).find())) {
      studyCode = "EMG";
    }
    if (imagingCode == null || studyCode == null) {
      return imagingCode != null ? imagingCode : studyCode;
    }
    return firstStart(text, imaging) <= firstStart(text, studies) ? imagingCode : studyCode;
  }

  private static String code(String span, List<Entry> entries) {
    // A word broken at a hyphen by a line or page end ("x-\n\nrays") is still the word.
    String text = span.replaceAll("-\\s+", "-");
    int bestStart = Integer.MAX_VALUE;
    int bestLength = -1;
    String best = null;
    for (Entry e : entries) {
      Matcher m = e.pattern.matcher(text);
      if (m.find() && (m.start() < bestStart || (m.start() == bestStart && m.end() - m.start() > bestLength))) {
        bestStart = m.start();
        bestLength = m.end() - m.start();
        best = e.code;
      }
    }
    return best;
  }

  private static int firstStart(String span, List<Entry> entries) {
    String text = span.replaceAll("-\\s+", "-");
    int first = Integer.MAX_VALUE;
    for (Entry e : entries) {
      Matcher m = e.pattern.matcher(text);
      if (m.find()) {
        first = Math.min(first, m.start());
      }
    }
    return first;
  }

}

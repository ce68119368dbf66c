package org.clinex.eval;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinex.Mention;

/**
 * The part of each document before, or from, the first match of a regex, so that two parts of a
 * document type are scored apart: an IMR letter's case summary and its decision rationales, which
 * differ in wording and in how well rules carry over to them. A mention belongs to the part where it
 * starts; a document without a match lies wholly before it.
 */
public record Region(Pattern cut, boolean from) {

  /** The two parts: before the first match, and from it to the end. */
  public static List<Region> both(Pattern cut) {
    return List.of(new Region(cut, false), new Region(cut, true));
  }

  /** "before /REGEX/" or "from /REGEX/". */
  public String label() {
    return (from ? "from" : "before") + " /" + cut.pattern() + "/";
  }

  /** The document with only the gold mentions in this part; its text stays whole, so offsets hold. */
  public GoldDocument of(GoldDocument doc) {
    return new GoldDocument(doc.id(), doc.split(), doc.text(), keep(doc.text(), doc.mentions()));
  }

  /** The predictions with only the mentions in this part. */
  public Predictions of(Predictions predictions) {
    return doc -> {
      List<Mention> predicted = predictions.of(doc);
      return predicted == null ? null : keep(doc.text(), predicted);
    };
  }

  private List<Mention> keep(String text, List<Mention> mentions) {
    Matcher m = cut.matcher(text);
    int at = m.find() ? m.start() : text.length();
    return mentions.stream().filter(x -> (x.start() >= at) == from).toList();
  }
}

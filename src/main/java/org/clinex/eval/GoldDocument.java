package org.clinex.eval;

import java.util.List;
import org.clinex.Mention;

/**
 * One gold document: its id (as in the manifest, e.g. {@code corpus/dwc-imr/CM16-0219557}), its
 * split ({@code dev}, {@code test}, or {@code null} for a plain brat directory), its text and its
 * validated gold mentions.
 */
public record GoldDocument(String id, String split, String text, List<Mention> mentions) {

  public GoldDocument {
    mentions = mentions.stream().sorted(Mention.DOCUMENT_ORDER).toList();
  }

  /** The last path segment of the id ({@code CM16-0219557}): the name {@code clinex extract} gives it. */
  public String basename() {
    int slash = id.lastIndexOf('/');
    return slash < 0 ? id : id.substring(slash + 1);
  }
}

package org.clinex.eval;

/** Placeholder: replaced by the HTML report. */
public final class HtmlReport {
  private HtmlReport() {}

  public static String render(Evaluation evaluation, Bootstrap.Intervals ci, String title) {
    throw new UnsupportedOperationException("html not yet");
  }
}

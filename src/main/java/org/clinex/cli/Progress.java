package org.clinex.cli;

/** A one-line progress bar on stderr, only when stderr is a terminal and the batch is long. */
final class Progress {
  private final int total;
  private final boolean shown;
  private int done;

  Progress(int total) {
    this.total = total;
    this.shown = System.console() != null && total >= 20;
  }

  void step() {
    done++;
    if (shown && (done % 10 == 0 || done == total)) {
      int width = 30;
      int filled = width * done / total;
      System.err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total);
    }
  }

  void done() {
    if (shown) {
      System.err.println();
    }
  }
}

package org.clinex;

/** A rule file or lexicon that cannot be loaded; the message names the file (and line) and the problem. */
public class RulesException extends RuntimeException {
  public RulesException(String message) {
    super(message);
  }

  public RulesException(String message, Throwable cause) {
    super(message, cause);
  }
}

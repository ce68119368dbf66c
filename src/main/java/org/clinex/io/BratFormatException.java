package org.clinex.io;

/** A brat file that breaks SCHEMA.md; the message is {@code file:line: problem}. */
public class BratFormatException extends Exception {
  public BratFormatException(String message) {
    super(message);
  }
}

package org.clinex.eval;

/** Gold or predictions that cannot be used (sha256 mismatch, bad manifest, ...); the message names the file. */
public class GoldException extends Exception {
  public GoldException(String message) {
    super(message);
  }
}

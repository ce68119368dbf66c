package org.clinex.serve;

/** A request the service refuses: the HTTP status and the message sent back as {@code {"error": ...}}. */
final class ApiError extends RuntimeException {
  final int status;

  ApiError(int status, String message) {
    super(message, null, false, false); // no stack trace: these are the client's errors, not ours
    this.status = status;
  }
}

package org.clinex.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.clinex.io.JsonLines;

/** A loopback HTTP client for the service tests: every request has a time limit, so a hung server fails the test. */
final class ServiceClient {
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  final String base;

  ServiceClient(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String contentType, byte[] body) throws IOException, InterruptedException {
    return http.send(post(path, contentType, HttpRequest.BodyPublishers.ofByteArray(body)), HttpResponse.BodyHandlers.ofString());
  }

  HttpRequest post(String path, String contentType, HttpRequest.BodyPublisher body) {
    HttpRequest.Builder b = request(path).POST(body);
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return b.build();
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
  }

  /** Asserts a JSON error answer with {@code status} and returns its message. */
  static String assertError(HttpResponse<String> response, int status) throws IOException {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), "JSON error");
    JsonNode json = JsonLines.mapper().readTree(response.body());
    assertTrue(json.path("error").isTextual(), "has an \"error\" message: " + response.body());
    assertFalse(json.get("error").asText().isBlank());
    return json.get("error").asText();
  }
}

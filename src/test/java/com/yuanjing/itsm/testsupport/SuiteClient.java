package com.yuanjing.itsm.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A plain HTTP client for the running suite that sends Basic credentials up front, as API clients do.
 * (Spring's test client answers a 401 challenge by itself, which hides what a real client sees.)
 */
public final class SuiteClient {

  private final HttpClient http = HttpClient.newHttpClient();
  private final String baseUrl;

  public SuiteClient(int port) {
    this.baseUrl = "http://localhost:" + port;
  }

  public HttpResponse<String> get(String user, String path) {
    return send(user, HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
  }

  /** For downloads such as workbooks, whose body is no text. */
  public HttpResponse<byte[]> getBytes(String user, String path) {
    return send(user, HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), HttpResponse.BodyHandlers.ofByteArray());
  }

  public HttpResponse<String> postJson(String user, String path, String json) {
    return send(user, HttpRequest.newBuilder(URI.create(baseUrl + path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  public HttpResponse<String> putJson(String user, String path, String json) {
    return send(user, HttpRequest.newBuilder(URI.create(baseUrl + path))
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  public HttpResponse<String> delete(String user, String path) {
    return send(user, HttpRequest.newBuilder(URI.create(baseUrl + path)).DELETE());
  }

  /** {@code user} is "name" (password demo), "name:password", or null for an anonymous call. */
  private HttpResponse<String> send(String user, HttpRequest.Builder request) {
    return send(user, request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private <T> HttpResponse<T> send(String user, HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
    if (user != null) {
      String credentials = user.contains(":") ? user : user + ":demo";
      request.header("Authorization",
          "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    return send(http, request.build(), body);
  }

  /** Sends with {@code http} and reads the answer as UTF-8 text. */
  static HttpResponse<String> send(HttpClient http, HttpRequest request) {
    return send(http, request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static <T> HttpResponse<T> send(HttpClient http, HttpRequest request, HttpResponse.BodyHandler<T> body) {
    try {
      return http.send(request, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

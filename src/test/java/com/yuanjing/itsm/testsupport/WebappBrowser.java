package com.yuanjing.itsm.testsupport;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A browser's view of the running suite: it keeps its cookies (the webapp session, the XSRF token) and signs
 * in and out through the Camunda webapp's login, as the suite's pages do, never with Basic credentials.
 */
public final class WebappBrowser {

  public static final String PAGE_REQUEST_HEADER = "X-Requested-With";
  private static final String AUTH = "/camunda/api/admin/auth/user/default";
  private static final String XSRF_HEADER = "X-XSRF-TOKEN";

  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
  private final String baseUrl;

  public WebappBrowser(int port) {
    this.baseUrl = "http://localhost:" + port;
  }

  /** A GET as the suite's pages send it, with {@code X-Requested-With: XMLHttpRequest}. */
  public HttpResponse<String> get(String path) {
    return send(request(path).header(PAGE_REQUEST_HEADER, "XMLHttpRequest").GET());
  }

  /** A plain GET, as a link or a script element sends it. */
  public HttpResponse<String> open(String path) {
    return send(request(path).GET());
  }

  /** A JSON POST with the session cookie only, as another site could make the browser send it. */
  public HttpResponse<String> postJson(String path, String json) {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  /** Signs in to the welcome app with password demo, the token of a GET echoed as the webapp wants. */
  public HttpResponse<String> login(String user) {
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo";
    return sendWithToken(AUTH + "/login/welcome", form);
  }

  public HttpResponse<String> logout() {
    return sendWithToken(AUTH + "/logout", "");
  }

  private HttpResponse<String> sendWithToken(String path, String form) {
    String token = open(AUTH).headers().firstValue(XSRF_HEADER).orElseThrow();
    return send(request(path).header(XSRF_HEADER, token)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)));
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    return SuiteClient.send(http, request.build());
  }
}

package com.yuanjing.itsm.servicelevel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Offers exactly the published services in every Camunda Form: rewrites the {@code values} of each select
 * whose key is {@code serviceId} in the deployed forms the engine's REST API hands to Tasklist (the start
 * form of a process definition, the form of a task). The static values in the .form files stay as the
 * Modeler's preview. Any other answer passes unchanged.
 */
public class ServiceFormFilter extends OncePerRequestFilter {

  static final String SERVICE_FIELD = "serviceId";

  private final ServiceDirectory services;
  private final ObjectMapper json;

  public ServiceFormFilter(ServiceDirectory services, ObjectMapper json) {
    this.services = services;
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String uri = request.getRequestURI();
    return !"GET".equals(request.getMethod())
        || !(uri.endsWith("/deployed-start-form") || uri.endsWith("/deployed-form"));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, cached);
    byte[] body = cached.getContentAsByteArray();
    String contentType = cached.getContentType();
    if (cached.getStatus() == HttpServletResponse.SC_OK && contentType != null && contentType.contains("json")) {
      body = withPublishedServices(body);
    }
    cached.resetBuffer();
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
    response.flushBuffer();
  }

  /** The form with the published services in its service selects; the body unchanged if it is not a form. */
  byte[] withPublishedServices(byte[] body) {
    JsonNode form;
    try {
      form = json.readTree(body);
    } catch (IOException notJson) {
      return body;
    }
    if (form == null || !form.has("components")) {
      return body;
    }
    ArrayNode options = json.createArrayNode();
    for (Map.Entry<String, String> service : services.names().entrySet()) {
      options.addObject().put("label", service.getValue()).put("value", service.getKey());
    }
    boolean changed = false;
    for (JsonNode field : form.findParents("key")) {
      if (SERVICE_FIELD.equals(field.get("key").asText()) && "select".equals(field.path("type").asText())) {
        ObjectNode select = (ObjectNode) field;
        select.remove("valuesKey");
        select.remove("valuesExpression");
        select.set("values", options.deepCopy());
        changed = true;
      }
    }
    try {
      return changed ? json.writeValueAsBytes(form) : body;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot write form JSON", e);
    }
  }
}

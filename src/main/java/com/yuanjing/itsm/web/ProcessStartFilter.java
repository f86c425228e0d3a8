package com.yuanjing.itsm.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets processes start only at their start events. Camunda's REST API can start an instance before any
 * activity ({@code startInstructions}), skip listeners and input mappings, or restart a finished instance
 * at any activity; any of these would pass by the start listeners that number, check and register every
 * process of the suite, with nothing more than the permission to start it. Such requests are refused (403)
 * before they reach the engine; everything else passes unchanged.
 */
public class ProcessStartFilter extends OncePerRequestFilter {

  static final String REFUSED = "流程只能从开始事件启动：不支持指定起始环节、跳过监听器或重启已结束的流程";

  private static final Pattern START = Pattern.compile(".*/process-definition/.+/start$");
  private static final Pattern RESTART = Pattern.compile(".*/process-definition/.+/restart(-async)?$");

  private final ObjectMapper json;

  public ProcessStartFilter(ObjectMapper json) {
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String uri = request.getRequestURI();
    return !"POST".equals(request.getMethod()) || !(START.matcher(uri).matches() || RESTART.matcher(uri).matches());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    byte[] body = request.getInputStream().readAllBytes();
    if (RESTART.matcher(request.getRequestURI()).matches() || bypassesStartEvents(body)) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      json.writeValue(response.getOutputStream(), Map.of("type", "AuthorizationException", "message", REFUSED));
      return;
    }
    chain.doFilter(new ReadAgain(request, body), response);
  }

  /** A body the engine cannot read is left to the engine to refuse. */
  private boolean bypassesStartEvents(byte[] body) {
    JsonNode start;
    try {
      start = json.readTree(body);
    } catch (IOException e) {
      return false;
    }
    return start != null && (start.path("startInstructions").size() > 0
        || start.path("skipCustomListeners").asBoolean(false) || start.path("skipIoMappings").asBoolean(false));
  }

  /** The request with its body, which the filter has read, to be read again by the engine. */
  private static final class ReadAgain extends HttpServletRequestWrapper {

    private final byte[] body;

    ReadAgain(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return in.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("The body is already read");
        }
      };
    }
  }
}

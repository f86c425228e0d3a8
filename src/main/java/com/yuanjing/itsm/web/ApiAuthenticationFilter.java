package com.yuanjing.itsm.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * The engine's authentication of {@code /api}, except that the suite's own pages, which ask with
 * {@code X-Requested-With: XMLHttpRequest}, get their 401 without a Basic challenge: the browser then leaves
 * signing in to the page's form instead of prompting for a password itself.
 */
public class ApiAuthenticationFilter extends ProcessEngineAuthenticationFilter {

  static final String PAGE_REQUEST_HEADER = "X-Requested-With";
  static final String PAGE_REQUEST = "XMLHttpRequest";

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean fromPage = PAGE_REQUEST.equals(((HttpServletRequest) request).getHeader(PAGE_REQUEST_HEADER));
    super.doFilter(request, fromPage ? new WithoutChallenge((HttpServletResponse) response) : response, chain);
  }

  private static final class WithoutChallenge extends HttpServletResponseWrapper {

    private static final String CHALLENGE = "WWW-Authenticate";

    WithoutChallenge(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setHeader(String name, String value) {
      if (!CHALLENGE.equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!CHALLENGE.equalsIgnoreCase(name)) {
        super.addHeader(name, value);
      }
    }
  }
}

package com.yuanjing.itsm.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;

/**
 * The user signed in to the Camunda webapps (Tasklist, the welcome page) in this browser session, else HTTP
 * Basic. The session counts for reading only (GET, HEAD): a browser sends its session cookie with requests
 * that other sites make it send, so a call that changes something needs Basic credentials, which no other
 * site can add. The filter reads the user's groups from the engine on every call, as for Basic.
 */
public class WebappSessionAuthenticationProvider extends HttpBasicAuthenticationProvider {

  private static final Set<String> READING = Set.of("GET", "HEAD");

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    String sessionUser = READING.contains(request.getMethod()) ? sessionUser(request, engine) : null;
    return sessionUser != null ? AuthenticationResult.successful(sessionUser)
        : super.extractAuthenticatedUser(request, engine);
  }

  private static String sessionUser(HttpServletRequest request, ProcessEngine engine) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentication user = AuthenticationUtil.getAuthsFromSession(session)
        .getAuthenticationForProcessEngine(engine.getName());
    return user == null ? null : user.getIdentityId();
  }
}

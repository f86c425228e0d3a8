package com.yuanjing.itsm.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTP Basic against the engine's own users for Camunda's REST API and the suite's {@code /api} (which also
 * reads for the user signed in to the webapps, {@link WebappSessionAuthenticationProvider}): the engine then
 * checks every call against the caller's authorizations, exactly as in Tasklist. Processes
 * start only at their start events, also through the API Tasklist calls ({@link ProcessStartFilter}).
 */
@Configuration(proxyBeanMethods = false)
public class RestAuthenticationConfiguration {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter() {
    return authentication("itsm-rest-authentication", new ProcessEngineAuthenticationFilter(),
        HttpBasicAuthenticationProvider.class, "/engine-rest/*");
  }

  /** The suite's API also reads for the user signed in to the webapps, so that its pages need no second login. */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> apiAuthenticationFilter() {
    return authentication("itsm-api-authentication", new ApiAuthenticationFilter(),
        WebappSessionAuthenticationProvider.class, "/api/*");
  }

  @Bean
  FilterRegistrationBean<ProcessStartFilter> processStartFilter(ObjectMapper json) {
    FilterRegistrationBean<ProcessStartFilter> registration = new FilterRegistrationBean<>(new ProcessStartFilter(json));
    registration.setName("itsm-process-start");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    return registration;
  }

  private static FilterRegistrationBean<ProcessEngineAuthenticationFilter> authentication(String name,
      ProcessEngineAuthenticationFilter filter, Class<? extends AuthenticationProvider> provider, String urls) {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(filter);
    registration.setName(name);
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, provider.getName());
    registration.addUrlPatterns(urls);
    return registration;
  }
}

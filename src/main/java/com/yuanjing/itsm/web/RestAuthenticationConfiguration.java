package com.yuanjing.itsm.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTP Basic against the engine's own users for Camunda's REST API and the suite's {@code /api}: the
 * engine then checks every call against the caller's authorizations, exactly as in Tasklist. Processes
 * start only at their start events, also through the API Tasklist calls ({@link ProcessStartFilter}).
 */
@Configuration(proxyBeanMethods = false)
public class RestAuthenticationConfiguration {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("itsm-rest-authentication");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*", "/api/*");
    return registration;
  }

  @Bean
  FilterRegistrationBean<ProcessStartFilter> processStartFilter(ObjectMapper json) {
    FilterRegistrationBean<ProcessStartFilter> registration = new FilterRegistrationBean<>(new ProcessStartFilter(json));
    registration.setName("itsm-process-start");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    return registration;
  }
}

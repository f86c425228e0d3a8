package com.yuanjing.itsm.servicelevel;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts the {@link ServiceFormFilter} in front of the engine's REST API: {@code /engine-rest} for other
 * clients and {@code /camunda/api/engine}, the same API under the path Tasklist itself calls.
 */
@Configuration(proxyBeanMethods = false)
public class ServiceFormFilterConfiguration {

  @Bean
  FilterRegistrationBean<ServiceFormFilter> serviceFormFilter(ServiceDirectory services, ObjectMapper json) {
    FilterRegistrationBean<ServiceFormFilter> registration =
        new FilterRegistrationBean<>(new ServiceFormFilter(services, json));
    registration.setName("itsm-service-form");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    return registration;
  }
}

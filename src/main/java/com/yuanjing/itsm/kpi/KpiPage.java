package com.yuanjing.itsm.kpi;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The KPI dashboard, a static page under {@code static/kpi/} that reads the KPI API: {@code /kpi/} opens it. */
@Configuration(proxyBeanMethods = false)
public class KpiPage implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addViewController("/kpi").setViewName("redirect:/kpi/");
    registry.addViewController("/kpi/").setViewName("forward:/kpi/index.html");
  }
}

package com.yuanjing.itsm;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class YuanjingItsmApplication {

  public static void main(String[] args) {
    SpringApplication.run(YuanjingItsmApplication.class, args);
  }
}

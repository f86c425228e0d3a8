package com.yuanjing.itsm.servicelevel;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Publishes every configured service the catalogue does not know yet as version 1, before the web server
 * takes requests. Every node of a cluster runs it on every start; later changes to a service go through
 * the service level management process, and editing {@code itsm.services} does not change a service the
 * catalogue already has.
 */
@Component
public class CatalogueSeeding implements SmartInitializingSingleton {

  private static final Logger LOG = LoggerFactory.getLogger(CatalogueSeeding.class);

  private final ServiceSeeds seeds;
  private final ServiceCatalogue catalogue;

  public CatalogueSeeding(ServiceSeeds seeds, ServiceCatalogue catalogue) {
    this.seeds = seeds;
    this.catalogue = catalogue;
  }

  @Override
  public void afterSingletonsInstantiated() {
    for (ItService service : seeds.services()) {
      if (catalogue.seed(service)) {
        LOG.info("Service {} published in the service catalogue as version 1", service.id());
      }
    }
  }
}

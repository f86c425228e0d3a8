package com.yuanjing.itsm.servicelevel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The services that can be chosen when reporting an incident, requesting a change, registering a release
 * and so on: the PUBLISHED services of the {@link ServiceCatalogue}, read afresh on every call.
 */
@Component
public class ServiceDirectory {

  private final Supplier<List<ItService>> published;

  @Autowired
  public ServiceDirectory(ServiceCatalogue catalogue) {
    this(catalogue::published);
  }

  private ServiceDirectory(Supplier<List<ItService>> published) {
    this.published = published;
  }

  /** A fixed directory of these services, for tests and tools without a database. */
  public static ServiceDirectory of(List<ItService> services) {
    List<ItService> fixed = List.copyOf(services);
    return new ServiceDirectory(() -> fixed);
  }

  public Optional<ItService> find(String id) {
    return id == null ? Optional.empty() : all().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  public List<ItService> all() {
    return published.get();
  }

  /** Service id → name, for validation messages and choice lists. */
  public Map<String, String> names() {
    Map<String, String> names = new LinkedHashMap<>();
    all().forEach(s -> names.put(s.id(), s.name()));
    return names;
  }
}

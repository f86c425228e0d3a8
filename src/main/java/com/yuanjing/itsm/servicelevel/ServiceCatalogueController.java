package com.yuanjing.itsm.servicelevel;

import com.yuanjing.itsm.identity.ItsmGroup;
import com.yuanjing.itsm.kpi.ReportingPeriod;
import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.InvalidInputException;
import com.yuanjing.itsm.web.NotFoundException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The service catalogue and its SLA attainment. */
@RestController
@RequestMapping("/api/services")
public class ServiceCatalogueController {

  /** Who sees drafts and retired services: the owners of the catalogue. */
  static final Set<ItsmGroup> CATALOGUE_KEEPERS = Set.of(ItsmGroup.OPS_MANAGERS, ItsmGroup.QUALITY,
      ItsmGroup.CAMUNDA_ADMIN);
  /** Who reads the SLA attainment: the catalogue's owners and the auditors. */
  static final Set<ItsmGroup> ATTAINMENT_READERS = Set.of(ItsmGroup.OPS_MANAGERS, ItsmGroup.QUALITY,
      ItsmGroup.AUDITORS, ItsmGroup.CAMUNDA_ADMIN);

  private final ServiceCatalogue catalogue;
  private final SlaAttainmentService attainment;
  private final IdentityService identityService;

  public ServiceCatalogueController(ServiceCatalogue catalogue, SlaAttainmentService attainment,
      IdentityService identityService) {
    this.catalogue = catalogue;
    this.attainment = attainment;
    this.identityService = identityService;
  }

  /** The published services; {@code ?status=ALL}: every entry, drafts and retired services included. */
  @GetMapping
  public List<CatalogueEntry> list(@RequestParam(required = false) String status) {
    if (status == null || status.equals(ServiceStatus.PUBLISHED.name())) {
      return catalogue.all().stream().filter(entry -> entry.status() == ServiceStatus.PUBLISHED).toList();
    }
    if (!status.equals("ALL")) {
      throw new InvalidInputException("查询条件有误", List.of(new FieldError("status", "状态",
          "取值“" + status + "”无效，可选：PUBLISHED（已发布）、ALL（全部）")));
    }
    requireMember(CATALOGUE_KEEPERS);
    return catalogue.all();
  }

  @GetMapping("/sla-attainment")
  public SlaAttainmentReport slaAttainment(@RequestParam(required = false) String period,
      @RequestParam(required = false) String service) {
    requireMember(ATTAINMENT_READERS);
    return attainment.attainment(ReportingPeriod.parse(period), service == null || service.isBlank() ? null : service);
  }

  /** The current entry of a service, whatever its status. */
  @GetMapping("/{serviceId}")
  public CatalogueEntry get(@PathVariable String serviceId) {
    return catalogue.find(serviceId).orElseThrow(() -> notFound(serviceId));
  }

  /** Every published version of a service, the latest first. */
  @GetMapping("/{serviceId}/versions")
  public List<CatalogueEntry> versions(@PathVariable String serviceId) {
    if (catalogue.find(serviceId).isEmpty()) {
      throw notFound(serviceId);
    }
    return catalogue.versions(serviceId);
  }

  private void requireMember(Set<ItsmGroup> groups) {
    Authentication user = identityService.getCurrentAuthentication();
    List<String> memberOf = user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
    if (groups.stream().noneMatch(group -> memberOf.contains(group.id()))) {
      throw new AuthorizationException("only " + Arrays.toString(groups.stream().map(ItsmGroup::id).sorted()
          .toArray()) + " may read this");
    }
  }

  private static NotFoundException notFound(String serviceId) {
    return new NotFoundException("服务目录中没有服务 " + serviceId);
  }
}

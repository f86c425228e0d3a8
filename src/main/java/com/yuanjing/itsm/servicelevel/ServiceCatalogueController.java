package com.yuanjing.itsm.servicelevel;

import com.yuanjing.itsm.identity.CurrentUser;
import com.yuanjing.itsm.identity.ItsmGroup;
import com.yuanjing.itsm.kpi.ReportingPeriod;
import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.InvalidInputException;
import com.yuanjing.itsm.web.NotFoundException;
import java.util.List;
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
  static final ItsmGroup[] CATALOGUE_KEEPERS = {ItsmGroup.OPS_MANAGERS, ItsmGroup.QUALITY, ItsmGroup.CAMUNDA_ADMIN};
  /** Who reads the SLA attainment: the catalogue's owners and the auditors. */
  static final ItsmGroup[] ATTAINMENT_READERS = {ItsmGroup.OPS_MANAGERS, ItsmGroup.QUALITY, ItsmGroup.AUDITORS,
      ItsmGroup.CAMUNDA_ADMIN};
  static final String KEEPERS_ONLY = "只有运维管理部、质量效能部和系统管理员可以查看草稿和已退役的服务";
  static final String ATTAINMENT_READERS_ONLY = "只有运维管理部、质量效能部、审计员和系统管理员可以查看SLA达成率";

  private final ServiceCatalogue catalogue;
  private final SlaAttainmentService attainment;
  private final CurrentUser currentUser;

  public ServiceCatalogueController(ServiceCatalogue catalogue, SlaAttainmentService attainment,
      CurrentUser currentUser) {
    this.catalogue = catalogue;
    this.attainment = attainment;
    this.currentUser = currentUser;
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
    currentUser.requireMemberOf(KEEPERS_ONLY, CATALOGUE_KEEPERS);
    return catalogue.all();
  }

  @GetMapping("/sla-attainment")
  public SlaAttainmentReport slaAttainment(@RequestParam(required = false) String period,
      @RequestParam(required = false) String service) {
    currentUser.requireMemberOf(ATTAINMENT_READERS_ONLY, ATTAINMENT_READERS);
    return attainment.attainment(ReportingPeriod.parse(period), service == null || service.isBlank() ? null : service);
  }

  /** The current entry of a service; drafts and retired services only for those who list them. */
  @GetMapping("/{serviceId}")
  public CatalogueEntry get(@PathVariable String serviceId) {
    return visible(serviceId);
  }

  /** Every published version of a service, the latest first; of a draft or retired one as {@link #get}. */
  @GetMapping("/{serviceId}/versions")
  public List<CatalogueEntry> versions(@PathVariable String serviceId) {
    visible(serviceId);
    return catalogue.versions(serviceId);
  }

  /** The current entry, with the check of {@code status=ALL} when the service is not published. */
  private CatalogueEntry visible(String serviceId) {
    CatalogueEntry entry = catalogue.find(serviceId).orElseThrow(() -> notFound(serviceId));
    if (entry.status() != ServiceStatus.PUBLISHED) {
      currentUser.requireMemberOf(KEEPERS_ONLY, CATALOGUE_KEEPERS);
    }
    return entry;
  }

  private static NotFoundException notFound(String serviceId) {
    return new NotFoundException("服务目录中没有服务 " + serviceId);
  }
}

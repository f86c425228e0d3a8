package com.yuanjing.itsm.configuration;

import static com.yuanjing.itsm.configuration.ConfigurationProcess.Variables.*;

import com.yuanjing.itsm.numbering.BusinessKeys;
import com.yuanjing.itsm.servicelevel.ItService;
import com.yuanjing.itsm.servicelevel.ServiceDirectory;
import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.InvalidInputException;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Gives an audit its key ({@code CAU-…}) as it starts, by the monthly timer or by a request for one
 * service. A request for an unknown service is refused here too, so that the engine's own REST API cannot
 * start what {@code /api/configuration-audits} refuses.
 */
@Component("startConfigurationAuditListener")
public class StartConfigurationAuditListener implements ExecutionListener {

  private final BusinessKeys businessKeys;
  private final ServiceDirectory services;

  public StartConfigurationAuditListener(BusinessKeys businessKeys, ServiceDirectory services) {
    this.businessKeys = businessKeys;
    this.services = services;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String serviceId = (String) execution.getVariable(SERVICE_ID);
    Optional<ItService> service = Optional.ofNullable(serviceId).flatMap(services::find);
    if (serviceId != null && service.isEmpty()) {
      throw new InvalidInputException("配置审计申请有误，请修正以下字段",
          List.of(new FieldError(SERVICE_ID, "服务", "未找到服务 " + serviceId)));
    }
    execution.setProcessBusinessKey(businessKeys.next(ConfigurationProcess.AUDIT_BUSINESS_KEY_PREFIX));
    execution.setVariable(AUDIT_KEY, execution.getProcessBusinessKey());
    service.ifPresent(found -> execution.setVariable(SERVICE_NAME, found.name()));
    execution.setVariable(SUMMARY, service.map(found -> "配置审计：" + found.name() + " 全部生产配置项")
        .orElse("配置审计：生产配置项随机抽样"));
  }
}

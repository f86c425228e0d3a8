package com.yuanjing.itsm.change;

import static org.mockito.Mockito.mock;

import com.yuanjing.itsm.audit.ProcessRecords;
import com.yuanjing.itsm.configuration.AffectedServices;
import com.yuanjing.itsm.configuration.ConfigurationItemService;
import com.yuanjing.itsm.numbering.BusinessKeys;
import com.yuanjing.itsm.servicelevel.ServiceDirectory;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * The beans of the change process wired as in production, for the tests of processes that call it (a
 * problem's fix, a capacity expansion), with one CAB member {@code cab1}.
 */
public final class ChangeProcessWiring {

  private ChangeProcessWiring() {}

  public static void register(ProcessEngine engine, ServiceDirectory services, PlannedTimes plannedTimes,
      BusinessKeys businessKeys, ZoneId zone) {
    ChangeRequestValidator changeRequests = new ChangeRequestValidator(services, plannedTimes);
    Mocks.register("clearChangeChoicesListener", new ClearChangeChoicesListener());
    Mocks.register("registerChangeListener", new RegisterChangeListener(new ChangeService(changeRequests, services,
        plannedTimes, businessKeys, engine.getRuntimeService(), new ProcessRecords(engine.getHistoryService()),
        new AffectedServices(mock(ConfigurationItemService.class), services))));
    Mocks.register("checkChangeWindowDelegate", new CheckChangeWindowDelegate(
        new ChangeWindowService(services, new FreezeCalendar(List.of()), zone)));
    Mocks.register("validateChangeTaskListener",
        new ValidateChangeTaskListener(new ChangeTaskFormValidator(plannedTimes), plannedTimes));
    IdentityService identityService = engine.getIdentityService();
    Mocks.register("cabMembers", new CabMembers(identityService));
    Mocks.register("countCabVotesDelegate", new CountCabVotesDelegate());
    if (identityService.createUserQuery().userId("cab1").count() == 0) {
      identityService.saveUser(identityService.newUser("cab1"));
      identityService.saveGroup(identityService.newGroup("cab"));
      identityService.createMembership("cab1", "cab");
    }
  }
}

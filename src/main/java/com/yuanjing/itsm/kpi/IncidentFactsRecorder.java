package com.yuanjing.itsm.kpi;

import static com.yuanjing.itsm.incident.IncidentProcess.Variables.*;

import com.yuanjing.itsm.incident.IncidentProcess;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code itsm_incident_facts} equal to the final values of the incident variables the KPIs count: a history
 * event handler next to the engine's own, writing on the engine's connection, so a fact changes in the same
 * transaction as the variable it mirrors and is rolled back with it (docs/kpis.md#incident-facts).
 */
@Component
public class IncidentFactsRecorder extends AbstractProcessEnginePlugin implements HistoryEventHandler {

  /**
   * The {@code FROM} of the queries over the facts, aliased {@code f}, with the incident's historic process instance
   * as {@code p}: the join keeps them to the incidents history still holds (history time-to-live).
   */
  public static final String FROM_FACTS = " FROM itsm_incident_facts f"
      + " JOIN ACT_HI_PROCINST p ON p.PROC_INST_ID_ = f.proc_inst_id";

  /** The process-level variables recorded, by the column that holds them. */
  static final Map<String, Column> COLUMNS = Map.ofEntries(
      Map.entry(SERVICE_ID, Column.text("service_id")),
      Map.entry(CATEGORY, Column.text("category")),
      Map.entry(PRIORITY, Column.text("priority")),
      Map.entry(REPORTED_AT, Column.number("reported_at")),
      Map.entry(RESPONSE_DUE_AT, Column.number("response_due_at")),
      Map.entry(RESPONDED_AT, Column.number("responded_at")),
      Map.entry(RESOLUTION_DUE_AT, Column.number("resolution_due_at")),
      Map.entry(RESOLVED_AT, Column.number("resolved_at")),
      Map.entry(SLA_PAUSED_MILLIS, Column.number("sla_paused_millis")),
      Map.entry(REOPEN_COUNT, Column.number("reopen_count")),
      Map.entry(CLOSED_AT, Column.number("closed_at")),
      Map.entry(CLOSURE_CODE, Column.text("closure_code")));

  /** A fact's column; dates are epoch milliseconds, as in {@code ACT_HI_VARINST.LONG_}. */
  record Column(String name, boolean text) {

    static Column text(String name) {
      return new Column(name, true);
    }

    static Column number(String name) {
      return new Column(name, false);
    }
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryEventHandler> handlers = new ArrayList<>();
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    handlers.add(this);
    configuration.setCustomHistoryEventHandlers(handlers);
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (event instanceof HistoricVariableUpdateEventEntity variable
        && IncidentProcess.KEY.equals(variable.getProcessDefinitionKey())
        && variable.getProcessInstanceId() != null && variable.getProcessInstanceId().equals(variable.getExecutionId())
        && COLUMNS.containsKey(variable.getVariableName())) {
      Column column = COLUMNS.get(variable.getVariableName());
      boolean deleted = variable.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_DELETE);
      Object value = deleted ? null : column.text() ? variable.getTextValue() : variable.getLongValue();
      record(variable.getProcessInstanceId(), column, value);
    }
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    events.forEach(this::handleEvent);
  }

  private static void record(String processInstanceId, Column column, Object value) {
    Connection connection = Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection();
    try {
      if (write(connection, "UPDATE itsm_incident_facts SET " + column.name() + " = ? WHERE proc_inst_id = ?",
          column, value, processInstanceId) == 0) {
        write(connection, "INSERT INTO itsm_incident_facts (" + column.name() + ", proc_inst_id) VALUES (?, ?)",
            column, value, processInstanceId);
      }
    } catch (SQLException e) {
      throw new ProcessEngineException("Could not record incident fact " + column.name() + " of " + processInstanceId,
          e);
    }
  }

  private static int write(Connection connection, String sql, Column column, Object value, String processInstanceId)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setObject(1, value, column.text() ? Types.VARCHAR : Types.BIGINT);
      statement.setString(2, processInstanceId);
      return statement.executeUpdate();
    }
  }
}

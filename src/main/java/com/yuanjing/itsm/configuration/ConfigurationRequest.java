package com.yuanjing.itsm.configuration;

/**
 * A request to register, update or retire one configuration item, as the configuration-management
 * process carries it from the request form to the record step.
 *
 * @param operation what to do
 * @param itemId the item to update or retire; null when registering
 * @param type, name, serviceId, environment, version, location, owner, description the item's details
 *     as they should be recorded (ignored when retiring); in an update through the port
 *     ({@link ConfigurationRegistry}) a blank one keeps the recorded value
 * @param revision the item's revision the request was made against (update, retire); the port refuses the
 *     request when the item has changed since. Null: the item as it is now
 */
public record ConfigurationRequest(
    Operation operation,
    Long itemId,
    CiType type,
    String name,
    String serviceId,
    Environment environment,
    String version,
    String location,
    String owner,
    String description,
    Integer revision) {

  /** A request without a revision: a registration, or an update or retirement of the item as it is now. */
  public ConfigurationRequest(Operation operation, Long itemId, CiType type, String name, String serviceId,
      Environment environment, String version, String location, String owner, String description) {
    this(operation, itemId, type, name, serviceId, environment, version, location, owner, description, null);
  }

  public enum Operation {
    REGISTER("登记"),
    UPDATE("变更"),
    RETIRE("退役");

    private final String label;

    Operation(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}

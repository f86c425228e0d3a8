package com.yuanjing.itsm.configuration;

import java.util.EnumSet;
import java.util.Set;

/**
 * How two configuration items are related. In every type the source depends on the target: when the
 * target fails or changes, the source is affected.
 */
public enum RelationType {
  /** An application, deployment or middleware runs on a server. */
  RUNS_ON("运行于", EnumSet.of(CiType.APPLICATION, CiType.DEPLOYMENT, CiType.MIDDLEWARE), EnumSet.of(CiType.SERVER)),
  /** Any item depends on a database, a middleware or another application. */
  DEPENDS_ON("依赖", EnumSet.allOf(CiType.class), EnumSet.of(CiType.DATABASE, CiType.MIDDLEWARE, CiType.APPLICATION)),
  /** An application contains its configuration sets and deployments. */
  CONTAINS("包含", EnumSet.of(CiType.APPLICATION), EnumSet.of(CiType.CONFIGURATION_SET, CiType.DEPLOYMENT));

  private final String label;
  private final Set<CiType> sources;
  private final Set<CiType> targets;

  RelationType(String label, Set<CiType> sources, Set<CiType> targets) {
    this.label = label;
    this.sources = sources;
    this.targets = targets;
  }

  public String label() {
    return label;
  }

  public boolean allowsSource(CiType type) {
    return sources.contains(type);
  }

  public boolean allowsTarget(CiType type) {
    return targets.contains(type);
  }

  /** The allowed types in Chinese, for error messages. */
  String describe(boolean source) {
    return (source ? sources : targets).stream().map(CiType::label).reduce((a, b) -> a + "、" + b).orElse("");
  }
}

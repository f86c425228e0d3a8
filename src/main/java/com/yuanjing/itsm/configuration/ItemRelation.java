package com.yuanjing.itsm.configuration;

import java.time.Instant;

/**
 * A relation of an item, seen from the item: {@code OUTGOING} when the item is the source (it depends on
 * the other item), {@code INCOMING} when the other item depends on it.
 */
public record ItemRelation(
    long id,
    RelationType type,
    Direction direction,
    long otherId,
    CiType otherType,
    String otherName,
    Instant createdAt,
    String createdBy) {

  public enum Direction {
    OUTGOING,
    INCOMING
  }
}

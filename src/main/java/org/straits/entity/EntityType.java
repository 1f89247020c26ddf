package org.straits.entity;

import java.util.Arrays;
import java.util.Optional;

/** The type of an entity as written in the gazetteer; the type fixes the facet dimension. */
public enum EntityType {
  STATE("state", EntityKind.REGION),
  TERRITORY("territory", EntityKind.REGION),
  PROVINCE("province", EntityKind.REGION),
  MUNICIPALITY("municipality", EntityKind.REGION),
  SAR("sar", EntityKind.REGION),
  COUNTY("county", EntityKind.REGION),
  CITY("city", EntityKind.REGION),
  ISLAND("island", EntityKind.REGION),
  ISLAND_GROUP("island-group", EntityKind.REGION),
  SEA("sea", EntityKind.REGION),
  STRAIT("strait", EntityKind.REGION),
  REEF("reef", EntityKind.REGION),
  REGION("region", EntityKind.REGION),
  GOVERNMENT("government", EntityKind.ACTOR),
  MINISTRY("ministry", EntityKind.ACTOR),
  AGENCY("agency", EntityKind.ACTOR),
  LEGISLATURE("legislature", EntityKind.ACTOR),
  PARTY("party", EntityKind.ACTOR),
  MILITARY("military", EntityKind.ACTOR),
  MILITARY_COMMAND("military-command", EntityKind.ACTOR),
  COAST_GUARD("coast-guard", EntityKind.ACTOR),
  INTERNATIONAL_ORGANISATION("international-organisation", EntityKind.ACTOR),
  COMPANY("company", EntityKind.ACTOR),
  MEDIA("media", EntityKind.ACTOR),
  THINK_TANK("think-tank", EntityKind.ACTOR),
  PERSON("person", EntityKind.ACTOR);

  private final String yamlName;
  private final EntityKind kind;

  EntityType(String yamlName, EntityKind kind) {
    this.yamlName = yamlName;
    this.kind = kind;
  }

  /** The spelling used in the gazetteer file, e.g. {@code island-group}. */
  public String yamlName() {
    return yamlName;
  }

  public EntityKind kind() {
    return kind;
  }

  /** The type spelled {@code yamlName} in the gazetteer file; exact, case-sensitive spelling. */
  public static Optional<EntityType> fromYaml(String yamlName) {
    return Arrays.stream(values()).filter(t -> t.yamlName.equals(yamlName)).findFirst();
  }
}

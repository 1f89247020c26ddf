package org.straits.entity;

/** An entity together with the YAML line its definition starts on, for error messages. */
record LocatedEntity(Entity entity, int line) {

  String id() {
    return entity.id();
  }
}

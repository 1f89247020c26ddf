package org.straits.entity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The validated list of regions and actors, with their hierarchy. Loading refuses a bad file
 * whole (see {@link GazetteerException}); a loaded gazetteer is immutable.
 */
public final class Gazetteer {
  /** Classpath location of the gazetteer shipped with Straits. */
  public static final String DEFAULT_RESOURCE = "/gazetteer.yaml";

  private final String source;
  private final String fingerprint;
  private final List<Entity> entities;
  private final Map<String, LocatedEntity> byId;
  private final Map<String, List<Entity>> childrenById;
  private final Set<String> stopAliases;

  private Gazetteer(String source, String fingerprint, Map<String, LocatedEntity> byId,
      Set<String> stopAliases) {
    this.source = source;
    this.fingerprint = fingerprint;
    this.byId = Collections.unmodifiableMap(new LinkedHashMap<>(byId));
    this.entities = byId.values().stream().map(LocatedEntity::entity).toList();
    this.stopAliases = Collections.unmodifiableSet(new LinkedHashSet<>(stopAliases));
    Map<String, List<Entity>> children = new LinkedHashMap<>();
    for (Entity entity : entities) {
      if (entity.parent() != null) {
        children.computeIfAbsent(entity.parent(), p -> new ArrayList<>()).add(entity);
      }
    }
    children.replaceAll((parent, list) -> List.copyOf(list));
    this.childrenById = children;
  }

  /** Loads and validates a gazetteer file; messages name the file by its file name. */
  public static Gazetteer load(Path file) throws GazetteerException {
    String sourceName = String.valueOf(file.getFileName());
    try {
      return fromBytes(Files.readAllBytes(file), sourceName);
    } catch (IOException e) {
      throw new GazetteerException(sourceName,
          List.of(new GazetteerException.Problem(0, null, "cannot read " + file + ": " + e)), e);
    }
  }

  /**
   * The gazetteer shipped on the classpath. It is part of the build, so a missing or broken one
   * is a packaging bug and surfaces as an unchecked exception.
   */
  public static Gazetteer loadDefault() {
    try (InputStream in = Gazetteer.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no " + DEFAULT_RESOURCE + " on the classpath");
      }
      return fromBytes(in.readAllBytes(), DEFAULT_RESOURCE.substring(1));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + DEFAULT_RESOURCE + ": " + e, e);
    } catch (GazetteerException e) {
      throw new IllegalStateException("the bundled gazetteer is invalid:\n" + e.getMessage(), e);
    }
  }

  /** Parses and validates gazetteer YAML; {@code sourceName} is used in error messages. */
  public static Gazetteer parse(String yaml, String sourceName) throws GazetteerException {
    GazetteerReader.Contents contents = GazetteerReader.read(yaml, sourceName);
    Map<String, LocatedEntity> byId = GazetteerValidator.validate(sourceName, contents.entities());
    String fingerprint = sha256(yaml.getBytes(StandardCharsets.UTF_8));
    return new Gazetteer(sourceName, fingerprint, byId, contents.stopAliases());
  }

  private static Gazetteer fromBytes(byte[] bytes, String sourceName) throws GazetteerException {
    String yaml;
    try {
      yaml = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw GazetteerException.single(sourceName, 0, null, "not valid UTF-8");
    }
    return parse(yaml, sourceName);
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /**
   * This gazetteer with a reviewer's decisions folded in: {@code added} entities after the file's,
   * and {@code aliases} appended to existing entities (by id). Validated like the file, so a
   * decision that would break it is refused with the reason. The fingerprint stays the file's:
   * decisions reach the index document by document, never by a rebuild.
   */
  public Gazetteer withAdditions(List<Entity> added, Map<String, List<String>> aliases) throws GazetteerException {
    List<LocatedEntity> all = new ArrayList<>();
    for (LocatedEntity located : byId.values()) {
      Entity e = located.entity();
      List<String> more = aliases.getOrDefault(e.id(), List.of());
      List<String> names = new ArrayList<>(e.aliases());
      more.stream().filter(n -> !e.allNames().contains(n)).forEach(names::add);
      Entity extended = names.size() == e.aliases().size() ? e
          : new Entity(e.id(), e.name(), e.type(), e.zhHans(), e.zhHant(), names, e.parent(), e.affiliations(), e.note());
      all.add(new LocatedEntity(extended, located.line()));
    }
    added.forEach(e -> all.add(new LocatedEntity(e, 0)));
    Map<String, LocatedEntity> validated = GazetteerValidator.validate(source + " + review decisions", all);
    return new Gazetteer(source, fingerprint, validated, stopAliases);
  }

  /** File name the gazetteer was loaded from, as used in messages. */
  public String source() {
    return source;
  }

  /** SHA-256 (hex) of the file content: an index built with another fingerprint is stale. */
  public String fingerprint() {
    return fingerprint;
  }

  /** All entities, in file order. */
  public List<Entity> entities() {
    return entities;
  }

  public Optional<Entity> byId(String id) {
    return Optional.ofNullable(byId.get(id)).map(LocatedEntity::entity);
  }

  /** Names that are never matched on their own, as listed in the file. */
  public Set<String> stopAliases() {
    return stopAliases;
  }

  /** Direct children of {@code id}, in file order. */
  public List<Entity> children(String id) {
    require(id);
    return childrenById.getOrDefault(id, List.of());
  }

  /** Entities of one dimension without a parent, in file order. */
  public List<Entity> roots(EntityKind kind) {
    return entities.stream().filter(e -> e.kind() == kind && e.parent() == null).toList();
  }

  /** Canonical names from the root down to {@code id}: the entity's facet path. */
  public List<String> path(String id) {
    return pathIds(id).stream().map(ancestor -> byId.get(ancestor).entity().name()).toList();
  }

  /** Ids from the root down to {@code id}. */
  public List<String> pathIds(String id) {
    List<String> ids = new ArrayList<>();
    Entity at = require(id);
    ids.add(at.id());
    while (at.parent() != null) {
      at = require(at.parent());
      ids.add(at.id());
    }
    Collections.reverse(ids);
    return List.copyOf(ids);
  }

  /** Review findings that do not stop the file from loading. */
  public List<GazetteerIssue> lint() {
    return GazetteerLinter.lint(this);
  }

  /** 1-based line where {@code id} is defined. */
  int lineOf(String id) {
    LocatedEntity located = byId.get(id);
    return located == null ? 0 : located.line();
  }

  private Entity require(String id) {
    LocatedEntity located = byId.get(id);
    if (located == null) {
      throw new IllegalArgumentException("no entity '" + id + "' in " + source);
    }
    return located.entity();
  }
}

package org.straits.entity;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads the gazetteer YAML into entities, checking each entity on its own (fields, types, id
 * syntax). Reading is streamed so that every problem can name the line it is on; checks that
 * need the whole file are {@link GazetteerValidator}'s.
 */
final class GazetteerReader {
  private static final Pattern ID_SYNTAX = Pattern.compile("[a-z0-9-]+");
  private static final Set<String> ENTITY_FIELDS = Set.of(
      "id", "name", "type", "zh_hans", "zh_hant", "parent", "aliases", "affiliations", "note");
  // The real file is a few hundred KB; SnakeYAML's 3 MB default would be a surprising cliff.
  private static final int MAX_CODE_POINTS = 64 * 1024 * 1024;
  private static final YAMLFactory YAML = yamlFactory();

  /** What a gazetteer file says, before the cross-entity checks. */
  record Contents(List<LocatedEntity> entities, Set<String> stopAliases) {}

  private final String source;
  private final List<GazetteerException.Problem> problems = new ArrayList<>();

  private GazetteerReader(String source) {
    this.source = source;
  }

  private static YAMLFactory yamlFactory() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_CODE_POINTS);
    return YAMLFactory.builder().loaderOptions(options).build();
  }

  static Contents read(String yaml, String source) throws GazetteerException {
    GazetteerReader reader = new GazetteerReader(source);
    Contents contents;
    try (JsonParser parser = YAML.createParser(yaml)) {
      contents = reader.readDocument(parser);
    } catch (JsonProcessingException e) {
      throw syntaxError(source, e);
    } catch (IOException e) {
      throw GazetteerException.single(source, 0, null, "cannot read: " + e.getMessage());
    }
    if (!reader.problems.isEmpty()) {
      throw new GazetteerException(source, reader.problems);
    }
    return contents;
  }

  private static GazetteerException syntaxError(String source, JsonProcessingException e) {
    // SnakeYAML knows where the problem is; Jackson's location can be a line early.
    if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
      String context = marked.getContext() == null ? "" : " (" + marked.getContext()
          + (marked.getContextMark() == null
              ? "" : " from line " + (marked.getContextMark().getLine() + 1)) + ")";
      return GazetteerException.single(source, marked.getProblemMark().getLine() + 1, null,
          "YAML syntax error: " + marked.getProblem().strip() + context);
    }
    JsonLocation at = e.getLocation();
    int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
    String message = String.valueOf(e.getOriginalMessage()).strip().lines().findFirst().orElse("");
    return GazetteerException.single(source, line, null, "YAML syntax error: " + message);
  }

  private Contents readDocument(JsonParser parser) throws IOException {
    List<LocatedEntity> entities = new ArrayList<>();
    Set<String> stopAliases = new LinkedHashSet<>();
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      problem(lineOf(parser), null, "the file must be a mapping with an 'entities' list");
      return new Contents(entities, stopAliases);
    }
    Set<String> seenFields = new HashSet<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      int line = lineOf(parser);
      parser.nextToken();
      if (!seenFields.add(field)) {
        problem(line, null, "top-level field '" + field + "' given twice");
        parser.skipChildren();
        continue;
      }
      switch (field) {
        case "entities" -> readEntities(parser, entities);
        case "stop_aliases" -> stopAliases.addAll(
            stringList(YamlValue.read(parser), line, null, field));
        default -> {
          problem(line, null, "unknown top-level field '" + field + "'");
          parser.skipChildren();
        }
      }
    }
    if (!seenFields.contains("entities")) {
      problem(0, null, "no 'entities' list");
    }
    return new Contents(entities, stopAliases);
  }

  private void readEntities(JsonParser parser, List<LocatedEntity> into) throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      problem(lineOf(parser), null, "'entities' must be a list");
      parser.skipChildren();
      return;
    }
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      int line = lineOf(parser);
      if (parser.currentToken() != JsonToken.START_OBJECT) {
        problem(line, null, "each entry of 'entities' must be a mapping");
        parser.skipChildren();
        continue;
      }
      LocatedEntity entity = readEntity(parser, line);
      if (entity != null) {
        into.add(entity);
      }
    }
  }

  /** Reads one entity mapping; null (with problems recorded) when it is unusable. */
  private LocatedEntity readEntity(JsonParser parser, int line) throws IOException {
    Map<String, YamlValue> values = new LinkedHashMap<>();
    Map<String, Integer> lines = new LinkedHashMap<>();
    // The id may come after a bad field, so these wait until the id is known.
    List<GazetteerException.Problem> fieldProblems = new ArrayList<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      int fieldLine = lineOf(parser);
      parser.nextToken();
      YamlValue value = YamlValue.read(parser);
      if (!ENTITY_FIELDS.contains(field)) {
        fieldProblems.add(new GazetteerException.Problem(fieldLine, null,
            "unknown field '" + field + "'"));
      } else if (values.putIfAbsent(field, value) != null) {
        fieldProblems.add(new GazetteerException.Problem(fieldLine, null,
            "field '" + field + "' given twice"));
      } else {
        lines.put(field, fieldLine);
      }
    }
    EntityFields fields = new EntityFields(values, lines, line);
    for (GazetteerException.Problem pending : fieldProblems) {
      problem(pending.line(), fields.idForMessages(), pending.reason());
    }
    int before = problems.size();
    Entity entity = fields.toEntity();
    return problems.size() == before && fieldProblems.isEmpty()
        ? new LocatedEntity(entity, line) : null;
  }

  private static int lineOf(JsonParser parser) {
    return Math.max(parser.currentTokenLocation().getLineNr(), 0);
  }

  private void problem(int line, String entityId, String reason) {
    problems.add(new GazetteerException.Problem(line, entityId, reason));
  }

  private List<String> stringList(YamlValue value, int line, String entityId, String field) {
    if (value == null || value.shape() == YamlValue.Shape.NULL) {
      return List.of();
    }
    if (value.shape() != YamlValue.Shape.LIST) {
      problem(line, entityId, "'" + field + "' must be a list");
      return List.of();
    }
    List<String> items = new ArrayList<>();
    for (String item : value.items()) {
      String text = item == null ? "" : item.strip();
      if (text.isEmpty()) {
        problem(line, entityId, "'" + field + "' has an empty or non-text entry");
      } else {
        items.add(text);
      }
    }
    return items;
  }

  /** The raw field values of one entity mapping, turned into an {@link Entity}. */
  private final class EntityFields {
    private final Map<String, YamlValue> values;
    private final Map<String, Integer> lines;
    private final int entityLine;

    EntityFields(Map<String, YamlValue> values, Map<String, Integer> lines, int entityLine) {
      this.values = values;
      this.lines = lines;
      this.entityLine = entityLine;
    }

    String idForMessages() {
      YamlValue id = values.get("id");
      return id != null && id.shape() == YamlValue.Shape.SCALAR ? id.text().strip() : null;
    }

    Entity toEntity() {
      String id = required("id");
      if (id != null && !ID_SYNTAX.matcher(id).matches()) {
        problem(lineOf("id"), id, "bad id syntax (expected [a-z0-9-]+)");
      }
      String name = required("name");
      String typeName = required("type");
      EntityType type = typeName == null ? null : EntityType.fromYaml(typeName).orElse(null);
      if (typeName != null && type == null) {
        problem(lineOf("type"), idForMessages(), "unknown type '" + typeName + "'");
      }
      String idOrNone = idForMessages();
      List<String> aliases = stringList(values.get("aliases"), lineOf("aliases"), idOrNone,
          "aliases");
      List<String> affiliations = stringList(values.get("affiliations"),
          lineOf("affiliations"), idOrNone, "affiliations");
      if (id == null || name == null || type == null) {
        return null;
      }
      return new Entity(id, name, type, optional("zh_hans"), optional("zh_hant"), aliases,
          optional("parent"), affiliations, optional("note"));
    }

    private int lineOf(String field) {
      return lines.getOrDefault(field, entityLine);
    }

    private String required(String field) {
      String text = optional(field);
      if (text == null && !problemRecordedFor(field)) {
        problem(lineOf(field), idForMessages(), "missing '" + field + "'");
      }
      return text;
    }

    private boolean problemRecordedFor(String field) {
      YamlValue value = values.get(field);
      return value != null && value.shape() != YamlValue.Shape.NULL
          && value.shape() != YamlValue.Shape.SCALAR;
    }

    /** A scalar field's text, stripped; null when absent, null or blank. */
    private String optional(String field) {
      YamlValue value = values.get(field);
      if (value == null || value.shape() == YamlValue.Shape.NULL) {
        return null;
      }
      if (value.shape() != YamlValue.Shape.SCALAR) {
        problem(lineOf(field), idForMessages(), "'" + field + "' must be a single value");
        return null;
      }
      String text = value.text().strip();
      return text.isEmpty() ? null : text;
    }
  }
}

package org.straits.entity;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A gazetteer file that cannot be used. The whole file is refused, so every problem found is
 * carried, ordered by line; the message has one line per problem, in the form
 * {@code gazetteer.yaml:123: entity 'kinmen': unknown parent 'taiwn'}.
 */
public final class GazetteerException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * One reason the file is refused.
   *
   * @param line 1-based line in the YAML file, 0 when the whole file is concerned
   * @param entityId the entity concerned, or null when the problem is not inside an entity
   */
  public record Problem(int line, String entityId, String reason) {

    String format(String source) {
      String where = line > 0 ? source + ":" + line : source;
      String entity = entityId == null ? "" : " entity '" + entityId + "':";
      return where + ":" + entity + " " + reason;
    }
  }

  private final String source;
  private final List<Problem> problems;

  public GazetteerException(String source, List<Problem> problems) {
    this(source, problems, null);
  }

  public GazetteerException(String source, List<Problem> problems, Throwable cause) {
    super(describe(source, problems), cause);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a gazetteer exception needs at least one problem");
    }
    this.source = source;
    this.problems = problems.stream().sorted(Comparator.comparingInt(Problem::line)).toList();
  }

  public static GazetteerException single(String source, int line, String entityId, String reason) {
    return new GazetteerException(source, List.of(new Problem(line, entityId, reason)));
  }

  private static String describe(String source, List<Problem> problems) {
    return problems.stream()
        .sorted(Comparator.comparingInt(Problem::line))
        .map(p -> p.format(source))
        .collect(Collectors.joining("\n"));
  }

  /** The file name the problems refer to, as given when loading. */
  public String source() {
    return source;
  }

  /** Line of the first problem (0 when the whole file is concerned). */
  public int line() {
    return problems.get(0).line();
  }

  /** The entity of the first problem, or null. */
  public String entityId() {
    return problems.get(0).entityId();
  }

  /** All problems, ordered by line. */
  public List<Problem> problems() {
    return problems;
  }
}

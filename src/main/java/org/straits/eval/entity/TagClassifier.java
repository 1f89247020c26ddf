package org.straits.eval.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a Guardian tag names a place, person or organisation (an entity tag) or a
 * topic. The tag file carries no type, so the decision is made by rules, first that applies:
 *
 * <ol>
 *   <li>the tag is on the curated list of topic tags ({@code topic-tags.txt}: world-news
 *       section tags such as "Asia Pacific", subjects, sports, events, products, works): topic.
 *       It comes first because a section tag ("Europe") is a desk, not a mention, even though
 *       the gazetteer knows the name;
 *   <li>the tag is a name the gazetteer knows (see {@link TagMapper}): entity, known;
 *   <li>the tag is on the curated list of places and things ({@code place-tags.txt}: "Edinburgh",
 *       "Heathrow", "Cutty Sark"): an entity the gazetteer does not know that is not a person or
 *       organisation, which discovery's recall leaves out;
 *   <li>it contains a digit or a colon ("Formula One 2008", "Olympics 2012: swimming"): an event
 *       or season, topic;
 *   <li>a word other than a connector starts in lower case ("World news", "Japan holidays",
 *       "Climate change", "iPhone"): Guardian writes topics in sentence case and proper names
 *       capitalised, so topic;
 *   <li>otherwise the tag is written like a proper name and is taken as an entity the
 *       gazetteer does not know ("Andy Murray", "Chelsea", "Marks & Spencer").
 * </ol>
 *
 * Limits: rule 5 is only as good as the curated list; a capitalised topic missing from the list
 * counts as an unknown entity (lowering known-share and recall, never raising them). Guardian
 * section tags about a place ("Japan holidays", "Australia news") count as topics, and events
 * named like proper names must be listed. Football clubs and teams count as organisations.
 */
public final class TagClassifier {
  /** Where the curated list of capitalised topic tags lives on the classpath. */
  public static final String TOPIC_LIST_RESOURCE = "/entity/eval/topic-tags.txt";
  /** Where the curated list of uncurated place and thing tags lives on the classpath. */
  public static final String PLACE_LIST_RESOURCE = "/entity/eval/place-tags.txt";

  private static final Set<String> CONNECTORS = Set.of("and", "of", "the", "de", "du", "des",
      "la", "le", "van", "von", "der", "den", "da", "di", "y", "for", "on", "in", "at", "bin",
      "al", "el", "upon", "&", "-", "–", "and/or");

  /** How a tag was classified. */
  public enum TagClass { KNOWN_ENTITY, UNKNOWN_ENTITY, PLACE_OR_THING, TOPIC }

  /**
   * The decision for one tag.
   *
   * @param entityId the gazetteer entity for a known entity tag, else null
   * @param rule which rule decided, in words, for reports
   */
  public record Verdict(String tag, TagClass tagClass, String entityId, String rule) {

    public boolean isEntity() {
      return tagClass != TagClass.TOPIC;
    }
  }

  private final TagMapper mapper;
  private final Set<String> topicTags;
  private final Set<String> placeTags;

  public TagClassifier(TagMapper mapper, Set<String> topicTags) {
    this(mapper, topicTags, Set.of());
  }

  public TagClassifier(TagMapper mapper, Set<String> topicTags, Set<String> placeTags) {
    this.mapper = mapper;
    this.topicTags = Set.copyOf(topicTags);
    this.placeTags = Set.copyOf(placeTags);
  }

  /** A classifier with the curated topic and place lists shipped on the classpath. */
  public static TagClassifier withBundledTopics(TagMapper mapper) {
    return new TagClassifier(mapper, bundledTopics(), bundledList(PLACE_LIST_RESOURCE));
  }

  public Verdict classify(String tag) {
    if (topicTags.contains(tag.strip())) {
      return new Verdict(tag, TagClass.TOPIC, null, "curated topic list");
    }
    Optional<String> entity = mapper.entityOf(tag);
    if (entity.isPresent()) {
      return new Verdict(tag, TagClass.KNOWN_ENTITY, entity.get(), "gazetteer name");
    }
    if (placeTags.contains(tag.strip())) {
      return new Verdict(tag, TagClass.PLACE_OR_THING, null, "curated place list");
    }
    if (tag.chars().anyMatch(c -> Character.isDigit(c) || c == ':')) {
      return new Verdict(tag, TagClass.TOPIC, null, "digit or colon: event");
    }
    if (hasLowerCaseWord(tag)) {
      return new Verdict(tag, TagClass.TOPIC, null, "sentence case: topic");
    }
    return new Verdict(tag, TagClass.UNKNOWN_ENTITY, null, "written as a proper name");
  }

  static boolean hasLowerCaseWord(String tag) {
    return Arrays.stream(tag.strip().split("\\s+"))
        .filter(word -> !CONNECTORS.contains(word))
        .anyMatch(word -> !word.isEmpty() && Character.isLowerCase(word.charAt(0)));
  }

  /** The curated topic list: one tag a line, '#' starts a comment. */
  public static Set<String> bundledTopics() {
    return bundledList(TOPIC_LIST_RESOURCE);
  }

  private static Set<String> bundledList(String resource) {
    try (InputStream in = TagClassifier.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no " + resource + " on the classpath");
      }
      return parseTopics(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Set<String> parseTopics(BufferedReader reader) throws IOException {
    Set<String> topics = new LinkedHashSet<>();
    String line;
    while ((line = reader.readLine()) != null) {
      int hash = line.indexOf('#');
      String tag = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (!tag.isEmpty()) {
        topics.add(tag);
      }
    }
    return topics;
  }
}

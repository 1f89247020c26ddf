package org.straits.eval.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.straits.eval.entity.TagClassifier.TagClass;

class TagClassifierTest {
  private final TagMapper mapper = new TagMapper(EvalFixtures.matcher());
  private final TagClassifier classifier =
      new TagClassifier(mapper, Set.of("Culture", "Formula One", "Asia Pacific"));

  @Test
  void mapsWholeTagsToEntitiesOnly() {
    assertEquals(Optional.of("taiwan"), mapper.entityOf("Taiwan"));
    assertEquals(Optional.of("taiwan-strait"), mapper.entityOf("Taiwan Strait"));
    assertEquals(Optional.of("us"), mapper.entityOf("United States"));
    // China is found inside, but the tag as a whole is a travel section, not the country.
    assertEquals(Optional.empty(), mapper.entityOf("China holidays"));
    // Case rules apply to tags as to text: "taiwan" in lower case is not the name.
    assertEquals(Optional.empty(), mapper.entityOf("taiwan"));
    assertEquals(Optional.empty(), mapper.entityOf("Chad"), "stop aliases never map");
  }

  @Test
  void triesTheBracketedAcronymAndTheNameBeforeIt() {
    assertEquals(Optional.of("pla"), mapper.entityOf("People's Liberation Army (PLA)"));
    assertEquals(Optional.of("pla"), mapper.entityOf("Chinese army (PLA)"));
  }

  @Test
  void classifiesByTheDocumentedRules() {
    assertEquals(TagClass.KNOWN_ENTITY, classifier.classify("Kinmen").tagClass());
    assertEquals("kinmen", classifier.classify("Kinmen").entityId());
    assertEquals(TagClass.TOPIC, classifier.classify("Culture").tagClass());
    assertEquals(TagClass.TOPIC, classifier.classify("Formula One 2008").tagClass());
    assertEquals(TagClass.TOPIC, classifier.classify("Olympics 2012: swimming").tagClass());
    assertEquals(TagClass.TOPIC, classifier.classify("World news").tagClass());
    assertEquals(TagClass.TOPIC, classifier.classify("iPhone").tagClass());
    assertEquals(TagClass.UNKNOWN_ENTITY, classifier.classify("Andy Murray").tagClass());
    assertEquals(TagClass.UNKNOWN_ENTITY, classifier.classify("Bank of England").tagClass());
    assertEquals(TagClass.UNKNOWN_ENTITY, classifier.classify("Marks & Spencer").tagClass());
    assertNull(classifier.classify("Andy Murray").entityId());
  }

  @Test
  void listedPlacesAreEntitiesButNotPersonsOrOrganisations() {
    TagClassifier withPlaces = new TagClassifier(mapper, Set.of("Culture"), Set.of("Edinburgh", "Kinmen"));
    assertEquals(TagClass.PLACE_OR_THING, withPlaces.classify("Edinburgh").tagClass());
    assertTrue(withPlaces.classify("Edinburgh").isEntity(), "still an entity tag for the curated figures");
    assertEquals(TagClass.KNOWN_ENTITY, withPlaces.classify("Kinmen").tagClass(), "the gazetteer comes first");
    assertEquals(TagClass.PLACE_OR_THING, TagClassifier.withBundledTopics(mapper).classify("Heathrow").tagClass());
  }

  @Test
  void curatedSectionTagsWinOverTheGazetteer() {
    TagClassifier withSection = new TagClassifier(mapper, Set.of("Taiwan"));
    assertFalse(withSection.classify("Taiwan").isEntity());
    assertTrue(classifier.classify("Taiwan").isEntity());
  }

  @Test
  void topicListIgnoresCommentsAndBlankLines() throws Exception {
    Set<String> topics = TagClassifier.parseTopics(new BufferedReader(
        new StringReader("# header\n\nCulture\nFormula One  # a sport\n")));
    assertEquals(Set.of("Culture", "Formula One"), topics);
    assertTrue(TagClassifier.bundledTopics().contains("Asia Pacific"));
  }
}

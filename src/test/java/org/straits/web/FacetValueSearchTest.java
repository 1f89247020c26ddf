package org.straits.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code /api/facets/{dim}?prefix=}: values found by any name in either script or by alias. */
class FacetValueSearchTest extends ServedFixtureTest {
  static JsonNode values(String lang, String dimAndQuery) throws Exception {
    return WebServerTest.json(site.getAs(lang, "/api/facets/" + dimAndQuery)).get("values");
  }

  static List<String> names(JsonNode values) {
    List<String> names = new ArrayList<>();
    values.forEach(v -> names.add(v.get("value").asText()));
    return names;
  }

  @Test
  void aliasesAndChineseNamesFindTheValue() throws Exception {
    JsonNode quem = values("en", "region?prefix=quem").get(0);
    assertEquals("Kinmen", quem.get("value").asText());
    assertEquals("Quemoy", quem.get("matched").asText());
    assertEquals(List.of("Taiwan", "Kinmen"), List.of(quem.get("path").get(0).asText(), quem.get("path").get(1).asText()));
    assertEquals("Kinmen", names(values("en", "region?prefix=" + SearchLinks.encode("金"))).get(0));
    assertEquals("Kinmen", names(values("en", "region?prefix=" + SearchLinks.encode("金門"))).get(0), "traditional");
    assertEquals("People's Liberation Army", names(values("en", "actor?prefix=" + SearchLinks.encode("解放"))).get(0));
    assertEquals("People's Liberation Army", names(values("en", "actor?prefix=pla")).get(0), "by acronym");
  }

  @Test
  void labelsFollowTheReadersScriptWhileValuesStayCanonical() throws Exception {
    JsonNode zh = values("zh", "region?prefix=kin").get(0);
    assertEquals("Kinmen", zh.get("value").asText());
    assertEquals("金门", zh.get("label").asText());
    assertEquals("[\"台湾\",\"金门\"]", zh.get("path_labels").toString());
    JsonNode hant = values("zh", "region?prefix=" + SearchLinks.encode("臺灣")).get(0);
    assertEquals("臺灣", hant.get("label").asText(), "a traditional prefix reads traditional labels; the exact name first");
    assertEquals("Kinmen", values("en", "region?prefix=kin").get(0).get("label").asText());
  }

  @Test
  void countsAreThoseOfTheCurrentRequest() throws Exception {
    long all = values("en", "region?prefix=quem").get(0).get("count").asLong();
    long ferry = values("en", "region?prefix=quem&q=ferry").get(0).get("count").asLong();
    assertEquals(3, all);
    assertEquals(1, ferry);
    assertTrue(values("en", "region?prefix=quem&lang=zh").get(0).get("count").asLong() == 2);
  }

  @Test
  void otherFacetsStillMatchInsideLabels() throws Exception {
    assertEquals(List.of("Alice Chen"), names(values("en", "author?prefix=chen&q=ferry")));
    assertEquals(List.of(), names(values("en", "region?prefix=atlantis")));
  }
}

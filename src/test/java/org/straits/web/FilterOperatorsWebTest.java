package org.straits.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** Filter operators, unknown values, the zooming histogram and date validation, over HTTP. */
class FilterOperatorsWebTest extends ServedFixtureTest {
  private static JsonNode api(String query) throws Exception {
    HttpResponse<String> response = site.get("/api/search?" + query);
    assertEquals(200, response.statusCode(), response.body());
    return WebServerTest.json(response);
  }

  @Test
  void excludeAndAllOfInTheApi() throws Exception {
    long all = api("").get("total").asLong();
    long taiwan = api("region=Taiwan").get("total").asLong();
    long notTaiwan = api("not_region=Taiwan").get("total").asLong();
    assertEquals(all, taiwan + notTaiwan);
    List<String> both = WebServerTest.ids(api("region=Taiwan&region=United%20States&region_op=and"));
    assertEquals(List.of("reuters:2018/us-arms"), both, "the one story naming both");
    assertTrue(api("region=Taiwan&region=United%20States").get("total").asLong() > both.size());
    assertEquals(400, site.get("/api/search?region_op=xor").statusCode());
  }

  @Test
  void unknownValuesAreNamedInTheApiAndThePage() throws Exception {
    JsonNode result = api("region=Atlantis");
    assertEquals(api("").get("total").asLong(), result.get("total").asLong(), "not silently applied");
    assertTrue(result.get("notice").asText().contains("no region called 'Atlantis'"), result.toString());
    JsonNode typo = api("region=Tiawan").get("notices").get(0);
    assertEquals("unknown-value", typo.get("kind").asText());
    assertEquals("Taiwan", typo.get("suggestions").get(0).asText());

    String page = site.get("/search?region=Tiawan").body();
    assertTrue(page.contains("No region called &#39;Tiawan&#39;.") || page.contains("No region called 'Tiawan'."), page);
    assertTrue(page.contains("href=\"/search?region=Taiwan\""), "the suggestion replaces the value");
    assertTrue(page.contains("chip-item unknown"));
  }

  @Test
  void chipsCanBeNegatedAndRemoved() throws Exception {
    String page = site.get("/search?region=Taiwan").body();
    assertTrue(page.contains("href=\"/search?not_region=Taiwan\""), "exclude link");
    String negated = site.get("/search?not_region=Taiwan").body();
    assertTrue(negated.contains("chip negated"));
    assertTrue(negated.contains("href=\"/search?region=Taiwan\""), "include link");
    assertTrue(negated.contains("href=\"/search\""), "remove link");
    String two = site.get("/search?region=Taiwan&region=Kinmen").body();
    assertTrue(two.contains("region_op=and"), "any/all switch");
  }

  @Test
  void histogramZoomsAndClickingABarNarrows() throws Exception {
    JsonNode years = api("").get("histogram");
    assertEquals("year", years.get("unit").asText());
    assertEquals(2012, years.get("bins").get(0).get("value").asInt(), "the oldest fixture");
    assertEquals(11, years.get("bins").size(), "2012 to 2022, empty years included");
    assertEquals(0, StreamSupport.stream(years.get("bins").spliterator(), false)
        .filter(b -> b.get("value").asText().equals("2013")).findFirst().orElseThrow().get("count").asInt());
    JsonNode months = api("from=2021&to=2021");
    assertEquals("month", months.get("histogram").get("unit").asText());
    assertEquals(12, months.get("facets").get("date").size(), "the API's date facet follows the same rule");
    assertEquals("day", api("from=2021-03&to=2021-03").get("histogram").get("unit").asText());
    String page = site.get("/search?from=2021&to=2021").body();
    assertTrue(page.contains("href=\"/search?from=2021-03&amp;to=2021-03\""), "a bar narrows to its month");
  }

  @Test
  void aBadDateIsNamedBesideItsFieldAndTheResultsStay() throws Exception {
    HttpResponse<String> response = site.get("/search?q=ferry&from=2024/01/01");
    assertEquals(200, response.statusCode());
    String page = response.body();
    assertTrue(page.contains("id=\"from-error\""), page);
    assertTrue(page.contains("2024/01/01"), "the bad text is named");
    assertTrue(page.contains("Kinmen <mark>ferry</mark> talks resume"), "results stay");
    assertTrue(page.contains("value=\"ferry\""), "the query stays");
    assertTrue(page.contains("name=\"from\" type=\"text\""), "an ISO date field, whatever the browser's locale");
    assertFalse(page.contains("class=\"error-message\""));
    String range = site.get("/search?from=2020-01-01&to=2019-01-01").body();
    assertTrue(range.contains("id=\"to-error\""));
    assertEquals(400, site.get("/api/search?from=2024/01/01").statusCode(), "the API still refuses it");
  }
}

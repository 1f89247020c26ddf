package org.straits.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Payloads in documents, queries and parameter names come back escaped, never as markup. */
class XssTest extends ServedFixtureTest {
  @Test
  void documentFieldsAreEscapedOnTheSearchPage() throws Exception {
    String html = site.get("/search?q=payload").body();
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
    assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), html);
    assertNoPayloadMarkup(html);
  }

  @Test
  void payloadQueriesAreEscaped() throws Exception {
    for (String payload : List.of(WebFixture.XSS_SCRIPT, WebFixture.XSS_IMG)) {
      String html = site.get("/search?q=" + SearchLinks.encode(payload)).body();
      assertNoPayloadMarkup(html);
      String doc = site.get("/doc/xss:payload?q=" + SearchLinks.encode(payload)).body();
      assertNoPayloadMarkup(doc);
      String filtered = site.get("/search?author=" + SearchLinks.encode(payload) + "&source=" + SearchLinks.encode(payload)).body();
      assertNoPayloadMarkup(filtered);
    }
  }

  @Test
  void documentPageEscapesEveryField() throws Exception {
    String html = site.get("/doc/xss:payload").body();
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; payload title"), html);
    assertNoPayloadMarkup(html);
  }

  @Test
  void errorMessagesEscapeWhatTheyQuote() throws Exception {
    var response = site.get("/search?" + SearchLinks.encode(WebFixture.XSS_SCRIPT) + "=1");
    assertEquals(400, response.statusCode());
    assertNoPayloadMarkup(response.body());
    var doc = site.get("/doc/" + SearchLinks.encode(WebFixture.XSS_IMG));
    assertEquals(404, doc.statusCode());
    assertNoPayloadMarkup(doc.body());
  }

  @Test
  void jsonEscapesByConstruction() throws Exception {
    String body = site.get("/api/search?q=payload").body();
    assertTrue(body.contains("&lt;script&gt;"), "title_html is escaped HTML");
    assertTrue(site.get("/api/search?q=payload").headers().firstValue("content-type").orElse("").startsWith("application/json"));
  }

  static void assertNoPayloadMarkup(String html) {
    assertFalse(html.contains("<script>alert"), html);
    assertFalse(html.contains("<img src=x"), html);
    assertFalse(html.contains("onerror=alert(1)>") && html.contains("<img"), html);
  }
}

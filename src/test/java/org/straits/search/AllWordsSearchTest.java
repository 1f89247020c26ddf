package org.straits.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.straits.App;
import org.straits.Fixtures;

/** Short queries over a real index with the built-in gazetteer: all words count, marks are exact. */
class AllWordsSearchTest {
  @TempDir static Path source;
  @TempDir static Path indexDir;
  static IndexView index;
  static SearchService service;
  static DocumentLookup documents;

  @BeforeAll
  static void buildIndex() throws Exception {
    Fixtures.write(source, "en/visit.txt", "Xi Jinping's visit to Paris\n\n"
        + "Xi Jinping's visit began on Monday. Xi Jinping visited the Louvre, and officials said the visit went well.\n");
    Fixtures.write(source, "en/vice.txt", "Chinese vice-president Xi Jinping tours factories\n\n"
        + "Chinese vice-president Xi Jinping toured factories on a visit to Ohio.\n");
    Fixtures.write(source, "en/speech.txt", "Xi Jinping speaks to the party\n\n"
        + "Xi Jinping spoke for three hours. Xi Jinping praised the party; Xi Jinping warned of risks.\n");
    Fixtures.write(source, "en/press.txt", "Xi Jinping's visit to Rome\n\n"
        + "Xi Jinping arrived for the visit on Friday. President Xi then met the mayor.\n");
    Fixtures.write(source, "en/zh-visit.txt", "A visit reported in Chinese\n\n习近平 began a state visit, Xinhua said.\n");
    Fixtures.write(source, "en/force.txt", "The use of force across the Strait\n\n"
        + "Beijing has never renounced the use of force against Taiwan.\n");
    Fixtures.write(source, "en/usaf.txt", "US Air Force jets land in Guam\n\n"
        + "US Air Force jets landed in Guam. The US Air Force said the force would stay.\n");
    Fixtures.write(source, "en/prc.txt", "Response: the UN and China\n\n"
        + "In 1971 the UN decided to restore all rights to the People's Republic of China and to recognise"
        + " the representatives of its government.\n");
    Fixtures.write(source, "en/roc.txt", "A national day in Taipei\n\n"
        + "Still officially the Republic of China, the island marks its national day.\n");
    Fixtures.write(source, "zh/fusion.txt", "两岸融合发展示范区\n\n福建推进两岸融合发展示范区建设。\n");
    Fixtures.write(source, "zh/only-strait.txt", "两岸交流\n\n两岸青年交流活动在厦门举行。\n");
    Fixtures.write(source, "zh/one-china.txt", "一个中国原则\n\n坚持一个中国，台湾是中国领土不可分割的一部分。\n");
    App app = Fixtures.builtInGazetteerApp(source, indexDir);
    Fixtures.indexCleanly(app, source);
    index = app.openIndex();
    service = app.searchService(index);
    documents = app.documentLookup(index);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static List<String> ids(String query) throws IOException {
    return service.search(SearchRequest.of(query)).hits().stream().map(SearchResult.Hit::id).toList();
  }

  private static List<String> marks(String html) {
    List<String> marks = new ArrayList<>();
    Matcher mark = Pattern.compile("<mark[^>]*>(.*?)</mark>").matcher(html);
    while (mark.find()) {
      marks.add(mark.group(1));
    }
    return marks;
  }

  private static List<String> snippetMarks(String query, String id) throws IOException {
    SearchResult.Hit hit = service.search(SearchRequest.of(query)).hits().stream()
        .filter(h -> h.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id + " not found for " + query));
    List<String> all = new ArrayList<>(marks(hit.titleHtml()));
    hit.snippets().forEach(s -> all.addAll(marks(s)));
    return all;
  }

  @Test
  void everyWordOfAShortQueryIsRequired() throws IOException {
    List<String> found = ids("Xi Jinping visit");
    assertTrue(found.containsAll(List.of("en/visit.txt", "en/vice.txt")), found.toString());
    assertFalse(found.contains("en/speech.txt"), "visit is required: " + found);
    assertTrue(found.contains("en/zh-visit.txt"), "习近平 is Xi Jinping's other name, inside the required group: " + found);
    assertEquals("en/visit.txt", found.get(0), "the words close together rank first: " + found);
  }

  @Test
  void spaceSeparatedChineseWordsAreAllRequired() throws IOException {
    assertEquals(List.of("zh/fusion.txt"), ids("两岸 融合发展"));
  }

  @Test
  void useOfForceIsNotTheUsAirForce() throws IOException {
    List<String> found = ids("\"use of force\"");
    assertEquals("en/force.txt", found.get(0), found.toString());
    assertFalse(found.contains("en/usaf.txt"), "use is not US: " + found);
    assertFalse(ids("use force").contains("en/usaf.txt"));
    assertTrue(ids("US").contains("en/usaf.txt"), "typed in capitals, US is the acronym");
    assertFalse(ids("use").contains("en/usaf.txt"));
  }

  @Test
  void marksAreTheQueryWordsAndNothingElse() throws IOException {
    List<String> vice = snippetMarks("Xi Jinping visit", "en/vice.txt");
    assertTrue(vice.stream().noneMatch(m -> m.toLowerCase().contains("president")), "no President for Xi: " + vice);
    assertTrue(vice.contains("visit"), vice.toString());
    List<String> visit = snippetMarks("Xi Jinping visit", "en/visit.txt");
    assertTrue(visit.containsAll(List.of("Xi Jinping&#39;s visit", "Xi Jinping visited")) || visit.toString().contains("visited"),
        "Xi Jinping's and visited are marked: " + visit);
    List<String> chinese = snippetMarks("Xi Jinping visit", "en/zh-visit.txt");
    assertTrue(chinese.contains("习近平"), "the entity's other name that matched is marked: " + chinese);
    List<String> force = snippetMarks("use force", "en/force.txt");
    assertTrue(force.stream().allMatch(m -> m.equals("use") || m.equals("force")), force.toString());
  }

  @Test
  void aTypedFullNameIsMarkedWholeNotItsShortFormAlone() throws IOException {
    List<String> press = snippetMarks("Xi Jinping visit", "en/press.txt");
    assertTrue(press.stream().anyMatch(m -> m.startsWith("Xi Jinping")), press.toString());
    assertTrue(press.stream().noneMatch(m -> m.equals("Xi")), "no lone Xi (President Xi) beside the full name: " + press);
    String page = documents.find("en/press.txt", "Xi Jinping visit").orElseThrow().bodyHtml();
    assertTrue(page.contains("President Xi then") && !page.contains("<mark>Xi</mark>") && page.contains("Xi Jinping</mark>"), page);
    assertTrue(ids("Xi Jinping visit").contains("en/press.txt"), "what matches is unchanged");
  }

  @Test
  void chineseMarksNeverCrossPunctuation() throws IOException {
    List<String> found = snippetMarks("臺灣", "zh/one-china.txt");
    assertEquals(List.of("台湾"), found, "中国 before the comma is not part of 臺灣");
  }

  @Test
  void whenNoDocumentHasAllTheWordsSomeOfThemAreShownWithANotice() throws IOException {
    SearchResult result = service.search(SearchRequest.of("Xi Jinping zebra"));
    assertEquals(List.of(Notices.SOME_WORDS), result.notices().stream().map(SearchResult.Notice::key).toList());
    assertEquals("No document has all the words; showing documents with some of them.", result.notice(),
        "the API's notice is readable");
    assertFalse(result.hits().isEmpty());
    assertEquals("", service.search(SearchRequest.of("Xi Jinping visit")).notice());
  }

  @Test
  void aQueryWrittenAsASentenceRanksAsProse() throws IOException {
    // CISI's "Information systems in the physical sciences." is a sentence, not typed keywords:
    // documents with some of its words are ranked, with no notice, as pasted prose is.
    assertFalse(ids("Xi Jinping visit").contains("en/speech.txt"));
    SearchResult sentence = service.search(SearchRequest.of("Xi Jinping and his visit."));
    assertEquals("", sentence.notice());
    List<String> found = sentence.hits().stream().map(SearchResult.Hit::id).toList();
    assertTrue(found.contains("en/speech.txt"), "any word counts in a sentence: " + found);
    assertEquals("en/visit.txt", found.get(0), found.toString());
  }

  @Test
  void anAliasNeverMatchesInsideAnotherEntitysLongerName() throws IOException {
    // "Republic of China" is Taiwan's alias; in "the People's Republic of China" (a Guardian
    // sentence) it is part of China's name, as the entity matcher reads it.
    List<String> taiwan = ids("Taiwan");
    assertTrue(taiwan.contains("en/roc.txt"), taiwan.toString());
    assertFalse(taiwan.contains("en/prc.txt"), "the PRC is not Taiwan: " + taiwan);
    List<String> marks = snippetMarks("Taiwan", "en/roc.txt");
    assertTrue(marks.containsAll(List.of("Republic", "China")), "the alias is marked where it is Taiwan: " + marks);
    assertTrue(ids("\"Republic of China\"").contains("en/prc.txt"), "typed words mean what they say");
  }

  @Test
  void anUnbalancedQuoteIsSearchedAsTextWithANote() throws IOException {
    SearchResult result = service.search(SearchRequest.of("\"use of force"));
    assertEquals(Notices.SYNTAX, result.notices().get(0).key(), "a message key for the page");
    assertTrue(result.notice().startsWith("The query syntax could not be read"), "never the parser's text: " + result.notice());
    assertEquals("en/force.txt", result.hits().get(0).id());
  }

  @Test
  void explicitOperatorsKeepTheirMeaning() throws IOException {
    assertTrue(ids("Xi Jinping OR zebra").contains("en/speech.txt"), "OR is any word");
    assertFalse(ids("Xi Jinping -visit").contains("en/visit.txt"));
  }

  @Test
  void theDocumentPageCountsMatchesOfTheQuery() throws IOException {
    DocumentLookup.DocumentView view = documents.find("en/vice.txt", "Xi Jinping visit").orElseThrow();
    assertEquals(2, view.matches(), "Xi Jinping and visit: " + view.bodyHtml());
    assertTrue(marks(view.titleHtml()).stream().noneMatch(m -> m.contains("president")), view.titleHtml());
  }
}

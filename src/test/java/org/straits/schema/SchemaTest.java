package org.straits.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;
import org.straits.entity.EntityMatcher;
import org.straits.entity.Gazetteer;
import org.straits.index.DocumentBuilder;
import org.straits.index.FacetDims;
import org.straits.ingest.SourceDocument;

/** The schema table is the one declaration: documents follow it, and no engine type leaks above the engine. */
class SchemaTest {
  private static final Path MAIN = Path.of("src/main/java/org/straits");

  @Test
  void builtDocumentsHoldExactlyTheTablesStoredFields() throws Exception {
    Gazetteer gazetteer = Gazetteer.load(org.straits.Fixtures.smallGazetteer());
    DocumentBuilder builder = new DocumentBuilder(FacetDims.config(), gazetteer, new EntityMatcher(gazetteer),
        new org.straits.entity.discovery.Discovery(gazetteer, Set.of()));
    SourceDocument source = new SourceDocument("d1", "a/d1.txt", "臺灣 and Kinmen",
        "Ferries to Kinmen. 金門。 Tsai Ing-wen spoke. TAO spokesperson Qiu Wenming said on Wednesday that talks go on.",
        "[1] A note.", java.time.LocalDate.of(2024, 2, 21), List.of("Alice Chen"), List.of("Bob"), "Example",
        "https://example.org/d1", "");
    Document doc = builder.build(source, "abc", 0L);
    Set<String> stored = doc.getFields().stream().filter(f -> f.fieldType().stored()).map(IndexableField::name)
        .collect(Collectors.toSet());
    Set<String> declaredStored = Schema.FIELDS.stream().filter(FieldSpec::stored).map(FieldSpec::name)
        .collect(Collectors.toSet());
    assertEquals(declaredStored, stored);
    Set<String> names = doc.getFields().stream().map(IndexableField::name).collect(Collectors.toSet());
    for (FieldSpec field : Schema.FIELDS) {
      assertTrue(names.contains(field.name()), field.name() + " is written");
    }
  }

  @Test
  void derivedListsAgreeWithTheTable() {
    assertEquals(List.of("id", "title", "date", "authors", "source", "lang", "url", "regions", "actors", "score"),
        Schema.columns());
    Map<String, Float> weights = Schema.queryWeights();
    assertEquals(Set.of("title", "body", "title_cjk", "body_cjk", "author_text", "notes"), weights.keySet());
    assertEquals(Set.of("body", "body_cjk"), Schema.highlightSources().get("body"));
    assertEquals("author_text", Schema.typedFieldNames().get("author"));
    assertEquals(Schema.fingerprint(), Schema.fingerprint());
    for (FacetDim dim : FacetDim.values()) {
      assertEquals(dim, Schema.facetField(dim).facet());
    }
  }

  @Test
  void nothingAboveTheEngineTouchesLuceneTypes() throws IOException {
    Set<String> offenders = new HashSet<>();
    // admin's DocumentRemoval writes to the index, beside the indexer: the writing side is not behind the engine yet.
    for (String pkg : List.of("schema", "web", "cli")) {
      offenders.addAll(importingLucene(MAIN.resolve(pkg)));
    }
    for (String api : List.of("SearchEngine", "SearchRequest", "SearchResult", "FacetNode", "FilterResolver",
        "HistogramZoom", "SearchService", "FacetBrowser", "Suggester")) {
      offenders.addAll(importingLucene(MAIN.resolve("search/" + api + ".java")));
    }
    assertEquals(Set.of(), offenders);
  }

  private static Set<String> importingLucene(Path path) throws IOException {
    try (Stream<Path> files = Files.isDirectory(path) ? Files.walk(path) : Stream.of(path)) {
      return files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
        try {
          return Files.readString(f).contains("org.apache.lucene");
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).map(Path::toString).collect(Collectors.toSet());
    }
  }
}

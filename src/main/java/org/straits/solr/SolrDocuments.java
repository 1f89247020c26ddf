package org.straits.solr;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.solr.common.SolrInputDocument;
import org.straits.analysis.HanBigramAnalyzer;
import org.straits.analysis.LanguageGuesser;
import org.straits.entity.Entity;
import org.straits.entity.EntityKind;
import org.straits.entity.EntityMatcher;
import org.straits.entity.Gazetteer;
import org.straits.index.DatePaths;
import org.straits.ingest.SourceDocument;
import org.straits.schema.FacetDim;
import org.straits.schema.Schema;

/**
 * Turns a source document into the Solr document of a Straits collection: the same values the
 * embedded engine indexes (language guessed the same way, entities matched by Straits against its
 * gazetteer, which never lives in Solr), text fields pre-analysed by Straits' analyzer, facets as
 * depth-prefixed paths.
 */
public final class SolrDocuments {
  private final Gazetteer gazetteer;
  private final EntityMatcher matcher;
  private final PreAnalyzedText text;

  public SolrDocuments(Gazetteer gazetteer, EntityMatcher matcher, Analyzer analyzer) {
    this.gazetteer = gazetteer;
    this.matcher = matcher;
    this.text = new PreAnalyzedText(analyzer);
  }

  SolrInputDocument build(SourceDocument source, String fileHash) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.addField(Schema.ID, source.id());
    doc.addField(Schema.FILE, source.file());
    doc.addField(Schema.FILE_HASH, fileHash);
    doc.addField(Schema.TITLE, text.of(Schema.TITLE, source.title(), true));
    doc.addField(Schema.BODY, text.of(Schema.BODY, source.body(), true));
    doc.addField(Schema.NOTES, text.of(Schema.NOTES, source.notes(), true));
    if (HanBigramAnalyzer.hasHan(source.title())) {
      doc.addField(Schema.TITLE_CJK, text.of(Schema.TITLE_CJK, source.title(), false));
    }
    if (HanBigramAnalyzer.hasHan(source.body())) {
      doc.addField(Schema.BODY_CJK, text.of(Schema.BODY_CJK, source.body(), false));
    }
    addPersons(doc, source.authors(), source.editors());
    addKeyword(doc, Schema.SOURCE, FacetDim.SOURCE, source.source());
    if (!source.url().isEmpty()) {
      doc.addField(Schema.URL, source.url());
    }
    addKeyword(doc, Schema.LANG, FacetDim.LANG, languageOf(source));
    addDate(doc, source.date());
    addEntities(doc, source.title() + "\n" + source.body());
    return doc;
  }

  private static String languageOf(SourceDocument source) {
    return source.lang().isBlank()
        ? LanguageGuesser.guess(source.title() + "\n" + source.body())
        : source.lang().trim().toLowerCase(Locale.ROOT);
  }

  private void addPersons(SolrInputDocument doc, List<String> authors, List<String> editors) {
    for (String author : authors) {
      if (author.isBlank()) {
        continue;
      }
      doc.addField(Schema.AUTHORS, author);
      doc.addField(Schema.AUTHOR_TEXT, text.of(Schema.AUTHOR_TEXT, author, false));
      doc.addField(SolrFields.facetField(FacetDim.AUTHOR), SolrFields.pathTerm(List.of(author)));
    }
    editors.forEach(editor -> doc.addField(Schema.EDITORS, editor));
  }

  private static void addKeyword(SolrInputDocument doc, String field, FacetDim dim, String value) {
    if (value.isBlank()) {
      return;
    }
    doc.addField(field, value);
    doc.addField(SolrFields.facetField(dim), SolrFields.pathTerm(List.of(value)));
  }

  private static void addDate(SolrInputDocument doc, LocalDate date) {
    if (date == null) {
      return;
    }
    doc.addField(Schema.DATE, date.toString());
    doc.addField(Schema.DATE_DAY, date.toEpochDay());
    addPathAndAncestors(doc, FacetDim.DATE, List.of(DatePaths.of(date)));
  }

  private void addEntities(SolrInputDocument doc, String content) {
    Map<String, Integer> counts = new TreeMap<>(matcher.counts(content));
    java.util.Set<String> terms = new java.util.LinkedHashSet<>();
    for (Map.Entry<String, Integer> found : counts.entrySet()) {
      Entity entity = gazetteer.byId(found.getKey()).orElseThrow();
      boolean region = entity.kind() == EntityKind.REGION;
      FacetDim dim = region ? FacetDim.REGION : FacetDim.ACTOR;
      List<String> path = gazetteer.path(entity.id());
      for (int depth = 1; depth <= path.size(); depth++) {
        terms.add(dim.id() + "\n" + SolrFields.pathTerm(path.subList(0, depth)));
      }
      doc.addField(region ? Schema.REGION_IDS : Schema.ACTOR_IDS, entity.id() + ":" + found.getValue());
      doc.addField(Schema.ENTITY, entity.id());
    }
    // Two entities under one parent share its terms: each term once, so counts are per document.
    for (String term : terms) {
      int split = term.indexOf('\n');
      FacetDim dim = FacetDim.of(term.substring(0, split)).orElseThrow();
      doc.addField(SolrFields.facetField(dim), term.substring(split + 1));
    }
  }

  private static void addPathAndAncestors(SolrInputDocument doc, FacetDim dim, List<String> path) {
    for (int depth = 1; depth <= path.size(); depth++) {
      doc.addField(SolrFields.facetField(dim), SolrFields.pathTerm(path.subList(0, depth)));
    }
  }
}

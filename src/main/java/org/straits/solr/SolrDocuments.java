package org.straits.solr;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.solr.common.SolrInputDocument;
import org.straits.analysis.HanBigramAnalyzer;
import org.straits.entity.Entity;
import org.straits.entity.EntityKind;
import org.straits.entity.EntityMatcher;
import org.straits.entity.Gazetteer;
import org.straits.entity.Mention;
import org.straits.entity.discovery.Discovered;
import org.straits.entity.discovery.Discovery;
import org.straits.index.DatePaths;
import org.straits.index.DocumentBuilder;
import org.straits.ingest.SourceDocument;
import org.straits.schema.Analysis;
import org.straits.schema.FacetDim;
import org.straits.schema.FieldRole;
import org.straits.schema.FieldSpec;
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
  /** Finds names the gazetteer lacks, as the embedded engine's documents do; null when off. */
  private final Discovery discovery;

  public SolrDocuments(Gazetteer gazetteer, EntityMatcher matcher, Analyzer analyzer, Discovery discovery) {
    this.gazetteer = gazetteer;
    this.matcher = matcher;
    this.text = new PreAnalyzedText(analyzer);
    this.discovery = discovery;
  }

  /**
   * Every field of the schema table from the values the embedded engine indexes, then the derived
   * ones; the terms that repost grouping counts ({@link SolrContent}) are also put into {@code terms}.
   */
  SolrInputDocument build(SourceDocument source, String fileHash, SolrContent.Terms terms) {
    SolrInputDocument doc = new SolrInputDocument();
    DocumentBuilder.fieldValues(source, fileHash)
        .forEach((field, own) -> own.forEach(value -> addField(doc, field, value, terms.of(field.name()))));
    addDate(doc, source.date());
    addEntities(doc, source.title() + "\n" + source.body());
    return doc;
  }

  /** Text analysed by Straits (pre-analysed JSON), other values as they are; flat facets as 0/value. */
  private void addField(SolrInputDocument doc, FieldSpec field, String value, java.util.Set<String> terms) {
    switch (field.role()) {
      case TEXT -> doc.addField(field.name(), text.of(field.name(), value, field.stored(), terms));
      case SHADOW -> {
        if (field.analysis() != Analysis.HAN_BIGRAMS || HanBigramAnalyzer.hasHan(value)) {
          doc.addField(field.name(), text.of(field.name(), value, false, terms));
        }
      }
      case DAY, ENTITY_MENTIONS, ENTITY_KEY, IN_PLACE -> throw new IllegalStateException(field.name() + " is derived, not read");
      default -> {
        if (!value.isEmpty() || field.role() != FieldRole.STORED) {
          doc.addField(field.name(), value);
        }
      }
    }
    if (field.facet() != null && !field.facet().hierarchical()) {
      doc.addField(SolrFields.facetField(field.facet()), SolrFields.pathTerm(List.of(value)));
    }
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
    List<Mention> claimed = matcher.claimedSpans(content);
    Map<String, Integer> counts = new TreeMap<>();
    matcher.mentionsFrom(content, claimed).forEach(m -> counts.merge(m.entityId(), 1, Integer::sum));
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
    if (discovery != null) {
      // Unreviewed names are root values of their facet, as in the embedded index.
      for (Discovered found : discovery.find(content, claimed)) {
        FacetDim dim = found.kind() == EntityKind.REGION ? FacetDim.REGION : FacetDim.ACTOR;
        terms.add(dim.id() + "\n" + SolrFields.pathTerm(List.of(found.name())));
        doc.addField(Schema.DISCOVERED, found.stored());
        doc.addField(Schema.DISCOVERED_KEY, Discovered.keyOf(dim.id(), found.name()));
      }
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

package org.straits.index;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.straits.analysis.HanBigramAnalyzer;
import org.straits.analysis.LanguageGuesser;
import org.straits.entity.Entity;
import org.straits.entity.EntityKind;
import org.straits.entity.EntityMatcher;
import org.straits.entity.Gazetteer;
import org.straits.entity.Mention;
import org.straits.entity.discovery.Discovered;
import org.straits.entity.discovery.Discovery;
import org.straits.ingest.SourceDocument;

/** Turns a source document into the Lucene document the index holds: text, metadata, facets. */
public final class DocumentBuilder {
  /** Offsets in the postings make highlighting cheap: no re-analysis of stored text. */
  static final FieldType STORED_TEXT_WITH_OFFSETS = textWithOffsets(true);
  /** Shadow fields: the stored text is the main field's, highlighted through it. */
  static final FieldType TEXT_WITH_OFFSETS = textWithOffsets(false);

  private final FacetsConfig facetsConfig;
  private final Gazetteer gazetteer;
  private final EntityMatcher matcher;
  /** Finds names the gazetteer lacks; null when discovery is switched off. */
  private final Discovery discovery;

  public DocumentBuilder(FacetsConfig facetsConfig, Gazetteer gazetteer, EntityMatcher matcher) {
    this(facetsConfig, gazetteer, matcher, null);
  }

  public DocumentBuilder(FacetsConfig facetsConfig, Gazetteer gazetteer, EntityMatcher matcher,
      Discovery discovery) {
    this.facetsConfig = facetsConfig;
    this.gazetteer = gazetteer;
    this.matcher = matcher;
    this.discovery = discovery;
  }

  public Document build(SourceDocument source, String fileHash) throws IOException {
    Document doc = new Document();
    doc.add(new StringField(Fields.ID, source.id(), Field.Store.YES));
    doc.add(new StringField(Fields.FILE, source.file(), Field.Store.YES));
    doc.add(new StoredField(Fields.FILE_HASH, fileHash));
    doc.add(new Field(Fields.TITLE, source.title(), STORED_TEXT_WITH_OFFSETS));
    doc.add(new Field(Fields.BODY, source.body(), STORED_TEXT_WITH_OFFSETS));
    doc.add(new Field(Fields.NOTES, source.notes(), STORED_TEXT_WITH_OFFSETS));
    addHanBigrams(doc, Fields.TITLE_CJK, source.title());
    addHanBigrams(doc, Fields.BODY_CJK, source.body());
    addPersons(doc, source.authors(), source.editors());
    addKeyword(doc, Fields.SOURCE, FacetDims.SOURCE, source.source());
    doc.add(new StoredField(Fields.URL, source.url()));
    addKeyword(doc, Fields.LANG, FacetDims.LANG, languageOf(source));
    addDate(doc, source.date());
    addEntities(doc, source.title() + "\n" + source.body());
    return facetsConfig.build(doc);
  }

  private static void addHanBigrams(Document doc, String field, String text) {
    if (HanBigramAnalyzer.hasHan(text)) {
      doc.add(new Field(field, text, TEXT_WITH_OFFSETS));
    }
  }

  private static String languageOf(SourceDocument source) {
    return source.lang().isBlank()
        ? LanguageGuesser.guess(source.title() + "\n" + source.body())
        : source.lang().trim().toLowerCase(java.util.Locale.ROOT);
  }

  private static void addPersons(Document doc, List<String> authors, List<String> editors) {
    for (String author : authors) {
      if (author.isBlank()) {
        continue;
      }
      doc.add(new StoredField(Fields.AUTHORS, author));
      doc.add(new TextField(Fields.AUTHOR_TEXT, author, Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(FacetDims.AUTHOR, author));
    }
    for (String editor : editors) {
      doc.add(new StoredField(Fields.EDITORS, editor));
    }
  }

  private static void addKeyword(Document doc, String field, String dim, String value) {
    if (value.isBlank()) {
      return;
    }
    doc.add(new StringField(field, value, Field.Store.YES));
    doc.add(new SortedSetDocValuesFacetField(dim, value));
  }

  private static void addDate(Document doc, LocalDate date) {
    if (date == null) {
      return;
    }
    long day = date.toEpochDay();
    doc.add(new StoredField(Fields.DATE, date.toString()));
    doc.add(new LongPoint(Fields.DATE_DAY, day));
    doc.add(new NumericDocValuesField(Fields.DATE_DAY, day));
    doc.add(new SortedSetDocValuesFacetField(FacetDims.DATE, DatePaths.of(date)));
  }

  private void addEntities(Document doc, String text) {
    List<Mention> claimed = matcher.claimedSpans(text);
    Map<String, Integer> counts = new TreeMap<>();
    matcher.mentionsFrom(text, claimed).forEach(m -> counts.merge(m.entityId(), 1, Integer::sum));
    for (Map.Entry<String, Integer> found : counts.entrySet()) {
      Entity entity = gazetteer.byId(found.getKey()).orElseThrow();
      boolean region = entity.kind() == EntityKind.REGION;
      String dim = region ? FacetDims.REGION : FacetDims.ACTOR;
      doc.add(new SortedSetDocValuesFacetField(dim, gazetteer.path(entity.id()).toArray(String[]::new)));
      doc.add(new StoredField(region ? Fields.REGION_IDS : Fields.ACTOR_IDS, entity.id() + ":" + found.getValue()));
      doc.add(new StringField(Fields.ENTITY, entity.id(), Field.Store.NO));
    }
    if (discovery != null) {
      addDiscovered(doc, discovery.find(text, claimed));
    }
  }

  /** Unreviewed values: root values of their facet, so they filter like any value. */
  private static void addDiscovered(Document doc, List<Discovered> found) {
    for (Discovered d : found) {
      String dim = d.kind() == EntityKind.REGION ? FacetDims.REGION : FacetDims.ACTOR;
      doc.add(new SortedSetDocValuesFacetField(dim, d.name()));
      doc.add(new StoredField(Fields.DISCOVERED, d.stored()));
      doc.add(new StringField(Fields.DISCOVERED_KEY, Discovered.keyOf(dim, d.name()), Field.Store.NO));
    }
  }

  private static FieldType textWithOffsets(boolean stored) {
    FieldType type = new FieldType(stored ? TextField.TYPE_STORED : TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}

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
import org.straits.analysis.NearDuplicateSignature;
import org.straits.entity.Entity;
import org.straits.entity.EntityKind;
import org.straits.entity.EntityMatcher;
import org.straits.entity.Gazetteer;
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
  private final boolean signatures;

  public DocumentBuilder(FacetsConfig facetsConfig, Gazetteer gazetteer, EntityMatcher matcher) {
    this(facetsConfig, gazetteer, matcher, true);
  }

  /** {@code signatures} off only to measure what near-duplicate detection costs. */
  public DocumentBuilder(FacetsConfig facetsConfig, Gazetteer gazetteer, EntityMatcher matcher, boolean signatures) {
    this.signatures = signatures;
    this.facetsConfig = facetsConfig;
    this.gazetteer = gazetteer;
    this.matcher = matcher;
  }

  /** {@code indexedAt}: when this id was first indexed, epoch milliseconds. */
  public Document build(SourceDocument source, String fileHash, long indexedAt) throws IOException {
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
    addTimes(doc, source.date(), indexedAt);
    if (signatures) {
      addSignature(doc, source);
    }
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

  private static void addTimes(Document doc, LocalDate date, long indexedAt) {
    doc.add(new StoredField(Fields.INDEXED_AT, indexedAt));
    doc.add(new NumericDocValuesField(Fields.INDEXED_AT, indexedAt));
    long dated = date == null ? Long.MIN_VALUE : date.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli();
    doc.add(new NumericDocValuesField(Fields.UPDATED, Math.max(dated, indexedAt)));
  }

  /** The near-duplicate signature and its band keys; the group is set when the run commits. */
  private static void addSignature(Document doc, SourceDocument source) {
    NearDuplicateSignature signature = NearDuplicateSignature.of(source.title(), source.body());
    doc.add(new StoredField(Fields.DUP_SIGNATURE, signature.toBytes()));
    for (String band : signature.bandKeys()) {
      doc.add(new StringField(Fields.DUP_BAND, band, Field.Store.NO));
    }
    doc.add(new NumericDocValuesField(Fields.DUP_GROUP, DuplicateGroups.UNGROUPED));
    doc.add(new NumericDocValuesField(Fields.DUP_HIDDEN, 0));
  }

  private void addEntities(Document doc, String text) {
    Map<String, Integer> counts = new TreeMap<>(matcher.counts(text));
    for (Map.Entry<String, Integer> found : counts.entrySet()) {
      Entity entity = gazetteer.byId(found.getKey()).orElseThrow();
      boolean region = entity.kind() == EntityKind.REGION;
      String dim = region ? FacetDims.REGION : FacetDims.ACTOR;
      doc.add(new SortedSetDocValuesFacetField(dim, gazetteer.path(entity.id()).toArray(String[]::new)));
      doc.add(new StoredField(region ? Fields.REGION_IDS : Fields.ACTOR_IDS, entity.id() + ":" + found.getValue()));
      doc.add(new StringField(Fields.ENTITY, entity.id(), Field.Store.NO));
    }
  }

  private static FieldType textWithOffsets(boolean stored) {
    FieldType type = new FieldType(stored ? TextField.TYPE_STORED : TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}

package org.straits.index;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.BinaryDocValuesField;
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
import org.apache.lucene.util.BytesRef;
import org.straits.analysis.HanBigramAnalyzer;
import org.straits.analysis.LanguageGuesser;
import org.straits.analysis.NearDuplicateSignature;
import org.straits.entity.Entity;
import org.straits.entity.EntityKind;
import org.straits.entity.EntityMatcher;
import org.straits.entity.Gazetteer;
import org.straits.entity.Mention;
import org.straits.entity.discovery.Discovered;
import org.straits.entity.discovery.Discovery;
import org.straits.ingest.SourceDocument;
import org.straits.schema.Analysis;
import org.straits.schema.FieldRole;
import org.straits.schema.FieldSpec;
import org.straits.schema.Schema;

/**
 * Turns a source document into the Lucene document the index holds: text, metadata, facets, each
 * field as the schema table ({@link Schema#FIELDS}) declares it.
 */
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
  /** Near-duplicate signatures (and so repost grouping); off only to measure what they cost. */
  private final boolean signatures;

  public DocumentBuilder(FacetsConfig facetsConfig, Gazetteer gazetteer, EntityMatcher matcher) {
    this(facetsConfig, gazetteer, matcher, null, true);
  }

  /** {@code signatures} off only to measure what near-duplicate detection costs. */
  public DocumentBuilder(FacetsConfig facetsConfig, Gazetteer gazetteer, EntityMatcher matcher, boolean signatures) {
    this(facetsConfig, gazetteer, matcher, null, signatures);
  }

  public DocumentBuilder(FacetsConfig facetsConfig, Gazetteer gazetteer, EntityMatcher matcher,
      Discovery discovery) {
    this(facetsConfig, gazetteer, matcher, discovery, true);
  }

  public DocumentBuilder(FacetsConfig facetsConfig, Gazetteer gazetteer, EntityMatcher matcher,
      Discovery discovery, boolean signatures) {
    this.signatures = signatures;
    this.facetsConfig = facetsConfig;
    this.gazetteer = gazetteer;
    this.matcher = matcher;
    this.discovery = discovery;
  }

  /**
   * The Lucene document for {@code source}: every field of the schema table, typed by its role,
   * then the facet fields; the date, the entities, the first-seen and updated times and the
   * near-duplicate signature, which are derived values, on their own. {@code indexedAt}: when
   * this id was first indexed, epoch milliseconds.
   */
  public Document build(SourceDocument source, String fileHash, long indexedAt) throws IOException {
    Document doc = new Document();
    fieldValues(source, fileHash).forEach((field, own) -> own.forEach(value -> addField(doc, field, value)));
    addDate(doc, source.date());
    addEntities(doc, source.title() + "\n" + source.body());
    addTimes(doc, source.date(), indexedAt);
    if (signatures) {
      addSignature(doc, source);
    }
    return facetsConfig.build(doc);
  }

  /** Every schema field with the values it gets (a shadow its source field's), in table order. */
  public static Map<FieldSpec, List<String>> fieldValues(SourceDocument source, String fileHash) {
    Map<String, List<String>> values = values(source, fileHash);
    Map<FieldSpec, List<String>> byField = new java.util.LinkedHashMap<>();
    for (FieldSpec field : Schema.FIELDS) {
      byField.put(field, field.role() == FieldRole.SHADOW
          ? values.getOrDefault(field.shadowOf(), List.of())
          : values.getOrDefault(field.name(), List.of()));
    }
    return byField;
  }

  /**
   * The schema fields' values as read from the source; blank keywords and names are left out.
   * Every engine's documents are built from these (the Solr engine's too).
   */
  public static Map<String, List<String>> values(SourceDocument source, String fileHash) {
    Map<String, List<String>> values = new HashMap<>();
    values.put(Fields.ID, List.of(source.id()));
    values.put(Fields.FILE, List.of(source.file()));
    values.put(Fields.FILE_HASH, List.of(fileHash));
    values.put(Fields.TITLE, List.of(source.title()));
    values.put(Fields.BODY, List.of(source.body()));
    values.put(Fields.NOTES, List.of(source.notes()));
    values.put(Fields.AUTHORS, source.authors().stream().filter(a -> !a.isBlank()).toList());
    values.put(Fields.EDITORS, source.editors());
    values.put(Fields.SOURCE, nonBlank(source.source()));
    values.put(Fields.URL, List.of(source.url()));
    values.put(Fields.LANG, nonBlank(languageOf(source)));
    return values;
  }

  private static List<String> nonBlank(String value) {
    return value.isBlank() ? List.of() : List.of(value);
  }

  /** One value of one schema field as the Lucene field its role calls for, and its facet value. */
  private static void addField(Document doc, FieldSpec field, String value) {
    String name = field.name();
    Field.Store store = field.stored() ? Field.Store.YES : Field.Store.NO;
    switch (field.role()) {
      case KEY, KEYWORD -> doc.add(new StringField(name, value, store));
      case BOOKKEEPING -> doc.add(field.indexed() ? new StringField(name, value, store) : new StoredField(name, value));
      case TEXT -> doc.add(new Field(name, value, field.stored() ? STORED_TEXT_WITH_OFFSETS : TEXT_WITH_OFFSETS));
      case SHADOW -> addShadow(doc, field, value);
      case STORED -> doc.add(new StoredField(name, value));
      case DAY, ENTITY_MENTIONS, ENTITY_KEY, IN_PLACE, BINARY -> throw new IllegalStateException(name + " is derived, not read");
    }
    if (field.facet() != null && !field.facet().hierarchical()) {
      doc.add(new SortedSetDocValuesFacetField(field.facet().id(), value));
    }
  }

  /** Han bigrams only for text with Han characters; other shadows (author names as text) always. */
  private static void addShadow(Document doc, FieldSpec field, String value) {
    if (field.analysis() != Analysis.HAN_BIGRAMS) {
      doc.add(new TextField(field.name(), value, Field.Store.NO));
    } else if (HanBigramAnalyzer.hasHan(value)) {
      doc.add(new Field(field.name(), value, TEXT_WITH_OFFSETS));
    }
  }

  private static String languageOf(SourceDocument source) {
    return source.lang().isBlank()
        ? LanguageGuesser.guess(source.title() + "\n" + source.body())
        : source.lang().trim().toLowerCase(java.util.Locale.ROOT);
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

  /** The near-duplicate signature (its bands are derived when grouping); the group is set when the run commits. */
  private static void addSignature(Document doc, SourceDocument source) {
    NearDuplicateSignature signature = NearDuplicateSignature.of(source.title(), source.body());
    doc.add(new BinaryDocValuesField(Fields.DUP_SIGNATURE, new BytesRef(signature.toBytes())));
    doc.add(new NumericDocValuesField(Fields.DUP_GROUP, DuplicateGroups.UNGROUPED));
    doc.add(new NumericDocValuesField(Fields.DUP_HIDDEN, 0));
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

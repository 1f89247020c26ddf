package org.straits.schema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The schema, declared once: every field an engine writes or reads, with its role, analysis,
 * storage, default-query weight, highlighting and facet dimension. Lucene documents, per-field
 * analyzers, query fields and boosts, highlight and stored-field lists, export columns and the
 * index fingerprint are derived from {@link #FIELDS}; a Solr configset can be generated from it.
 * Plain data: no engine types.
 */
public final class Schema {
  public static final String ID = "id";
  public static final String FILE = "file";
  public static final String FILE_HASH = "file_hash";
  public static final String TITLE = "title";
  public static final String BODY = "body";
  public static final String TITLE_CJK = "title_cjk";
  public static final String BODY_CJK = "body_cjk";
  public static final String AUTHOR_TEXT = "author_text";
  public static final String NOTES = "notes";
  public static final String DATE = "date";
  public static final String DATE_DAY = "date_day";
  public static final String AUTHORS = "authors";
  public static final String EDITORS = "editors";
  public static final String SOURCE = "source";
  public static final String LANG = "lang";
  public static final String URL = "url";
  public static final String REGION_IDS = "region_ids";
  public static final String ACTOR_IDS = "actor_ids";
  public static final String ENTITY = "entity";
  public static final String DISCOVERED = "discovered";
  public static final String DISCOVERED_KEY = "discovered_key";
  public static final String INDEXED_AT = "indexed_at";
  public static final String UPDATED = "updated";
  public static final String DUP_SIGNATURE = "dup_sig";
  public static final String DUP_GROUP = "dup_group";
  public static final String DUP_HIDDEN = "dup_hidden";

  /** The score is not a field but is a column of hits and exports. */
  public static final String SCORE_COLUMN = "score";

  /**
   * Bumped when documents are built differently in a way the table does not show (e.g. which
   * text the entity matcher reads); any change of the table changes the fingerprint by itself.
   */
  private static final int LAYOUT = 5;

  /**
   * Every field, in the order the default query lists its fields: title and author get no extra
   * weight over the body (a 3× title boost cost CISI MAP 13%, docs/benchmarks.md); the Han bigram
   * shadows recover Chinese matches smartcn's segmentation misses, below the words; footnotes
   * count a fifth.
   */
  public static final List<FieldSpec> FIELDS = List.of(
      field(ID, FieldRole.KEY, Analysis.KEYWORD, true, false, 0, List.of("id"), false, null, null, ID,
          "unique document id: the id inside the file, else its relative path"),
      field(FILE, FieldRole.BOOKKEEPING, Analysis.KEYWORD, true, false, 0, List.of(), false, null, null, null,
          "source file relative to the source folder: what incremental indexing deletes by"),
      field(FILE_HASH, FieldRole.BOOKKEEPING, Analysis.NONE, true, false, 0, List.of(), false, null, null, null,
          "SHA-256 of the source file at indexing time"),
      field(TITLE, FieldRole.TEXT, Analysis.BILINGUAL, true, false, 1f, List.of("title"), true, null, null, TITLE,
          "the title"),
      field(BODY, FieldRole.TEXT, Analysis.BILINGUAL, true, false, 1f, List.of("body", "text"), true, null, null, null,
          "the text, footnotes removed"),
      field(TITLE_CJK, FieldRole.SHADOW, Analysis.HAN_BIGRAMS, false, false, 0.5f, List.of(), false, TITLE, null, null,
          "Han bigrams of the title (only when it has Han characters)"),
      field(BODY_CJK, FieldRole.SHADOW, Analysis.HAN_BIGRAMS, false, false, 0.5f, List.of(), false, BODY, null, null,
          "Han bigrams of the body (only when it has Han characters)"),
      field(AUTHOR_TEXT, FieldRole.SHADOW, Analysis.BILINGUAL, false, true, 0.5f, List.of("author"), false, AUTHORS,
          null, null, "author names as analysed text, for author: queries"),
      field(NOTES, FieldRole.TEXT, Analysis.BILINGUAL, true, false, 0.2f, List.of("notes"), true, null, null, null,
          "footnotes and references: searchable, weighted low, snippets only when the body has no match"),
      field(DATE, FieldRole.STORED, Analysis.NONE, true, false, 0, List.of(), false, null, FacetDim.DATE, DATE,
          "publication date as yyyy-MM-dd; its facet is the path year/month/day"),
      field(DATE_DAY, FieldRole.DAY, Analysis.NONE, false, false, 0, List.of(), false, null, null, null,
          "publication date as epoch day: range filters and date order"),
      field(AUTHORS, FieldRole.STORED, Analysis.NONE, true, true, 0, List.of(), false, null, FacetDim.AUTHOR, AUTHORS,
          "author names as written"),
      field(EDITORS, FieldRole.STORED, Analysis.NONE, true, true, 0, List.of(), false, null, null, null,
          "editor names, shown on the document page"),
      field(SOURCE, FieldRole.KEYWORD, Analysis.KEYWORD, true, false, 0, List.of("source"), false, null,
          FacetDim.SOURCE, SOURCE, "publishing organisation"),
      field(LANG, FieldRole.KEYWORD, Analysis.KEYWORD, true, false, 0, List.of("lang"), false, null, FacetDim.LANG,
          LANG, "language code (en, zh), given or guessed"),
      field(URL, FieldRole.STORED, Analysis.NONE, true, false, 0, List.of(), false, null, null, URL,
          "where the document was published"),
      field(REGION_IDS, FieldRole.ENTITY_MENTIONS, Analysis.NONE, true, true, 0, List.of(), false, null,
          FacetDim.REGION, "regions", "regions named, as id:count; the facet is the gazetteer path"),
      field(ACTOR_IDS, FieldRole.ENTITY_MENTIONS, Analysis.NONE, true, true, 0, List.of(), false, null,
          FacetDim.ACTOR, "actors", "actors named, as id:count; the facet is the gazetteer path"),
      field(ENTITY, FieldRole.ENTITY_KEY, Analysis.KEYWORD, false, true, 0, List.of(), false, null, null, null,
          "ids of the entities the document names itself, for exact filters"),
      field(DISCOVERED, FieldRole.ENTITY_MENTIONS, Analysis.NONE, true, true, 0, List.of(), false, null, null, null,
          "names no one curated, found at index time (kind and name): root values of the region and actor facets,"
              + " marked unreviewed"),
      field(DISCOVERED_KEY, FieldRole.ENTITY_KEY, Analysis.KEYWORD, false, true, 0, List.of(), false, null, null,
          null, "discovered values as keywords (actor/Zhu Fenglian): the documents a review decision touches"),
      // Feeds and reposts (docs/engine.md): derived values DocumentBuilder and the grouping pass set.
      field(INDEXED_AT, FieldRole.DAY, Analysis.NONE, true, false, 0, List.of(), false, null, null, null,
          "first indexing time of the id, epoch milliseconds (stored and numeric doc values), kept across reindexing"),
      field(UPDATED, FieldRole.DAY, Analysis.NONE, false, false, 0, List.of(), false, null, null, null,
          "max(date, indexed_at) in epoch milliseconds (numeric doc values): what a feed reports and sorts by"),
      // No band-key terms: the 32 LSH bands are derived from the signatures when grouping (7 MB of terms saved).
      field(DUP_SIGNATURE, FieldRole.BINARY, Analysis.NONE, false, false, 0, List.of(), false, null, null, null,
          "near-duplicate MinHash signature (256 bytes: 16 bits of each of 128 minima), binary doc values read"
              + " only while grouping reposts: its 32 LSH bands make documents candidate versions of one story"),
      field(DUP_GROUP, FieldRole.IN_PLACE, Analysis.NONE, false, false, 0, List.of(), false, null, null, null,
          "the story (group of versions) of the document, numeric doc values updated in place; 0 = a story of one"),
      field(DUP_HIDDEN, FieldRole.IN_PLACE, Analysis.NONE, false, false, 0, List.of(), false, null, null, null,
          "1 for a version hidden behind its story's representative, numeric doc values updated in place"));

  private static final Map<String, FieldSpec> BY_NAME =
      FIELDS.stream().collect(Collectors.toMap(FieldSpec::name, f -> f, (a, b) -> a, LinkedHashMap::new));

  private Schema() {}

  private static FieldSpec field(String name, FieldRole role, Analysis analysis, boolean stored, boolean multi,
      float weight, List<String> typed, boolean highlighted, String shadowOf, FacetDim facet, String column,
      String description) {
    return new FieldSpec(name, role, analysis, stored, multi, weight, typed, highlighted, shadowOf, facet, column,
        description);
  }

  public static Optional<FieldSpec> field(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /** Fields a query without a field prefix searches, with their weights, in table order. */
  public static Map<String, Float> queryWeights() {
    Map<String, Float> weights = new LinkedHashMap<>();
    FIELDS.stream().filter(FieldSpec::searched).forEach(f -> weights.put(f.name(), f.weight()));
    return java.util.Collections.unmodifiableMap(weights);
  }

  /** What a reader may type before a colon → the field it searches ({@code author} → author_text). */
  public static Map<String, String> typedFieldNames() {
    Map<String, String> names = new LinkedHashMap<>();
    FIELDS.forEach(f -> f.typedNames().forEach(typed -> names.put(typed, f.name())));
    return java.util.Collections.unmodifiableMap(names);
  }

  /** Stored fields shown with marks, in table order (title, body, notes). */
  public static List<String> highlighted() {
    return FIELDS.stream().filter(FieldSpec::highlighted).map(FieldSpec::name).toList();
  }

  /**
   * A highlighted field and the shadows whose matches it marks too (body → body, body_cjk), in a
   * fixed order, the field first and then its shadows as declared. The order decides passages: a
   * word matched at one place through the field and its shadow is one match per field, merged in
   * this order on a tie, and the passage scorer weighs the word by the first one's frequency in the
   * document. An unordered set made the same build choose other passages from run to run.
   */
  public static Map<String, Set<String>> highlightSources() {
    Map<String, Set<String>> sources = new LinkedHashMap<>();
    for (String field : highlighted()) {
      Set<String> all = new java.util.LinkedHashSet<>(List.of(field));
      FIELDS.stream().filter(f -> field.equals(f.shadowOf())).forEach(f -> all.add(f.name()));
      sources.put(field, java.util.Collections.unmodifiableSet(all));
    }
    return sources;
  }

  /** Stored fields a hit or an exported row is read from. */
  public static Set<String> hitFields() {
    return FIELDS.stream().filter(f -> f.stored() && f.column() != null).map(FieldSpec::name)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** The columns of an export and the fields of a hit, in order; the score last. */
  public static List<String> columns() {
    List<String> columns = new ArrayList<>();
    FIELDS.stream().filter(f -> f.column() != null).forEach(f -> columns.add(f.column()));
    columns.add(SCORE_COLUMN);
    return List.copyOf(columns);
  }

  /** The field that carries a facet dimension's values. */
  public static FieldSpec facetField(FacetDim dim) {
    return FIELDS.stream().filter(f -> f.facet() == dim).findFirst()
        .orElseThrow(() -> new IllegalStateException("no field carries facet " + dim.id()));
  }

  /** Changes whenever the table (or the layout version) does: an index built otherwise is rebuilt. */
  public static String fingerprint() {
    StringBuilder text = new StringBuilder("layout=").append(LAYOUT).append('\n');
    // Everything but the description: rewording a field's explanation needs no rebuild.
    FIELDS.forEach(f -> text.append(List.of(f.name(), f.role(), f.analysis(), f.stored(), f.multiValued(),
        f.weight(), f.typedNames(), f.highlighted(), String.valueOf(f.shadowOf()), String.valueOf(f.facet()),
        String.valueOf(f.column()))).append('\n'));
    for (FacetDim dim : FacetDim.values()) {
      text.append(dim.id()).append(dim.hierarchical()).append(dim.multiValued()).append('\n');
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return LAYOUT + "-" + HexFormat.of().formatHex(hash, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}

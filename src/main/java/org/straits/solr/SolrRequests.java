package org.straits.solr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.straits.schema.FacetDim;
import org.straits.schema.Schema;
import org.straits.search.EntityNames;
import org.straits.search.SearchRequest;
import org.straits.search.SortOrder;

/**
 * The Solr parameters for a {@link SearchRequest}: the translated query, one tagged filter per
 * dimension (so its facet counts can leave it out: multi-select, drill-sideways), the date range,
 * order, page and the JSON facets. Filters follow the embedded engine's rules: values of a
 * dimension OR-ed (AND-ed when the dimension is in allOf), dimensions AND-ed, exclusions removed,
 * regions and actors resolved by any name and including their parts unless exact.
 */
final class SolrRequests {
  /** Only the first and last bytes of a passage mark: the text is escaped by Straits itself. */
  static final String MARK_START = "\u0001";
  static final String MARK_END = "\u0002";

  /**
   * The tag of the filter that leaves out versions hidden behind their story's representative:
   * hits are stories, while the total and every count, leaving it out, are of documents.
   */
  static final String VERSIONS_TAG = "versions";
  /** The JSON facet that counts the matching versions hidden behind a listed story. */
  static final String HIDDEN_FACET = "hidden";

  private final EntityNames entities;

  SolrRequests(EntityNames entities) {
    this.entities = entities;
  }

  /** Filter queries; the request's values were checked by the FilterResolver (unknown ones left out). */
  record Filters(List<String> queries) {}

  Filters filters(SearchRequest request) {
    List<String> queries = new ArrayList<>();
    request.filters().forEach((dim, values) -> {
      List<String> terms = terms(dim, values, request.exactEntities());
      if (!terms.isEmpty()) {
        String op = request.requiresAll(dim) ? "+" : "";
        queries.add("{!tag=" + dim + "}(" + String.join(" ", terms.stream().map(t -> op + t).toList()) + ")");
      }
    });
    request.excluded().forEach((dim, values) -> {
      List<String> terms = terms(dim, values, request.exactEntities());
      if (!terms.isEmpty()) {
        queries.add("(*:* " + String.join(" ", terms.stream().map(t -> "-" + t).toList()) + ")");
      }
    });
    if (request.from() != null || request.to() != null) {
      String from = request.from() == null ? "*" : String.valueOf(request.from().toEpochDay());
      String to = request.to() == null ? "*" : String.valueOf(request.to().toEpochDay());
      queries.add("{!tag=" + FacetDim.DATE.id() + "}" + Schema.DATE_DAY + ":[" + from + " TO " + to + "]");
    }
    if (!request.allVersions()) {
      queries.add("{!tag=" + VERSIONS_TAG + "}(*:* -" + Schema.DUP_HIDDEN + ":1)");
    }
    return new Filters(queries);
  }

  private List<String> terms(String dim, List<String> values, boolean exact) {
    FacetDim facet = FacetDim.of(dim).orElseThrow();
    List<String> terms = new ArrayList<>();
    for (String value : values) {
      StringBuilder term = new StringBuilder();
      if (facet.entity()) {
        if (exact) {
          term.append(Schema.ENTITY).append(':');
          SolrQueryWriter.quoted(entities.idOf(value).orElse(value), term);
        } else {
          term.append(SolrFields.facetField(facet)).append(':');
          SolrQueryWriter.quoted(SolrFields.pathTerm(List.of(entities.facetPath(value))), term);
        }
      } else {
        term.append(SolrFields.facetField(facet)).append(':');
        SolrQueryWriter.quoted(SolrFields.pathTerm(List.of(value)), term);
      }
      terms.add(term.toString());
    }
    return terms;
  }

  /** Relevance, or date with undated documents last; the id last so pages never overlap. */
  static String sort(SortOrder order) {
    return switch (order) {
      case RELEVANCE -> "score desc," + Schema.ID + " asc";
      case NEWEST -> Schema.DATE_DAY + " desc,score desc," + Schema.ID + " asc";
      case OLDEST -> Schema.DATE_DAY + " asc,score desc," + Schema.ID + " asc";
      case ADDED -> Schema.UPDATED + " desc,score desc," + Schema.ID + " asc";
    };
  }

  /** Counts for every dimension, each leaving out its own filter; hierarchies in full (trees, histogram). */
  static String jsonFacets(int limit) {
    return jsonFacets(limit, Map.of());
  }

  /**
   * As {@link #jsonFacets(int)}, and the count of each {@code selected} value of a flat dimension
   * (author, language, source) on its own ({@link #selectedFacet}), so a selected value below the
   * top {@code limit} is listed with its count, as the embedded engine lists it. Hierarchies are
   * counted in full already.
   */
  static String jsonFacets(int limit, Map<String, List<String>> selected) {
    Map<String, String> facets = new LinkedHashMap<>();
    for (FacetDim dim : FacetDim.values()) {
      String field = SolrFields.facetField(dim);
      String shape = dim.hierarchical()
          ? "type:terms,field:" + field + ",limit:-1,mincount:1"
          : "type:terms,field:" + field + ",limit:" + limit + ",mincount:1,prefix:\"0/\",sort:{count:desc}";
      String domain = ",domain:{excludeTags:[\"" + dim.id() + "\",\"" + VERSIONS_TAG + "\"]}}";
      facets.put(dim.id(), "{" + shape + domain);
      List<String> values = dim.hierarchical() ? List.of() : selected.getOrDefault(dim.id(), List.of());
      for (int i = 0; i < values.size(); i++) {
        // A term query: the value is matched as the indexed term, whatever characters it has.
        facets.put(selectedFacet(dim.id(), i), "{type:query,q:" + jsonString("{!term f=" + field + "}"
            + SolrFields.pathTerm(List.of(values.get(i)))) + domain);
      }
    }
    facets.put(HIDDEN_FACET, hiddenFacet());
    StringBuilder json = new StringBuilder("{");
    facets.forEach((dim, facet) -> json.append(json.length() > 1 ? "," : "").append(dim).append(':').append(facet));
    return json.append('}').toString();
  }

  /** The name of the JSON facet counting the {@code i}th selected value of {@code dim}. */
  static String selectedFacet(String dim, int i) {
    return dim + "_selected_" + i;
  }

  /** {@code text} as a JSON string literal. */
  private static String jsonString(String text) {
    StringBuilder json = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else if (c < 0x20) {
        json.append(String.format("\\u%04x", (int) c));
      } else {
        json.append(c);
      }
    }
    return json.append('"').toString();
  }

  /** The count of matching versions hidden behind their story (every filter but the versions' own). */
  static String hiddenFacet() {
    return "{type:query,q:\"" + Schema.DUP_HIDDEN + ":1\",domain:{excludeTags:\"" + VERSIONS_TAG + "\"}}";
  }

  /** Highlighting of title, body and notes on the original text: passages of about 220 characters. */
  static void highlight(ModifiableSolrParams params) {
    params.set("hl", true);
    params.set("hl.method", "unified");
    params.set("hl.fl", String.join(",", Schema.highlighted()));
    params.set("hl.snippets", 3);
    params.set("f." + Schema.TITLE + ".hl.snippets", 1);
    params.set("f." + Schema.NOTES + ".hl.snippets", 1);
    params.set("hl.fragsize", 220);
    params.set("hl.fragsizeIsMinimum", false);
    params.set("hl.fragAlignRatio", "0.5");
    params.set("hl.bs.type", "SENTENCE");
    params.set("hl.bs.language", "");
    params.set("hl.bs.country", "");
    params.set("hl.defaultSummary", true);
    params.set("hl.maxAnalyzedChars", 1_000_000);
    params.set("hl.weightMatches", false);
    params.set("hl.requireFieldMatch", false);
    params.set("hl.offsetSource", "POSTINGS");
    params.set("hl.tag.pre", MARK_START);
    params.set("hl.tag.post", MARK_END);
    params.set("hl.encoder", "");
  }
}

package org.straits.search;

import java.util.List;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.straits.index.FacetDims;
import org.straits.index.Fields;
import org.straits.schema.FacetDim;

/**
 * The Lucene query and order for a {@link SearchRequest}: the user's query, then the filters as
 * drill-down clauses (one per dimension, so drill-sideways counts leave a dimension's own
 * selection out), excluded values as prohibited clauses. Search, facet values and export build
 * their queries here, so they always describe the same documents.
 */
final class RequestQuery {
  private final UserQueryParser parser;
  private final EntityNames entities;
  private final FacetsConfig facetsConfig;

  RequestQuery(UserQueryParser parser, EntityNames entities, FacetsConfig facetsConfig) {
    this.parser = parser;
    this.entities = entities;
    this.facetsConfig = facetsConfig;
  }

  /** The parsed user query (with its notice). */
  UserQueryParser.ParsedQuery parse(SearchRequest request) {
    return parser.parse(request.query());
  }

  /** Query plus facet filters, exclusions and the date range, ready for drill-sideways or a plain search. */
  DrillDownQuery filtered(Query base, SearchRequest request) {
    DrillDownQuery query = new DrillDownQuery(facetsConfig, withoutExcluded(base, request));
    request.filters().forEach((dim, values) -> {
      BooleanQuery.Builder clause = new BooleanQuery.Builder();
      BooleanClause.Occur occur = request.requiresAll(dim) ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD;
      values.forEach(value -> clause.add(valueQuery(dim, value, request.exactEntities()), occur));
      query.add(dim, new ConstantScoreQuery(clause.build()));
    });
    if (request.from() != null || request.to() != null) {
      long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
      long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
      query.add(FacetDims.DATE, LongPoint.newRangeQuery(Fields.DATE_DAY, from, to));
    }
    return query;
  }

  /**
   * The documents listed as hits: with versions collapsed, those not hidden behind their group's
   * representative (a filter on one numeric field, see docs/engine.md).
   */
  static Query listed(Query query, SearchRequest request) {
    if (request.allVersions()) {
      return query;
    }
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.MUST)
        .add(hiddenVersions(), BooleanClause.Occur.MUST_NOT)
        .build();
  }

  /** Versions hidden behind a representative. */
  static Query hiddenVersions() {
    return org.apache.lucene.document.NumericDocValuesField.newSlowExactQuery(Fields.DUP_HIDDEN, 1);
  }

  private Query withoutExcluded(Query base, SearchRequest request) {
    if (request.excluded().isEmpty()) {
      return base;
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(base, BooleanClause.Occur.MUST);
    request.excluded().forEach((dim, values) -> values.forEach(value ->
        query.add(valueQuery(dim, value, request.exactEntities()), BooleanClause.Occur.MUST_NOT)));
    return query.build();
  }

  /**
   * Documents with one value: a region or actor by any of its names, including its parts (the
   * facet path's drill-down term) or, when exact, naming the entity itself (the entity field).
   */
  private Query valueQuery(String dim, String value, boolean exact) {
    boolean entityDim = FacetDim.of(dim).map(FacetDim::entity).orElse(false);
    if (entityDim && exact) {
      String[] path = entities.facetPath(value);
      String id = entities.idOf(path.length == 0 ? value : path[path.length - 1]).orElse(value);
      return new TermQuery(new Term(Fields.ENTITY, id));
    }
    String[] path = entityDim ? entities.facetPath(value) : new String[] {value};
    String indexField = facetsConfig.getDimConfig(dim).indexFieldName;
    return new TermQuery(DrillDownQuery.term(indexField, dim, path));
  }

  /**
   * A total order usable with searchAfter: relevance (score, then doc id) or date with undated
   * documents last, then doc id so pages never repeat or skip a hit.
   */
  static Sort pagingSort(SortOrder order) {
    return switch (order) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, SortField.FIELD_DOC);
      case NEWEST -> dateSort(true, Long.MIN_VALUE);
      case OLDEST -> dateSort(false, Long.MAX_VALUE);
      case ADDED -> new Sort(new SortField(Fields.UPDATED, SortField.Type.LONG, true), SortField.FIELD_SCORE,
          SortField.FIELD_DOC);
    };
  }

  private static Sort dateSort(boolean reverse, long missing) {
    SortField byDate = new SortField(Fields.DATE_DAY, SortField.Type.LONG, reverse);
    byDate.setMissingValue(missing);
    return new Sort(byDate, SortField.FIELD_SCORE, SortField.FIELD_DOC);
  }
}

package org.straits.search;

import java.util.List;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.straits.index.FacetDims;
import org.straits.index.Fields;

/**
 * The Lucene query and order for a {@link SearchRequest}, for the capabilities added next to
 * {@link SearchService} (facet browsing, export). It builds filters exactly as the service does so
 * a facet list or an export always describes the same documents as the result page.
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

  /** Query plus facet filters plus the date range, ready for drill-sideways or a plain search. */
  DrillDownQuery drillDown(Query base, SearchRequest request) {
    DrillDownQuery query = new DrillDownQuery(facetsConfig, base);
    request.filters().forEach((dim, values) -> {
      boolean entityDim = dim.equals(FacetDims.REGION) || dim.equals(FacetDims.ACTOR);
      if (entityDim && request.exactEntities()) {
        query.add(dim, namingAnyOf(values));
        return;
      }
      for (String value : values) {
        query.add(dim, entityDim ? entities.facetPath(value) : new String[] {value});
      }
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

  /** Documents that name one of these entities themselves (the entity field), not their parts. */
  private Query namingAnyOf(List<String> values) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String value : values) {
      String id = entities.idOf(value).orElse(value);
      any.add(new TermQuery(new Term(Fields.ENTITY, id)), BooleanClause.Occur.SHOULD);
    }
    return new ConstantScoreQuery(any.build());
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

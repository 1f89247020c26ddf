package org.straits.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.straits.search.SearchException;
import org.straits.web.RequestParams;

/**
 * Any mix of search parameters and values, known or not, as a browser or a script could send
 * them: a search request, or a {@link SearchException} naming what is wrong (a 400 for the reader).
 */
class RequestParamsFuzzTest {
  private static final List<String> NAMES = List.copyOf(RequestParams.SEARCH);

  @FuzzTest(maxDuration = "60s")
  void anyParametersBecomeARequestOrAReason(FuzzedDataProvider data) {
    Map<String, Deque<String>> query = new LinkedHashMap<>();
    int count = data.consumeInt(0, 12);
    for (int i = 0; i < count; i++) {
      String name = data.consumeBoolean() ? data.pickValue(NAMES) : data.consumeString(12);
      query.computeIfAbsent(name, n -> new ArrayDeque<>()).add(data.consumeString(60));
    }
    try {
      RequestParams.of(query, RequestParams.SEARCH).searchRequest(10);
    } catch (SearchException refused) {
      assertFalse(refused.getMessage().isBlank(), "a refusal says why");
    }
  }
}

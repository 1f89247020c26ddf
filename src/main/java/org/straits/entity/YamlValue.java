package org.straits.entity;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A field value of the gazetteer as written. Scalars keep their source text: YAML 1.1 would read
 * {@code NO} (Norway) or {@code ON} as booleans and {@code 1.50} as a number, but a name is
 * always text.
 *
 * @param text the scalar's source text (SCALAR only)
 * @param items the list's scalar texts, null for an entry that is null or not a scalar (LIST only)
 */
record YamlValue(Shape shape, String text, List<String> items) {

  enum Shape { NULL, SCALAR, LIST, MAPPING }

  /** Reads the value at the parser's current token, leaving the parser on its last token. */
  static YamlValue read(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return new YamlValue(Shape.NULL, null, List.of());
    }
    if (token.isScalarValue()) {
      return new YamlValue(Shape.SCALAR, parser.getText(), List.of());
    }
    if (token == JsonToken.START_ARRAY) {
      List<String> items = new ArrayList<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        JsonToken item = parser.currentToken();
        boolean text = item.isScalarValue() && item != JsonToken.VALUE_NULL;
        items.add(text ? parser.getText() : null);
        parser.skipChildren();
      }
      return new YamlValue(Shape.LIST, null, Collections.unmodifiableList(items));
    }
    parser.skipChildren();
    return new YamlValue(Shape.MAPPING, null, List.of());
  }
}

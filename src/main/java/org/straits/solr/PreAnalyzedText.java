package org.straits.solr;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A field value in the JSON form of Solr's {@code PreAnalyzedField}: the original text to store
 * and the terms Straits' own analyzer made of it, with position increments and offsets into the
 * original text. Solr indexes these terms as they are, so both engines hold the same terms.
 */
final class PreAnalyzedText {
  private static final JsonFactory JSON = new JsonFactory();

  private final Analyzer analyzer;

  /** @param analyzer Straits' per-field analyzer (the one the embedded index is written with) */
  PreAnalyzedText(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** {@code text} analysed as {@code field}; {@code stored} says whether Solr keeps the text. */
  String of(String field, String text, boolean stored) {
    return of(field, text, stored, null);
  }

  /** The same, adding each term to {@code terms} (unless null) as it is written. */
  String of(String field, String text, boolean stored, java.util.Set<String> terms) {
    StringWriter out = new StringWriter(text.length() * 3 + 32);
    try (JsonGenerator json = JSON.createGenerator(out);
        TokenStream stream = analyzer.tokenStream(field, text)) {
      json.writeStartObject();
      json.writeStringField("v", "1");
      if (stored) {
        json.writeStringField("str", text);
      }
      json.writeArrayFieldStart("tokens");
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        json.writeStartObject();
        json.writeFieldName("t");
        json.writeString(term.buffer(), 0, term.length());
        if (terms != null) {
          terms.add(term.toString());
        }
        json.writeNumberField("s", offset.startOffset());
        json.writeNumberField("e", offset.endOffset());
        json.writeNumberField("i", increment.getPositionIncrement());
        json.writeEndObject();
      }
      stream.end();
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing field " + field + " for Solr", e);
    }
    return out.toString();
  }
}

package org.straits.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.form.FormData;
import io.undertow.server.handlers.form.FormDataParser;
import io.undertow.server.handlers.form.FormParserFactory;
import io.undertow.server.handlers.form.MultiPartParserDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** A submitted admin form (URL-encoded or multipart), read with a size cap. */
final class AdminForm {
  private final FormData data;

  private AdminForm(FormData data) {
    this.data = data;
  }

  /** An uploaded file as the browser sent it. */
  record Upload(String name, byte[] content) {}

  static AdminForm read(HttpServerExchange exchange, long maxBytes) throws IOException {
    // Above the per-file cap, so that an oversized file is refused by name rather than cut off.
    exchange.setMaxEntitySize(maxBytes * 4 + 1024 * 1024);
    MultiPartParserDefinition multipart = new MultiPartParserDefinition();
    multipart.setFileSizeThreshold(1024 * 1024);
    multipart.setDefaultEncoding("UTF-8");
    FormParserFactory factory = FormParserFactory.builder(false)
        .addParsers(new io.undertow.server.handlers.form.FormEncodedDataDefinition().setDefaultEncoding("UTF-8"), multipart)
        .build();
    FormDataParser parser = factory.createParser(exchange);
    if (parser == null) {
      throw new WebException(400, "This form was not sent as a form.");
    }
    try {
      return new AdminForm(parser.parseBlocking());
    } catch (IOException e) {
      throw new WebException(413, "The upload is too large or was cut off: " + e.getMessage());
    }
  }

  /** A text field's value, or "" when absent. */
  String text(String name) {
    FormData.FormValue value = data.getFirst(name);
    return value == null || value.isFileItem() ? "" : value.getValue();
  }

  /** Every text field by name (files left out), in the order sent. */
  java.util.Map<String, List<String>> textValues() {
    java.util.Map<String, List<String>> values = new java.util.LinkedHashMap<>();
    for (String name : data) {
      for (FormData.FormValue value : data.get(name)) {
        if (!value.isFileItem()) {
          values.computeIfAbsent(name, n -> new ArrayList<>()).add(value.getValue());
        }
      }
    }
    return values;
  }

  boolean checked(String name) {
    String value = text(name);
    return value.equals("on") || value.equals("true");
  }

  List<Upload> files(String name) throws IOException {
    List<Upload> uploads = new ArrayList<>();
    if (data.get(name) == null) {
      return uploads;
    }
    for (FormData.FormValue value : data.get(name)) {
      if (!value.isFileItem() || value.getFileName() == null || value.getFileName().isBlank()) {
        continue;
      }
      try (InputStream in = value.getFileItem().getInputStream()) {
        uploads.add(new Upload(value.getFileName(), in.readAllBytes()));
      }
    }
    return uploads;
  }
}

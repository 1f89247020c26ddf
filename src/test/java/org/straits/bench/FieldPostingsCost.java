package org.straits.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.codecs.FieldsConsumer;
import org.apache.lucene.codecs.FieldsProducer;
import org.apache.lucene.codecs.PostingsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene104.Lucene104PostingsFormat;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentReadState;
import org.apache.lucene.index.SegmentWriteState;
import org.apache.lucene.store.FSDirectory;
import org.straits.schema.Schema;

/**
 * What the inverted fields cost, field by field: an index copied into one segment whose postings
 * are written per field group under a postings format of the group's own name (Lucene's format
 * underneath), so each group's terms, postings, positions and offsets land in files of their own.
 * Usage: {@code FieldPostingsCost INDEX OUT}.
 */
public final class FieldPostingsCost {
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[1]);
    IndexWriterConfig config = new IndexWriterConfig().setUseCompoundFile(false)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setCodec(new Lucene104Codec() {
          @Override
          public PostingsFormat getPostingsFormatForField(String field) {
            return switch (field) {
              case Schema.BODY -> new Body();
              case Schema.BODY_CJK -> new BodyShadow();
              case Schema.TITLE, Schema.TITLE_CJK -> new Titles();
              default -> new Others();
            };
          }
        });
    try (DirectoryReader in = DirectoryReader.open(FSDirectory.open(Path.of(args[0])));
        IndexWriter writer = new IndexWriter(FSDirectory.open(out), config)) {
      writer.addIndexes(in.leaves().stream().map(LeafReaderContext::reader).map(CodecReader.class::cast)
          .toArray(CodecReader[]::new));
      writer.forceMerge(1);
      writer.commit();
    }
    Map<String, Long> bytes = new TreeMap<>();
    try (Stream<Path> files = Files.list(out)) {
      files.forEach(f -> {
        String name = f.getFileName().toString();
        String group = name.contains("Bench") ? name.substring(name.indexOf("Bench") + 5, name.lastIndexOf('_')) : "(not postings)";
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : name;
        bytes.merge(group + " " + ext, f.toFile().length(), Long::sum);
      });
    }
    bytes.forEach((key, size) -> System.out.printf("%-28s %8.2f MB%n", key, size / 1e6));
    System.out.println("(not postings: stored fields in Lucene's default LZ4, doc values, norms, points)");
  }

  /** Lucene's postings under another name: the name only decides which files a field's postings go to. */
  abstract static class Named extends PostingsFormat {
    private final PostingsFormat delegate = new Lucene104PostingsFormat();

    Named(String name) {
      super(name);
    }

    @Override
    public FieldsConsumer fieldsConsumer(SegmentWriteState state) throws IOException {
      return delegate.fieldsConsumer(state);
    }

    @Override
    public FieldsProducer fieldsProducer(SegmentReadState state) throws IOException {
      return delegate.fieldsProducer(state);
    }
  }

  public static final class Body extends Named {
    public Body() {
      super("BenchBody");
    }
  }

  public static final class BodyShadow extends Named {
    public BodyShadow() {
      super("BenchBodyShadow");
    }
  }

  public static final class Titles extends Named {
    public Titles() {
      super("BenchTitles");
    }
  }

  public static final class Others extends Named {
    public Others() {
      super("BenchOthers");
    }
  }
}

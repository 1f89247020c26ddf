package org.straits.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.straits.index.StraitsCodec;

/**
 * What the stored-field format costs: an index's documents copied into one segment per variant
 * (Lucene's default LZ4, the index's LZ4-HC in chunks of N bytes, DEFLATE in chunks of N bytes),
 * the stored-field files' size of each, and the CPU of reading one random hit's page fields,
 * variants alternating in rounds. Usage: {@code StoredFieldsCost INDEX OUT_PREFIX
 * lz4|CHUNK_BYTES|deflate:CHUNK_BYTES...}.
 */
public final class StoredFieldsCost {
  private static final Set<String> PAGE_FIELDS = Set.of("id", "title", "body", "notes", "date",
      "authors", "source", "url", "lang", "region_ids", "actor_ids", "indexed_at", "dup_group");
  private static final int READS = 20_000;
  private static final int ROUNDS = 5;

  public static void main(String[] args) throws Exception {
    Path source = Path.of(args[0]);
    List<String> variants = List.of(args).subList(2, args.length);
    List<DirectoryReader> readers = new ArrayList<>();
    for (String variant : variants) {
      Path out = Path.of(args[1] + "-" + variant.replace(':', '-'));
      copy(source, out, codec(variant));
      System.out.printf("%s: stored fields %.2f MB%n", variant, storedBytes(out) / 1e6);
      readers.add(DirectoryReader.open(FSDirectory.open(out)));
    }
    double[][] micros = new double[variants.size()][ROUNDS];
    for (int round = 0; round < ROUNDS; round++) {
      for (int v = 0; v < variants.size(); v++) {
        micros[v][round] = readMicros(readers.get(v), round);
      }
    }
    for (int v = 0; v < variants.size(); v++) {
      Arrays.sort(micros[v]);
      System.out.printf("%s: one hit's stored fields, CPU µs: median %.1f (min %.1f, max %.1f)%n",
          variants.get(v), micros[v][ROUNDS / 2], micros[v][0], micros[v][ROUNDS - 1]);
      readers.get(v).close();
    }
  }

  private static Codec codec(String variant) {
    if (variant.equals("lz4")) {
      return new Lucene104Codec();
    }
    if (variant.startsWith("deflate:")) {
      return new DeflateBenchCodec(Integer.parseInt(variant.substring("deflate:".length())));
    }
    return new StraitsCodec(Integer.parseInt(variant));
  }

  private static void copy(Path source, Path out, Codec codec) throws Exception {
    IndexWriterConfig config = new IndexWriterConfig().setCodec(codec).setUseCompoundFile(false)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    try (DirectoryReader in = DirectoryReader.open(FSDirectory.open(source));
        IndexWriter writer = new IndexWriter(FSDirectory.open(out), config)) {
      CodecReader[] leaves = in.leaves().stream().map(LeafReaderContext::reader)
          .map(CodecReader.class::cast).toArray(CodecReader[]::new);
      writer.addIndexes(leaves);
      writer.forceMerge(1);
      writer.commit();
    }
  }

  private static long storedBytes(Path index) throws Exception {
    try (Stream<Path> files = Files.list(index)) {
      return files.filter(f -> f.toString().matches(".*\\.fd[tmx]$")).mapToLong(f -> f.toFile().length()).sum();
    }
  }

  /** Mean CPU µs of one random document's page fields, after as many reads to warm up. */
  private static double readMicros(DirectoryReader reader, int seed) throws Exception {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    StoredFields stored = reader.storedFields();
    Random random = new Random(seed);
    long sink = 0;
    for (int i = 0; i < READS; i++) {
      sink += stored.document(random.nextInt(reader.maxDoc()), PAGE_FIELDS).getFields().size();
    }
    long start = mx.getCurrentThreadCpuTime();
    for (int i = 0; i < READS; i++) {
      sink += stored.document(random.nextInt(reader.maxDoc()), PAGE_FIELDS).getFields().size();
    }
    double micros = (mx.getCurrentThreadCpuTime() - start) / (double) READS / 1000.0;
    return sink < 0 ? -1 : micros;
  }
}

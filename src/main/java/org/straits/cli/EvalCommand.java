package org.straits.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.straits.bench.CorpusFiles;
import org.straits.eval.DrcdFormat;
import org.straits.eval.EvalResult;
import org.straits.config.StraitsConfig;
import org.straits.eval.Evaluator;
import org.straits.eval.QuerySet;
import org.straits.eval.Scores;
import org.straits.eval.ShortQuery;
import org.straits.eval.ShortQueryEvaluator;
import org.straits.eval.SmartFormat;
import org.straits.eval.TestCollection;
import org.straits.eval.TrecFormat;
import org.straits.eval.VocabularyRecall;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    subcommands = {EntitiesEvalCommand.UnderEval.class, DupsEvalCommand.class},
    description = {
      "Measure retrieval quality of Straits and of plain Lucene on test collections.",
      "Reports MAP, nDCG@10, MRR@10, Recall@10 and Recall@100 as trec_eval defines them and writes run "
          + "files under target/eval/. 'eval vocabulary' measures Taiwan words finding mainland documents and "
          + "the reverse (OpenCC-converted copies). 'eval entities' measures region and actor extraction instead (see its --help)."
    })
final class EvalCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "COLLECTION", description = "cisi, drcd, vocabulary, short, trec (default: cisi, drcd, vocabulary and short; trec needs --corpus, --topics, --qrels).")
  List<String> collections = List.of();

  @Option(names = "--cisi", paramLabel = "DIR", description = "Folder with CISI.ALL, CISI.QRY, CISI.REL (default: ../shared/eval/cisi).")
  Path cisi;

  @Option(names = "--drcd", paramLabel = "FILE", description = "DRCD file in SQuAD layout (default: ../shared/eval/drcd/DRCD_dev.json).")
  Path drcd;

  @Option(names = "--cctv", paramLabel = "FILE", description = "vocabulary: mainland JSON Lines corpus (default: ../shared/corpus/cctv-xwlb.jsonl).")
  Path cctv;

  @Option(names = "--corpus", paramLabel = "FILE", description = "trec: JSON Lines corpus in the ingest format.")
  Path corpus;

  @Option(names = "--short-corpus", paramLabel = "FILE", split = ",", description = "short: the corpus files the short-query suite searches (default: ../shared/corpus/guardian.jsonl and cctv-xwlb.jsonl).")
  List<Path> shortCorpus;

  @Option(names = "--topics", paramLabel = "FILE", description = "trec: TREC topics, or JSON Lines queries {\"id\",\"text\"}.")
  Path topics;

  @Option(names = "--qrels", paramLabel = "FILE", description = "trec: TREC qrels (query iteration doc grade).")
  Path qrels;

  @Option(names = "--name", defaultValue = "trec", description = "trec: the collection's name in tables and run files (default: ${DEFAULT-VALUE}).")
  String name;

  @Option(names = "--gazetteer", paramLabel = "FILE", description = "An edited entity gazetteer (default: the built-in one).")
  Path gazetteer;

  @Option(names = "--out", paramLabel = "DIR", description = "Run files and scratch indexes (default: target/eval).")
  Path out;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path outDir = out != null ? out : SharedData.home().resolve("target/eval");
    StraitsConfig settings = CommonOptions.settings(CommonOptions.flag("gazetteer", gazetteer));
    Evaluator evaluator = new Evaluator(outDir.resolve("work"), outDir, settings.gazetteer(), settings.threads());
    PrintWriter err = spec.commandLine().getErr();
    List<EvalResult> results = new ArrayList<>();
    VocabularyRecall.Report vocabulary = null;
    List<ShortQueryEvaluator.LanguageScores> shortScores = new ArrayList<>();
    for (String collection : selected()) {
      err.println("eval: " + collection);
      if (collection.equals("vocabulary")) {
        vocabulary = vocabularyRecall(outDir);
      } else if (collection.equals("short")) {
        shortScores.addAll(new ShortQueryEvaluator(outDir.resolve("work"), gazetteer, Runtime.getRuntime().availableProcessors())
            .evaluate(CorpusFiles.read(shortCorpusFiles()), ShortQuery.builtIn()));
      } else {
        results.addAll(evaluator.evaluate(load(collection)));
      }
    }
    if (!results.isEmpty()) {
      print(spec.commandLine().getOut(), results);
      printScriptCheck(spec.commandLine().getOut(), results);
    }
    if (vocabulary != null) {
      printVocabulary(spec.commandLine().getOut(), vocabulary);
    }
    if (!shortScores.isEmpty()) {
      printShort(spec.commandLine().getOut(), shortScores);
    }
    spec.commandLine().getOut().println("\nRun files: " + outDir);
    return 0;
  }

  private List<String> selected() {
    if (!collections.isEmpty()) {
      return collections;
    }
    return topics != null ? List.of("trec") : List.of("cisi", "drcd", "vocabulary", "short");
  }

  /** Taiwan-vocabulary recall: pairs whose mainland word is in 20+ CCTV documents, 40 documents each. */
  private VocabularyRecall.Report vocabularyRecall(Path outDir) throws java.io.IOException {
    Path file = cctv != null ? cctv : SharedData.require("corpus/cctv-xwlb.jsonl", "--cctv");
    return new VocabularyRecall(outDir.resolve("work"), gazetteer, Runtime.getRuntime().availableProcessors())
        .measure(CorpusFiles.read(List.of(file)), 20, 40);
  }

  private static void printVocabulary(PrintWriter out, VocabularyRecall.Report report) {
    out.printf("%nTaiwan-vocabulary recall (%,d documents indexed: mainland originals and Taiwan copies)%n", report.indexed());
    out.println("| Taiwan | mainland | documents | Taiwan word finds originals | mainland word finds Taiwan copies |");
    out.println("| --- | --- | ---: | ---: | ---: |");
    for (VocabularyRecall.PairRecall pair : report.pairs()) {
      out.printf("| %s | %s | %d | %.3f | %.3f |%n", pair.taiwan(), pair.mainland(), pair.documents(),
          pair.forward(), pair.reverse());
    }
    out.printf("| all %d pairs | | %d | %.3f | %.3f |%n", report.pairs().size(),
        report.pairs().stream().mapToInt(VocabularyRecall.PairRecall::documents).sum(), report.forward(), report.reverse());
  }

  private List<Path> shortCorpusFiles() {
    if (shortCorpus != null && !shortCorpus.isEmpty()) {
      return shortCorpus;
    }
    return List.of(SharedData.require("corpus/guardian.jsonl", "--short-corpus"),
        SharedData.require("corpus/cctv-xwlb.jsonl", "--short-corpus"));
  }

  /** The short-query suite: conjunctive precision@10, highlight coverage and false marks per language. */
  private static void printShort(PrintWriter out, List<ShortQueryEvaluator.LanguageScores> scores) {
    out.println();
    out.println("| short queries | queries | without results | fell back to some words | top-10 hits | conjunctive P@10 (aim ≥ 0.95) | … where some document has all words | query words in snippets | highlight coverage (aim ≥ 0.97) | marks | false marks (aim ≤ 0.02) |");
    out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (ShortQueryEvaluator.LanguageScores s : scores) {
      out.printf("| %s | %d | %d | %d | %d | %.4f | %.4f | %d | %.4f | %d | %.4f |%n", s.lang(), s.queries(), s.withoutResults(),
          s.fellBack(), s.hits(), s.conjunctivePrecision10(), s.conjunctiveWhereAllExist(), s.words(), s.highlightCoverage(),
          s.marks(), s.falseMarks());
    }
  }

  private TestCollection load(String collection) throws java.io.IOException {
    return switch (collection) {
      case "cisi" -> SmartFormat.cisi(cisi != null ? cisi : SharedData.require("eval/cisi", "--cisi"));
      case "drcd" -> DrcdFormat.read(drcd != null ? drcd : SharedData.require("eval/drcd/DRCD_dev.json", "--drcd"));
      case "trec" -> {
        if (corpus == null || topics == null || qrels == null) {
          throw new IllegalArgumentException("the trec collection needs --corpus, --topics and --qrels");
        }
        yield new TestCollection(name, CorpusFiles.read(List.of(corpus)),
            List.of(new QuerySet(name, TrecFormat.queries(topics), TrecFormat.qrels(qrels))));
      }
      default -> throw new IllegalArgumentException("unknown collection '" + collection + "': use cisi, drcd or trec");
    };
  }

  private static void print(PrintWriter out, List<EvalResult> results) {
    out.println("| query set | docs | queries | system | MAP | nDCG@10 | MRR@10 | R@10 | R@100 |");
    out.println("| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |");
    for (EvalResult result : results) {
      Scores straits = result.bySystem().get(Evaluator.STRAITS);
      Scores baseline = result.bySystem().get(Evaluator.BASELINE);
      row(out, result, Evaluator.STRAITS, straits);
      row(out, result, Evaluator.BASELINE, baseline);
      row(out, result, "Straits − baseline", new Scores(straits.map() - baseline.map(),
          straits.ndcg10() - baseline.ndcg10(), straits.mrr10() - baseline.mrr10(),
          straits.recall10() - baseline.recall10(), straits.recall100() - baseline.recall100()));
    }
  }

  /** DRCD's simplified questions must score within 2% of the traditional ones they were converted from. */
  private static void printScriptCheck(PrintWriter out, List<EvalResult> results) {
    Scores traditional = straitsScores(results, "drcd");
    Scores simplified = straitsScores(results, "drcd-simplified");
    if (traditional == null || simplified == null) {
      return;
    }
    double difference = Math.abs(simplified.mrr10() - traditional.mrr10()) / Math.max(traditional.mrr10(), 1e-9);
    out.printf("%nDRCD simplified vs traditional questions, Straits MRR@10: %.4f vs %.4f, %.2f%% apart (must be within 2%%): %s%n",
        simplified.mrr10(), traditional.mrr10(), 100 * difference, difference <= 0.02 ? "ok" : "NOT MET");
  }

  private static Scores straitsScores(List<EvalResult> results, String querySet) {
    return results.stream().filter(r -> r.querySet().equals(querySet)).map(r -> r.bySystem().get(Evaluator.STRAITS))
        .findFirst().orElse(null);
  }

  private static void row(PrintWriter out, EvalResult result, String system, Scores s) {
    out.printf("| %s | %,d | %d | %s | %.4f | %.4f | %.4f | %.4f | %.4f |%n", result.querySet(), result.documents(),
        result.queries(), system, s.map(), s.ndcg10(), s.mrr10(), s.recall10(), s.recall100());
  }
}

package org.straits.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.straits.entity.EntityMatcher;
import org.straits.entity.Gazetteer;
import org.straits.eval.entity.Article;
import org.straits.eval.entity.CctvEvaluation;
import org.straits.entity.discovery.Discovery;
import org.straits.eval.entity.CctvReport;
import org.straits.eval.entity.DiscoveryEvaluation;
import org.straits.eval.entity.TagRecall;
import org.straits.eval.entity.GuardianEvaluation;
import org.straits.eval.entity.GuardianReport;
import org.straits.eval.entity.JsonlCorpus;
import org.straits.eval.entity.JudgementFiles;
import org.straits.eval.entity.Judgement;
import org.straits.eval.entity.SampleTsv;
import org.straits.eval.entity.StoryJudgement;
import org.straits.eval.entity.TagClassifier;
import org.straits.eval.entity.TagMapper;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code straits entities eval} and {@code straits eval entities}: how well the region/actor facets match what texts say. */
@Command(name = "eval", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
    description = {
        "Evaluate region/actor extraction against the Guardian editors' tags and judged samples.",
        "",
        "Guardian: the real matcher runs over title + body; tags are only the answer key. A tag "
            + "counts as a place/person/organisation if the gazetteer knows it as a whole name, "
            + "else unless it is on the curated topic list (entity/eval/topic-tags.txt), has a "
            + "digit or colon (events), or has a lower-case word (sentence-case topics such as "
            + "'World news', 'Japan holidays'); what remains is written like a proper name and "
            + "counts as an entity the gazetteer does not know. Limits: a capitalised topic not "
            + "on the list counts as an unknown entity; place-section tags ('China holidays') "
            + "count as topics.",
        "Recall: (article, entity tag) pairs whose article has the tag's entity as a facet, "
            + "or a descendant of it (facet paths include ancestors: Beijing counts for China); "
            + "the exact figure is printed too. Known-share: of the " + GuardianEvaluation.TOP_TAGS
            + " most frequent entity tags, the share the gazetteer knows. Precision: a seeded "
            + "sample of (article, entity) assignments joined with the judgements file.",
        "CCTV: a seeded sample of stories per --cctv-seed; precision and recall from that "
            + "seed's judgements file (RIGHT/WRONG per assignment, MISSING entities, CHECKED "
            + "stories). Seed 1 was used to choose gazetteer fixes; seed 2 was judged before "
            + "the fixes it prompted and is the more independent figure.",
        "Discovery (names the gazetteer lacks): recall of Guardian tags taken for entities the "
            + "gazetteer does not know that occur verbatim in the article; precision on a seeded "
            + "sample of discovered values, half Guardian, half CCTV, from --discovery-seed's "
            + "judgements file.",
        "Writes guardian samples, tag classes and the CCTV sample to --out."})
class EntitiesEvalCommand implements Callable<Integer> {
  /** The same command as {@code straits eval entities}; one name per place in the command tree. */
  @Command(name = "entities")
  static final class UnderEval extends EntitiesEvalCommand {}

  private static final Path HOME = org.straits.config.StraitsConfig.home();
  private static final Path CORPUS = HOME.resolve("../shared/corpus");
  private static final Path JUDGEMENTS = HOME.resolve("src/test/resources/entity/eval");

  @Option(names = "--gazetteer", paramLabel = "FILE", description = "Gazetteer to evaluate (default: the built-in one).")
  Path gazetteerFile;
  @Option(names = "--guardian", paramLabel = "FILE", description = "Guardian articles (default: <straits.home>/../shared/corpus/guardian.jsonl).")
  Path guardian = CORPUS.resolve("guardian.jsonl");
  @Option(names = "--guardian-tags", paramLabel = "FILE", description = "Guardian tags, the answer key (default: next to the corpus, guardian-tags.jsonl).")
  Path guardianTags = CORPUS.resolve("guardian-tags.jsonl");
  @Option(names = "--cctv", paramLabel = "FILE", description = "CCTV Xinwen Lianbo stories (default: <straits.home>/../shared/corpus/cctv-xwlb.jsonl).")
  Path cctv = CORPUS.resolve("cctv-xwlb.jsonl");
  @Option(names = "--guardian-judgements", paramLabel = "FILE", description = "Judged Guardian sample (default: src/test/resources/entity/eval/guardian-sample-judgements.tsv).")
  Path guardianJudgements = JUDGEMENTS.resolve("guardian-sample-judgements.tsv");
  @Option(names = "--cctv-judgements", paramLabel = "FILE", description = "Judged CCTV sample, used for every CCTV seed (default: per seed, src/test/resources/entity/eval/cctv-sample-judgements.tsv for seed 1, cctv-sample-judgements-seed<N>.tsv for seed N).")
  Path cctvJudgements;
  @Option(names = "--seed", description = "Guardian sample seed (default: ${DEFAULT-VALUE}); judgements are for this seed.")
  long seed = 1;
  @Option(names = "--cctv-seed", split = ",", paramLabel = "SEED", description = "CCTV sample seed(s), each reported on its own (default: 1,2).")
  List<Long> cctvSeeds = List.of(1L, 2L);
  @Option(names = "--sample-size", description = "Items in each sample (default: ${DEFAULT-VALUE}).")
  int sampleSize = 100;
  @Option(names = "--out", paramLabel = "DIR", description = "Where samples and tables go (default: <straits.home>/target/eval).")
  Path out = HOME.resolve("target/eval");
  @Option(names = "--discovery-seed", description = "Discovery sample seed (default: ${DEFAULT-VALUE}); judgements: src/test/resources/entity/eval/discovery-judgements-seed<N>.tsv.")
  long discoverySeed = 1;
  @Option(names = "--only", paramLabel = "CORPUS", description = "guardian, cctv or discovery (default: all).")
  String only;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter o = spec.commandLine().getOut();
    for (Path corpus : List.of(guardian, guardianTags, cctv)) {
      if (!Files.isRegularFile(corpus)) {
        spec.commandLine().getErr().printf("error: no corpus file %s (see --guardian, "
            + "--guardian-tags, --cctv)%n", corpus.toAbsolutePath().normalize());
        return 1;
      }
    }
    Path configured = CommonOptions.settings(CommonOptions.flag("gazetteer", gazetteerFile)).gazetteer();
    Gazetteer gazetteer = configured == null ? Gazetteer.loadDefault() : Gazetteer.load(configured);
    EntityMatcher matcher = new EntityMatcher(gazetteer);
    Files.createDirectories(out);
    o.printf("gazetteer %s (%d entities), seed %d, CCTV seeds %s, sample size %d%n",
        gazetteer.source(), gazetteer.entities().size(), seed, cctvSeeds, sampleSize);
    if (only == null || only.equals("guardian")) {
      guardian(matcher, o);
    }
    if (only == null || only.equals("discovery")) {
      discovery(matcher, o);
    }
    if (only == null || only.equals("cctv")) {
      List<Article> stories = JsonlCorpus.articles(cctv);
      for (long cctvSeed : cctvSeeds) {
        cctv(matcher, stories, cctvSeed, o);
      }
    }
    return 0;
  }

  private void guardian(EntityMatcher matcher, PrintWriter o) throws IOException {
    List<Article> articles = JsonlCorpus.articles(guardian);
    Map<String, List<String>> tags = JsonlCorpus.tags(guardianTags);
    List<Judgement> judgements = Files.isRegularFile(guardianJudgements)
        ? JudgementFiles.guardian(guardianJudgements) : List.of();
    GuardianEvaluation evaluation = new GuardianEvaluation(matcher,
        TagClassifier.withBundledTopics(new TagMapper(matcher)));
    GuardianReport report = evaluation.evaluate(articles, tags, seed, sampleSize, judgements);
    write("entities-sample.tsv", SampleTsv.guardian(report, judgements));
    write("guardian-tag-classes.tsv", SampleTsv.tagTable(tags, evaluation.tagRecall()));
    ReportPrinter.guardian(o, report, out);
  }

  private void cctv(EntityMatcher matcher, List<Article> stories, long cctvSeed, PrintWriter o)
      throws IOException {
    Path file = cctvJudgements != null ? cctvJudgements : cctvJudgementsFor(JUDGEMENTS, cctvSeed);
    List<StoryJudgement> judgements = Files.isRegularFile(file)
        ? JudgementFiles.stories(file) : List.of();
    CctvReport report = new CctvEvaluation(matcher)
        .evaluate(stories, cctvSeed, sampleSize, judgements);
    String suffix = cctvSeed == 1 ? "" : "-seed" + cctvSeed;
    Path sample = out.resolve("cctv-sample" + suffix + ".tsv");
    Path annotated = out.resolve("cctv-sample-stories" + suffix + ".txt");
    write(sample.getFileName().toString(), SampleTsv.cctv(report));
    write(annotated.getFileName().toString(), SampleTsv.annotatedStories(report, matcher));
    ReportPrinter.cctv(o, report, file, sample, annotated);
  }

  private void discovery(EntityMatcher matcher, PrintWriter o) throws IOException {
    Path file = JUDGEMENTS.resolve("discovery-judgements-seed" + discoverySeed + ".tsv");
    List<Judgement> judgements = Files.isRegularFile(file) ? JudgementFiles.guardian(file) : List.of();
    TagRecall tags = new TagRecall(matcher.gazetteer(), TagClassifier.withBundledTopics(new TagMapper(matcher)));
    DiscoveryEvaluation evaluation = new DiscoveryEvaluation(matcher,
        new Discovery(matcher.gazetteer(), java.util.Set.of()), tags);
    long started = System.nanoTime();
    DiscoveryEvaluation.Report report = evaluation.evaluate(JsonlCorpus.articles(guardian),
        JsonlCorpus.tags(guardianTags), JsonlCorpus.articles(cctv), discoverySeed, sampleSize, judgements);
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    String name = "discovery-sample-seed" + discoverySeed + ".tsv";
    write(name, DiscoveryEvaluation.sampleTsv(report, judgements));
    write("discovery-recall.tsv", DiscoveryEvaluation.recallTsv(report));
    ReportPrinter.discovery(o, report, discoverySeed, file, out.resolve(name), seconds);
  }

  /** The judgements file of a CCTV seed: seed 1 keeps the original name. */
  static Path cctvJudgementsFor(Path dir, long cctvSeed) {
    return dir.resolve(cctvSeed == 1 ? "cctv-sample-judgements.tsv"
        : "cctv-sample-judgements-seed" + cctvSeed + ".tsv");
  }

  private void write(String name, String content) throws IOException {
    Files.writeString(out.resolve(name), content, StandardCharsets.UTF_8);
  }
}

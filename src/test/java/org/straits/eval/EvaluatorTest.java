package org.straits.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.straits.Fixtures;

class EvaluatorTest {
  @TempDir Path dir;

  @Test
  void scoresBothSystemsAndWritesRunFiles() throws IOException {
    Evaluator evaluator = new Evaluator(dir.resolve("work"), dir.resolve("runs"), Fixtures.smallGazetteer(), 1);
    List<EvalResult> results = evaluator.evaluate(SmartFormat.cisi(FormatsTest.resource("cisi")));
    assertEquals(1, results.size());
    EvalResult cisi = results.get(0);
    assertEquals(2, cisi.queries());
    assertEquals(List.of(Evaluator.STRAITS, Evaluator.BASELINE), List.copyOf(cisi.bySystem().keySet()));
    // Each judged query's relevant document is the only one sharing its words: both find it first.
    cisi.bySystem().values().forEach(scores -> assertEquals(1.0, scores.mrr10(), 1e-9, scores.toString()));
    List<String> run = Files.readAllLines(dir.resolve("runs/cisi-straits.run"));
    assertTrue(run.get(0).matches("1 Q0 1 1 \\S+ straits"), run.get(0));
    assertTrue(Files.exists(dir.resolve("runs/cisi-plain-lucene.run")));
  }

  @Test
  void traditionalAndSimplifiedQuestionsScoreAlike() throws IOException {
    Evaluator evaluator = new Evaluator(dir.resolve("work"), dir.resolve("runs"), Fixtures.smallGazetteer(), 1);
    List<EvalResult> results = evaluator.evaluate(DrcdFormat.read(FormatsTest.resource("drcd-mini.json")));
    Scores traditional = results.get(0).bySystem().get(Evaluator.STRAITS);
    Scores simplified = results.get(1).bySystem().get(Evaluator.STRAITS);
    assertEquals(traditional.mrr10(), simplified.mrr10(), 1e-9);
    assertEquals(1.0, traditional.mrr10(), 1e-9);
  }
}

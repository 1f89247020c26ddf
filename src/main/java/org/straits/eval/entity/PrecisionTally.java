package org.straits.eval.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Precision of a judged sample.
 *
 * @param unjudged sample items without a judgement: left out of the precision, and reported
 */
public record PrecisionTally(int correct, int wrong, int unjudged) {

  public Ratio precision() {
    return new Ratio(correct, correct + wrong);
  }

  /** Joins the sample with the judgements; judgements of items not in the sample are ignored. */
  public static PrecisionTally of(List<Assignment> sample, List<Judgement> judgements) {
    Map<Assignment, Boolean> verdicts = new HashMap<>();
    for (Judgement judgement : judgements) {
      verdicts.put(judgement.assignment(), judgement.correct());
    }
    int correct = 0;
    int wrong = 0;
    int unjudged = 0;
    for (Assignment item : sample) {
      Boolean verdict = verdicts.get(item);
      if (verdict == null) {
        unjudged++;
      } else if (verdict) {
        correct++;
      } else {
        wrong++;
      }
    }
    return new PrecisionTally(correct, wrong, unjudged);
  }
}

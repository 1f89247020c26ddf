package org.straits.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.straits.entity.Gazetteer;
import org.straits.entity.GazetteerException;

/** An administrator's edited gazetteer either loads or is refused with a line and a reason. */
class GazetteerFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void anyYamlLoadsOrIsRefusedWithAReason(FuzzedDataProvider data) {
    String yaml = data.consumeRemainingAsString();
    try {
      Gazetteer.parse(yaml, "fuzz.yaml");
    } catch (GazetteerException refused) {
      assertFalse(refused.getMessage().isBlank(), "a refusal says why");
    }
  }
}

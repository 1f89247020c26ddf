package org.straits.eval.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JudgementFilesTest {
  @TempDir Path dir;

  @Test
  void readsGuardianJudgementsAndRejectsBadLines() throws IOException {
    Path file = dir.resolve("g.tsv");
    Files.writeString(file, "# comment\narticle_id\tentity_id\tcorrect\twhy\n"
        + "a\ttaiwan\tyes\tplain\nb\tprc\tNo\tperson\n");
    assertEquals(List.of(new Judgement("a", "taiwan", true, "plain"),
        new Judgement("b", "prc", false, "person")), JudgementFiles.guardian(file));
    Files.writeString(file, "a\ttaiwan\tmaybe\n");
    IOException e = assertThrows(IOException.class, () -> JudgementFiles.guardian(file));
    assertTrue(e.getMessage().contains(":1:"), e.getMessage());
  }

  @Test
  void readsStoryJudgements() throws IOException {
    Path file = dir.resolve("c.tsv");
    Files.writeString(file, "story_id\tentity\tkind\twhy\ns\t*\tchecked\t\ns\t加沙\tmissing\tGaza\n");
    List<StoryJudgement> lines = JudgementFiles.stories(file);
    assertEquals(StoryJudgement.Kind.MISSING, lines.get(1).kind());
    assertEquals("加沙", lines.get(1).subject());
  }

  @Test
  void theCommittedJudgementFilesParse() throws IOException {
    Path root = Path.of("src/test/resources/entity/eval");
    assertTrue(JudgementFiles.guardian(root.resolve("guardian-sample-judgements.tsv")).size() >= 100);
    assertTrue(JudgementFiles.stories(root.resolve("cctv-sample-judgements.tsv")).stream()
        .filter(j -> j.kind() == StoryJudgement.Kind.CHECKED).count() == 100);
  }
}

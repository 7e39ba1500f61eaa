package io.aimpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.aimpoint.ml.text.DocumentFrequencies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeywordCorpusFileTest {
  @TempDir Path dataDir;

  @Test
  void the_corpus_statistic_survives_a_restart() throws Exception {
    DocumentFrequencies first = new DocumentFrequencies(1000);
    try (KeywordCorpusFile file = KeywordCorpusFile.open(dataDir, first)) {
      first.addDocument(List.of("golf", "clubs"));
      first.addDocument(List.of("golf", "resort"));
    }

    DocumentFrequencies restarted = new DocumentFrequencies(1000);
    try (KeywordCorpusFile file = KeywordCorpusFile.open(dataDir, restarted)) {
      assertThat(restarted.documentCount()).isEqualTo(2);
      assertThat(restarted.documentFrequency("golf")).isEqualTo(2);
      assertThat(restarted.idf("resort")).isEqualTo(first.idf("resort"));
    }
    assertThat(dataDir.resolve(KeywordCorpusFile.FILE + ".tmp")).doesNotExist();
  }

  @Test
  void an_unreadable_file_is_ignored_and_replaced() throws Exception {
    Path file = dataDir.resolve(KeywordCorpusFile.FILE);
    Files.createDirectories(file.getParent());
    Files.write(file, new byte[] {1, 2, 3});
    DocumentFrequencies corpus = new DocumentFrequencies(1000);

    try (KeywordCorpusFile persisted = KeywordCorpusFile.open(dataDir, corpus)) {
      assertThat(corpus.documentCount()).isZero();
      corpus.addDocument(List.of("golf"));
    }

    DocumentFrequencies again = new DocumentFrequencies(1000);
    KeywordCorpusFile.open(dataDir, again).close();
    assertThat(again.documentCount()).isEqualTo(1);
  }
}

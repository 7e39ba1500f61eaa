package io.aimpoint.cli;

import io.aimpoint.ml.text.DocumentFrequencies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the engine's keyword corpus statistic ({@link DocumentFrequencies}, the idf of TF-IDF)
 * across restarts in one file of the data directory: restored at start, written every {@link
 * #SAVE_INTERVAL} and at close. A write goes to a temporary file that is then renamed over the old
 * one, so a crash leaves the previous or the new snapshot, never half of one. A crash loses at most
 * one interval of document counts, which only nudges idf values; that is why a file beside the
 * stores is enough and no store port is needed.
 */
final class KeywordCorpusFile implements AutoCloseable {
  static final String FILE = "text/keyword-corpus.bin";
  static final Duration SAVE_INTERVAL = Duration.ofMinutes(5);

  private static final Logger log = LoggerFactory.getLogger(KeywordCorpusFile.class);

  private final Path file;
  private final DocumentFrequencies corpus;
  private final ScheduledExecutorService saver;

  private KeywordCorpusFile(Path file, DocumentFrequencies corpus) {
    this.file = file;
    this.corpus = corpus;
    this.saver =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("aimpoint-keyword-corpus").daemon().factory());
  }

  /**
   * Restores {@code corpus} from {@code dataDir}'s file if there is one and schedules the saves.
   *
   * @throws IOException if the file exists but cannot be read
   */
  static KeywordCorpusFile open(Path dataDir, DocumentFrequencies corpus) throws IOException {
    Path file = dataDir.resolve(FILE);
    if (Files.exists(file)) {
      try {
        corpus.restore(Files.readAllBytes(file));
        log.info(
            "Restored the keyword corpus: {} documents, {} terms",
            corpus.documentCount(),
            corpus.vocabularySize());
      } catch (IllegalArgumentException e) {
        // Only idf weights depend on it: start afresh rather than refuse to start.
        log.warn("ignoring an unreadable keyword corpus file {}: {}", file, e.getMessage());
      }
    }
    KeywordCorpusFile persisted = new KeywordCorpusFile(file, corpus);
    long every = SAVE_INTERVAL.toMillis();
    persisted.saver.scheduleWithFixedDelay(
        persisted::saveQuietly, every, every, TimeUnit.MILLISECONDS);
    return persisted;
  }

  /** Writes the current statistic (temporary file, then an atomic rename). */
  void save() {
    try {
      Files.createDirectories(file.getParent());
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.write(tmp, corpus.snapshot());
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private void saveQuietly() {
    try {
      save();
    } catch (RuntimeException e) {
      log.warn("saving the keyword corpus failed; retrying at the next interval", e);
    }
  }

  /** Stops the schedule and saves one last time. */
  @Override
  public void close() {
    saver.shutdownNow();
    saveQuietly();
  }
}

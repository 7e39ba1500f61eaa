package io.aimpoint.ml.registry;

import io.aimpoint.ml.data.ConversionLogLines;
import io.aimpoint.ml.data.ExampleReader;
import io.aimpoint.ml.data.Inputs;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A data file that can be read any number of times (one pass per epoch), reporting how many of its
 * bytes have been read so that progress and ETA can be shown; for a gzipped file these are
 * compressed bytes, which is still proportional to the work done.
 *
 * <p>The file is read as the examples of a {@link ModelTask}: every row labelled by its click
 * (CTR), or for CVR the clicked rows of an impression log labelled by their conversion ({@link
 * ConversionLogLines}).
 *
 * @param path the file
 * @param task whose examples to read from it
 */
public record DataFile(Path path, ModelTask task) {

  public DataFile {
    if (path == null || task == null) {
      throw new IllegalArgumentException("path and task must not be null; path=" + path);
    }
  }

  /** The file read as CTR examples. */
  public DataFile(Path path) {
    this(path, ModelTask.CTR);
  }

  /** The same file read as the examples of {@code newTask}. */
  public DataFile withTask(ModelTask newTask) {
    return new DataFile(path, newTask);
  }

  /** The file's size in bytes. */
  public long sizeBytes() throws IOException {
    return Files.size(path);
  }

  /** An open reader and the count of bytes it has consumed from the file. */
  public record Opened(ExampleReader reader, AtomicLong bytesRead) {}

  /** Opens the file for one pass with the features of {@code spec}. */
  public Opened open(FeatureSpec spec) throws IOException {
    if (!task.supports(spec.format())) {
      throw new IllegalArgumentException(
          "the "
              + task.id()
              + " task needs data that records "
              + task.label()
              + "s (format logs); format="
              + spec.format().id());
    }
    AtomicLong counter = new AtomicLong();
    InputStream counting = new CountingInputStream(Files.newInputStream(path), counter);
    BufferedReader in = Inputs.open(counting);
    if (task == ModelTask.CVR) {
      in = new BufferedReader(new ConversionLogLines(in));
    }
    try {
      return new Opened(spec.reader(in, path.toString()), counter);
    } catch (RuntimeException | Error e) {
      in.close();
      throw e;
    }
  }

  private static final class CountingInputStream extends FilterInputStream {
    private final AtomicLong count;

    CountingInputStream(InputStream in, AtomicLong count) {
      super(in);
      this.count = count;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count.incrementAndGet();
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count.addAndGet(n);
      }
      return n;
    }
  }
}

package io.aimpoint.ml.data;

import java.io.Closeable;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A stream of examples read from a source, one line at a time, in the source's order.
 *
 * <p>Bad lines are skipped and recorded in {@link #report()}; they never end the iteration. An I/O
 * failure of the underlying source (not bad data: a disk error, a truncated gzip stream) surfaces
 * as {@link java.io.UncheckedIOException}. Readers are single-threaded; close them to release the
 * file.
 */
public interface ExampleReader extends Iterator<Example>, Closeable {

  /** What has been read so far; final once {@link #hasNext()} returned false. */
  ReadReport report();

  /** The remaining examples as a sequential stream that closes this reader when closed. */
  default Stream<Example> stream() {
    Spliterator<Example> split =
        Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL);
    return StreamSupport.stream(split, false)
        .onClose(
            () -> {
              try {
                close();
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
  }
}

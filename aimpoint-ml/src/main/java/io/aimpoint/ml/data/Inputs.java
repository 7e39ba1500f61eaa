package io.aimpoint.ml.data;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Opens data files as UTF-8 text, gunzipping transparently. */
public final class Inputs {
  private static final int BUFFER_BYTES = 1 << 16;

  private Inputs() {}

  /**
   * Opens {@code path} for reading text. Gzip is recognised by its magic bytes, not the file name,
   * so a {@code .gz} that is really plain text (or the reverse) still reads. Malformed UTF-8 is
   * replaced with U+FFFD rather than failing the whole file.
   */
  public static BufferedReader open(Path path) throws IOException {
    return open(Files.newInputStream(path));
  }

  /** Like {@link #open(Path)} for a stream; closing the reader closes {@code in}. */
  public static BufferedReader open(InputStream in) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, BUFFER_BYTES);
    buffered.mark(2);
    int b0 = buffered.read();
    int b1 = buffered.read();
    buffered.reset();
    InputStream data = buffered;
    if (b0 == 0x1f && b1 == 0x8b) {
      data = new GZIPInputStream(buffered, BUFFER_BYTES);
    }
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    return new BufferedReader(new InputStreamReader(data, decoder), BUFFER_BYTES);
  }
}

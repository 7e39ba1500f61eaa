package io.aimpoint.ml.registry;

import java.util.Arrays;
import java.util.Locale;

/** The input formats a model can be trained and evaluated on; see {@code io.aimpoint.ml.data}. */
public enum DataFormat {
  /** {@code label idx:val ...}, all features in one field. */
  LIBSVM,
  /** {@code label field:idx:val ...}. */
  LIBFFM,
  /** Criteo display advertising TSV. */
  CRITEO,
  /** Avazu CSV. */
  AVAZU,
  /** Delimited text described by a schema file. */
  CSV,
  /** Aimpoint impression logs (JSON Lines, as the simulator exports them). */
  LOGS;

  /** The lower-case name used on the command line and in manifests. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a format name, case-insensitively. */
  public static DataFormat parse(String id) {
    for (DataFormat f : values()) {
      if (f.id().equalsIgnoreCase(id.strip())) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown format; format="
            + id
            + ", known: "
            + Arrays.stream(values()).map(DataFormat::id).toList());
  }
}

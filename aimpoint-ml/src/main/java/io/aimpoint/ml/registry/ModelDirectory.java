package io.aimpoint.ml.registry;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.aimpoint.ml.deep.DeepCtrModel;
import io.aimpoint.ml.model.CtrModel;
import io.aimpoint.ml.model.FactorizationMachine;
import io.aimpoint.ml.model.FtrlProximal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The on-disk form of one trained model: a directory with {@code model.bin} (the weights, written
 * by the model's own {@code save}) and {@code manifest.json} ({@link Manifest}). Files are written
 * to a temporary name and moved into place atomically, so a reader never sees half a file.
 */
public final class ModelDirectory {
  /** The weights file. */
  public static final String MODEL_FILE = "model.bin";

  /** The manifest file. */
  public static final String MANIFEST_FILE = "manifest.json";

  // NaN metrics (AUC with one class) are legal values here, so they are written as NaN tokens.
  static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private ModelDirectory() {}

  /** Writes {@code model} and {@code manifest} into {@code dir}, creating it. */
  public static void write(Path dir, Manifest manifest, CtrModel model) throws IOException {
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, MODEL_FILE, ".tmp");
    try (OutputStream out = Files.newOutputStream(tmp)) {
      switch (model) {
        case FtrlProximal ftrl -> ftrl.save(out);
        case FactorizationMachine fm -> fm.save(out);
        case DeepCtrModel deep -> deep.save(out);
        default -> throw new IllegalArgumentException("cannot save model; model=" + model);
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    moveAtomically(tmp, dir.resolve(MODEL_FILE));
    writeManifest(dir, manifest);
  }

  /** Replaces the manifest of {@code dir} atomically. */
  public static void writeManifest(Path dir, Manifest manifest) throws IOException {
    writeAtomically(dir.resolve(MANIFEST_FILE), JSON.writeValueAsBytes(manifest));
  }

  /** Reads the manifest of {@code dir}. */
  public static Manifest readManifest(Path dir) throws IOException {
    Path file = dir.resolve(MANIFEST_FILE);
    if (!Files.isRegularFile(file)) {
      throw new IOException("not a model directory (no " + MANIFEST_FILE + "): " + dir);
    }
    Manifest m = JSON.readValue(file.toFile(), Manifest.class);
    if (m.formatVersion() < 1 || m.formatVersion() > Manifest.FORMAT_VERSION) {
      throw new IOException(
          "unsupported manifest format; formatVersion=" + m.formatVersion() + " in " + file);
    }
    return m;
  }

  /** Loads the model of {@code dir} with its calibration. */
  public static TrainedModel read(Path dir) throws IOException {
    Manifest manifest = readManifest(dir);
    try (InputStream in = Files.newInputStream(dir.resolve(MODEL_FILE))) {
      CtrModel raw =
          switch (manifest.kind()) {
            case FTRL -> FtrlProximal.load(in);
            case FM -> FactorizationMachine.load(in);
            case DEEPFM, DCNV2 -> DeepCtrModel.load(in);
          };
      return new TrainedModel(manifest, raw);
    }
  }

  /** Writes {@code bytes} to a temporary file beside {@code target}, then moves it over. */
  static void writeAtomically(Path target, byte[] bytes) throws IOException {
    Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
    try {
      Files.write(tmp, bytes);
      moveAtomically(tmp, target);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
  }

  private static void moveAtomically(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      // Same directory, so this only happens on exotic file systems; still replace the file.
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}

package io.aimpoint.ml.deep;

import ai.djl.engine.Engine;
import java.nio.file.Path;

/**
 * Loads DJL's PyTorch engine strictly offline. The native library comes from the {@code
 * pytorch-native-cpu} jar on the class path and is extracted into DJL's cache; offline mode makes
 * DJL fail instead of downloading anything. Both must be set before the engine first loads, which
 * is why every use of PyTorch goes through {@link #engine()}.
 *
 * <p>The cache is {@code DJL_CACHE_DIR} (system property or environment variable) if set, else
 * {@code <java.io.tmpdir>/aimpoint-djl}, so nothing is written to the user's home directory.
 *
 * <p>PyTorch runs on {@value #DEFAULT_THREADS} thread unless {@code ai.djl.pytorch.num_threads} is
 * set: these networks are small, so a step is dominated by per-operation overhead, and on a shared
 * machine OpenMP's spinning worker threads made a step ten times slower with two threads than with
 * one (measured: DeepFM, 30 fields, batches of 1024, 2 shared cores: 170 ms vs 1.6 s a step).
 */
final class PyTorchRuntime {
  /** The cache directory used when none is configured. */
  static final Path DEFAULT_CACHE = Path.of(System.getProperty("java.io.tmpdir"), "aimpoint-djl");

  /** PyTorch's intra-op threads when not configured. */
  static final int DEFAULT_THREADS = 1;

  private static Engine engine;

  private PyTorchRuntime() {}

  /** The PyTorch engine, loaded once, offline. */
  static synchronized Engine engine() {
    if (engine == null) {
      System.setProperty("ai.djl.offline", "true");
      System.setProperty("offline", "true");
      String cache = System.getProperty("DJL_CACHE_DIR", System.getenv("DJL_CACHE_DIR"));
      if (cache == null) {
        cache = DEFAULT_CACHE.toString();
        System.setProperty("DJL_CACHE_DIR", cache);
      }
      if (System.getProperty("ENGINE_CACHE_DIR", System.getenv("ENGINE_CACHE_DIR")) == null) {
        System.setProperty("ENGINE_CACHE_DIR", cache);
      }
      setIfAbsent("ai.djl.pytorch.num_threads", String.valueOf(DEFAULT_THREADS));
      setIfAbsent("ai.djl.pytorch.num_interop_threads", "1");
      engine = Engine.getEngine("PyTorch");
    }
    return engine;
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}

package io.aimpoint.sim.run;

import io.aimpoint.engine.Stores;
import java.time.Clock;

/**
 * Opens a fresh, empty set of stores for one policy's engine. The simulator never names a store
 * implementation: the CLI passes embedded stores on a temporary directory, tests in-memory ones.
 */
@FunctionalInterface
public interface StoresFactory {

  /**
   * Opens new stores whose time-dependent parts (counter expiry) read {@code clock}.
   *
   * @return the stores and how to release them
   */
  OpenStores open(Clock clock);

  /** Opened stores and the action that closes them (and deletes their files, if any). */
  record OpenStores(Stores stores, Runnable closer) implements AutoCloseable {
    @Override
    public void close() {
      closer.run();
    }
  }
}

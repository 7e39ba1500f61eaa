package io.aimpoint.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a task on many platform threads released at once by a start gate, so that they really
 * contend, and rethrows the first failure.
 */
public final class Concurrently {
  /** A task that knows which of the threads it runs on (0-based). */
  @FunctionalInterface
  public interface ThreadTask {
    void run(int thread) throws Exception;
  }

  private Concurrently() {}

  /** Runs {@code task} on {@code threads} threads; fails if they take longer than a minute. */
  public static void run(int threads, ThreadTask task) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be positive; threads=" + threads);
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch gate = new CountDownLatch(1);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(
            pool.submit(
                () -> {
                  gate.await();
                  task.run(thread);
                  return null;
                }));
      }
      gate.countDown();
      for (Future<?> f : futures) {
        f.get(60, TimeUnit.SECONDS);
      }
    } catch (ExecutionException e) {
      throw new AssertionError("a concurrent task failed: " + e.getCause(), e.getCause());
    } catch (TimeoutException e) {
      throw new AssertionError("concurrent tasks did not finish within 60 s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }
}

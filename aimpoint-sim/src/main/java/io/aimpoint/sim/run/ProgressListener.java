package io.aimpoint.sim.run;

/** Hears how far a simulation is, in simulated minutes of each policy's run. */
public interface ProgressListener {
  /** Ignores everything. */
  ProgressListener NONE = (policy, done, total) -> {};

  /**
   * {@code doneMinutes} of {@code totalMinutes} simulated minutes of {@code policy} are done.
   * Called at most once per simulated minute, from the simulating thread.
   */
  void advanced(String policy, long doneMinutes, long totalMinutes);
}

package io.aimpoint.sim.export;

/** Receives the served impressions of a run, in serving order. */
public interface ImpressionSink extends AutoCloseable {
  /** Drops everything. */
  ImpressionSink NONE =
      new ImpressionSink() {
        @Override
        public void write(ImpressionRecord record) {}

        @Override
        public void close() {}
      };

  void write(ImpressionRecord record);

  @Override
  void close();
}

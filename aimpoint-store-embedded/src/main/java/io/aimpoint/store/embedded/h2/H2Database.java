package io.aimpoint.store.embedded.h2;

import io.aimpoint.core.store.StoreException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * One H2 database with its connection pool, migrated by Flyway on open.
 *
 * <p>Durability: H2 2.x (MVStore) by default stores committed changes from a background thread up
 * to a second later ({@code WRITE_DELAY}), so a killed process would lose them. We open file
 * databases with {@code WRITE_DELAY=0}, which makes every commit write the store's new chunk to the
 * file before {@code commit()} returns: a commit survives SIGKILL of the process. (It is not
 * fsync'd per commit, so an operating-system crash may lose the last moments.)
 */
public final class H2Database implements AutoCloseable {
  private static final int MAX_CONNECTIONS = 32;
  private static final String OPTIONS = ";WRITE_DELAY=0;LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE";

  private final JdbcConnectionPool pool;
  private final Jdbc jdbc;

  private H2Database(String url) {
    this.pool = JdbcConnectionPool.create(url, "aimpoint", "");
    pool.setMaxConnections(MAX_CONNECTIONS);
    this.jdbc = new Jdbc(pool);
    try {
      Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
    } catch (RuntimeException e) {
      pool.dispose();
      throw new StoreException("cannot open or migrate the H2 database at " + url, e);
    }
  }

  /** Opens (creating if needed) the database {@code aimpoint} in {@code dir}. */
  public static H2Database openFile(Path dir) {
    return new H2Database("jdbc:h2:file:" + dir.toAbsolutePath().resolve("aimpoint") + OPTIONS);
  }

  public DataSource dataSource() {
    return pool;
  }

  public Jdbc jdbc() {
    return jdbc;
  }

  /** Shuts the database down cleanly (compacting the file) and closes every pooled connection. */
  @Override
  public void close() {
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement()) {
      s.execute("SHUTDOWN");
    } catch (SQLException e) {
      throw new StoreException("cannot shut down the H2 database", e);
    } finally {
      pool.dispose();
    }
  }
}

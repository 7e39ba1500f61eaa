package io.aimpoint.store.embedded.h2;

import io.aimpoint.core.store.Ledger;
import io.aimpoint.store.embedded.TempDirs;
import io.aimpoint.testkit.contract.LedgerContract;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs the ledger contract on a file database. The contract's jqwik property runs outside JUnit
 * Jupiter, so this test makes and deletes its own directories instead of using {@code @TempDir}.
 */
class H2LedgerTest extends LedgerContract {
  private Path dir;
  private H2Database database;

  @Override
  protected Ledger newLedger() throws Exception {
    dir = Files.createTempDirectory("h2-ledger");
    database = H2Database.openFile(dir);
    return new H2Ledger(database);
  }

  @Override
  protected void cleanUp() throws Exception {
    database.close();
    TempDirs.deleteRecursively(dir);
  }
}

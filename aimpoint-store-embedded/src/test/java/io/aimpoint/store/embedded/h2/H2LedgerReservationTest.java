package io.aimpoint.store.embedded.h2;

import io.aimpoint.core.store.Ledger;
import io.aimpoint.store.embedded.TempDirs;
import io.aimpoint.testkit.contract.LedgerReservationContract;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the ledger reservation contract on a file database, like {@link H2LedgerTest}. */
class H2LedgerReservationTest extends LedgerReservationContract {
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

package io.aimpoint.store.embedded.h2;

import io.aimpoint.core.store.CampaignStore;
import io.aimpoint.testkit.contract.CampaignStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class H2CampaignStoreTest extends CampaignStoreContract {
  @TempDir Path dir;
  private H2Database database;

  @Override
  protected CampaignStore newStore() {
    database = H2Database.openFile(dir);
    return new H2CampaignStore(database);
  }

  @Override
  protected void cleanUp() {
    database.close();
  }
}

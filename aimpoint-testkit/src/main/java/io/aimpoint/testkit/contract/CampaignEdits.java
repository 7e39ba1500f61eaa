package io.aimpoint.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.aimpoint.core.campaign.Advertiser;
import io.aimpoint.core.campaign.Campaign;
import io.aimpoint.core.campaign.Creative;
import io.aimpoint.core.campaign.Status;
import io.aimpoint.core.store.ListQuery;
import io.aimpoint.core.store.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Changed copies of sample objects and paging helpers for {@link CampaignStoreContract}. */
final class CampaignEdits {
  private CampaignEdits() {}

  static <T> List<String> pageAll(
      Function<ListQuery, Page<T>> list, ListQuery query, Function<T, String> id) {
    List<String> out = new ArrayList<>();
    ListQuery q = query;
    for (int guard = 0; guard < 1000; guard++) {
      Page<T> page = list.apply(q);
      page.items().forEach(item -> out.add(id.apply(item)));
      if (page.nextCursor() == null) {
        return out;
      }
      assertThat(page.items()).hasSize(q.limit());
      q = q.after(page.nextCursor());
    }
    throw new AssertionError("paging did not end");
  }

  static <T> List<String> ids(Page<T> page, Function<T, String> id) {
    return page.items().stream().map(id).toList();
  }

  static Advertiser renamed(Advertiser a, long version) {
    return new Advertiser(
        a.id(),
        a.name() + " v" + version,
        a.domain(),
        a.status(),
        a.createdAt(),
        a.updatedAt().plusSeconds(version),
        version);
  }

  static Campaign paused(Campaign c, long version) {
    return c.withStatus(Status.PAUSED)
        .withIdentity(c.id(), c.createdAt(), c.updatedAt().plusSeconds(version), version);
  }

  static Campaign renamedCampaign(Campaign c, String name, long version) {
    return c.withName(name).withIdentity(c.id(), c.createdAt(), c.updatedAt(), version);
  }

  static Creative retitled(Creative c, long version) {
    return c.withTitle(c.title() + " v" + version)
        .withIdentity(c.id(), c.createdAt(), c.updatedAt(), version);
  }

  static Creative withStatus(Creative c, Status status, long version) {
    return c.withStatus(status).withIdentity(c.id(), c.createdAt(), c.updatedAt(), version);
  }
}

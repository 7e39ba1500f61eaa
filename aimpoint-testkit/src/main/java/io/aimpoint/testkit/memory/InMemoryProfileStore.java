package io.aimpoint.testkit.memory;

import io.aimpoint.core.store.ProfileStore;
import io.aimpoint.core.user.UserProfile;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * {@link ProfileStore} on a {@link ConcurrentHashMap}; {@link #update} runs inside {@code compute},
 * which serializes updates of one key. A user without a profile starts from {@code
 * UserProfile.empty(userKey, Instant.EPOCH)}: nothing known since the epoch.
 */
public final class InMemoryProfileStore implements ProfileStore {
  private final ConcurrentHashMap<String, UserProfile> profiles = new ConcurrentHashMap<>();

  @Override
  public Optional<UserProfile> get(String userKey) {
    return Optional.ofNullable(profiles.get(userKey));
  }

  @Override
  public void put(UserProfile profile) {
    Objects.requireNonNull(profile.userKey(), "profile.userKey");
    profiles.put(profile.userKey(), profile);
  }

  @Override
  public UserProfile update(String userKey, UnaryOperator<UserProfile> change) {
    Objects.requireNonNull(userKey, "userKey");
    return profiles.compute(
        userKey,
        (key, old) -> {
          UserProfile base = old != null ? old : UserProfile.empty(key, Instant.EPOCH);
          return checkedResult(key, change.apply(base));
        });
  }

  @Override
  public boolean delete(String userKey) {
    return profiles.remove(userKey) != null;
  }

  @Override
  public void forEach(Consumer<UserProfile> action) {
    profiles.values().forEach(action);
  }

  @Override
  public void close() {}

  static UserProfile checkedResult(String userKey, UserProfile changed) {
    Objects.requireNonNull(changed, "the change returned null for userKey=" + userKey);
    if (!userKey.equals(changed.userKey())) {
      throw new IllegalArgumentException(
          "the change must keep the user key; userKey=" + userKey + " got=" + changed.userKey());
    }
    return changed;
  }
}

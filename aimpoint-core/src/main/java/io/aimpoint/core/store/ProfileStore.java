package io.aimpoint.core.store;

import io.aimpoint.core.user.UserProfile;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * User profiles by pseudonymous user key. {@link #update} is atomic per key: concurrent updates of
 * one user are applied one after another, none lost. Durable when a call returns.
 */
public interface ProfileStore extends AutoCloseable {
  Optional<UserProfile> get(String userKey);

  void put(UserProfile profile);

  /**
   * Applies {@code change} to the stored profile (or to {@code UserProfile.empty} if none) and
   * stores the result; returns it.
   */
  UserProfile update(String userKey, UnaryOperator<UserProfile> change);

  boolean delete(String userKey);

  /**
   * Calls {@code action} once for every stored profile, in no particular order; a profile written
   * during the scan may or may not be seen. Used by batch jobs (audience segments, lookalikes).
   */
  void forEach(Consumer<UserProfile> action);

  @Override
  void close();
}

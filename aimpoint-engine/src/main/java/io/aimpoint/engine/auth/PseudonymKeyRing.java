package io.aimpoint.engine.auth;

import java.util.ArrayList;
import java.util.List;

/**
 * The current pseudonym key and the keys it replaced, newest first. New data is always written
 * under the current key's user key; the previous keys only find data written before a rotation (see
 * docs/profiles.md, "Key rotation"), so that it can be migrated or erased.
 */
public final class PseudonymKeyRing {
  private final Pseudonymizer current;
  private final List<Pseudonymizer> previous;

  /**
   * @param currentKey the key new user keys are made with (at least 16 bytes)
   * @param previousKeys keys used before, newest first; may be empty
   */
  public PseudonymKeyRing(byte[] currentKey, List<byte[]> previousKeys) {
    this.current = new Pseudonymizer(currentKey);
    List<Pseudonymizer> old = new ArrayList<>(previousKeys.size());
    for (byte[] key : previousKeys) {
      old.add(new Pseudonymizer(key));
    }
    this.previous = List.copyOf(old);
  }

  /** The user key of {@code rawUserId} under the current key. */
  public String current(String rawUserId) {
    return current.userKey(rawUserId);
  }

  /** The user keys of {@code rawUserId} under the previous keys, newest first. */
  public List<String> previous(String rawUserId) {
    return previous.stream().map(p -> p.userKey(rawUserId)).toList();
  }

  /** The current user key followed by the previous ones. */
  public List<String> all(String rawUserId) {
    List<String> keys = new ArrayList<>(previous.size() + 1);
    keys.add(current(rawUserId));
    keys.addAll(previous(rawUserId));
    return keys;
  }
}

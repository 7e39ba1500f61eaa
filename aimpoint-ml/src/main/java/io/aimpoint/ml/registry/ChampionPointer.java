package io.aimpoint.ml.registry;

import java.util.ArrayList;
import java.util.List;

/**
 * The content of {@code champion.json}: the current champion and the champions before it, oldest
 * first, so that a rollback can go back more than one step.
 *
 * @param champion the current champion's version
 * @param history earlier champions, oldest first
 */
public record ChampionPointer(int champion, List<Integer> history) {

  public ChampionPointer {
    history = history == null ? List.of() : List.copyOf(history);
  }

  /** The pointer after {@code version} becomes champion. */
  ChampionPointer promote(int version) {
    List<Integer> h = new ArrayList<>(history);
    h.add(champion);
    return new ChampionPointer(version, h);
  }

  /** The pointer after going back to the previous champion; null when there is none. */
  ChampionPointer rollback() {
    if (history.isEmpty()) {
      return null;
    }
    List<Integer> h = new ArrayList<>(history);
    int previous = h.removeLast();
    return new ChampionPointer(previous, h);
  }
}

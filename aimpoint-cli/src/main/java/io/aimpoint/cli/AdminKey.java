package io.aimpoint.cli;

import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The admin API key of one server run and where it came from: the {@code --admin-key} option, the
 * {@code AIMPOINT_ADMIN_KEY} environment variable, or freshly generated (then printed once).
 *
 * @param secret the key as clients send it
 * @param source where it came from; a generated key must be shown to the operator once
 */
public record AdminKey(String secret, Source source) {
  /** Where an admin key came from. */
  public enum Source {
    OPTION,
    ENVIRONMENT,
    GENERATED
  }

  public static final String ENV_VARIABLE = "AIMPOINT_ADMIN_KEY";

  /** Short keys are guessable; 16 characters of a random key are about 96 bits. */
  static final int MIN_LENGTH = 16;

  public AdminKey {
    if (secret == null || secret.isBlank() || secret.strip().length() < MIN_LENGTH) {
      throw new IllegalArgumentException(
          "admin key must have at least "
              + MIN_LENGTH
              + " characters; length="
              + (secret == null ? 0 : secret.strip().length()));
    }
    secret = secret.strip();
    Objects.requireNonNull(source, "source");
  }

  public boolean generated() {
    return source == Source.GENERATED;
  }

  /**
   * The option if given, else the environment variable if set, else a new key from {@code
   * generator}.
   */
  public static AdminKey resolve(
      String option, Map<String, String> environment, Supplier<String> generator) {
    if (option != null && !option.isBlank()) {
      return new AdminKey(option, Source.OPTION);
    }
    String fromEnvironment = environment.get(ENV_VARIABLE);
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return new AdminKey(fromEnvironment, Source.ENVIRONMENT);
    }
    return new AdminKey(generator.get(), Source.GENERATED);
  }

  @Override
  public String toString() {
    return "AdminKey[source=" + source + "]";
  }
}

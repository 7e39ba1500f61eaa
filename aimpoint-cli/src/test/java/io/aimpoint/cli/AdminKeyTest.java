package io.aimpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aimpoint.engine.admin.ApiKeyService;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class AdminKeyTest {
  private final Supplier<String> random = ApiKeyService::newSecret;

  @Test
  void prefers_the_option_over_the_environment() {
    AdminKey key =
        AdminKey.resolve(
            "option-key-0123456789", Map.of("AIMPOINT_ADMIN_KEY", "env-key-0123456789"), random);

    assertThat(key).isEqualTo(new AdminKey("option-key-0123456789", AdminKey.Source.OPTION));
  }

  @Test
  void falls_back_to_the_environment_variable() {
    AdminKey key =
        AdminKey.resolve(null, Map.of("AIMPOINT_ADMIN_KEY", "env-key-0123456789"), random);

    assertThat(key).isEqualTo(new AdminKey("env-key-0123456789", AdminKey.Source.ENVIRONMENT));
  }

  @Test
  void generates_a_distinct_strong_key_when_none_is_configured() {
    AdminKey first = AdminKey.resolve(null, Map.of(), random);
    AdminKey second = AdminKey.resolve("  ", Map.of("AIMPOINT_ADMIN_KEY", ""), random);

    assertThat(first.generated()).isTrue();
    assertThat(first.secret()).startsWith(ApiKeyService.PREFIX).hasSizeGreaterThanOrEqualTo(46);
    assertThat(second.secret()).isNotEqualTo(first.secret());
  }

  @Test
  void rejects_a_short_configured_key_naming_its_length() {
    assertThatThrownBy(() -> AdminKey.resolve("short", Map.of(), random))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("length=5");
  }

  @Test
  void never_shows_the_secret_in_its_string_form() {
    AdminKey key = new AdminKey("very-secret-admin-key", AdminKey.Source.OPTION);

    assertThat(key.toString()).doesNotContain("very-secret");
  }
}

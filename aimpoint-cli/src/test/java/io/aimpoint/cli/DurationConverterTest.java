package io.aimpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class DurationConverterTest {
  private final DurationConverter converter = new DurationConverter();

  @Test
  void reads_milliseconds_seconds_minutes_and_hours() {
    assertThat(converter.convert("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(converter.convert("30s")).isEqualTo(Duration.ofSeconds(30));
    assertThat(converter.convert("2m")).isEqualTo(Duration.ofMinutes(2));
    assertThat(converter.convert(" 1H ")).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void rejects_a_number_without_a_unit_naming_the_value() {
    assertThatThrownBy(() -> converter.convert("30"))
        .isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("'30'");
    assertThatThrownBy(() -> converter.convert("-5s")).isInstanceOf(TypeConversionException.class);
  }
}

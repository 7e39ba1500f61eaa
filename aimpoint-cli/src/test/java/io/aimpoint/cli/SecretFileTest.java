package io.aimpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretFileTest {
  @TempDir Path dir;

  @Test
  void creates_a_secret_of_the_requested_length_on_first_use() throws Exception {
    Path file = dir.resolve("secrets/tracking.key");

    byte[] secret = SecretFile.loadOrCreate(file, 32, new SecureRandom());

    assertThat(secret).hasSize(32);
    assertThat(Files.readAllBytes(file)).isEqualTo(secret);
    assertThat(dir.resolve("secrets")).isDirectoryNotContaining("glob:**.tmp");
  }

  @Test
  void reuses_the_stored_secret_on_later_calls() throws Exception {
    Path file = dir.resolve("pseudonym.key");
    byte[] first = SecretFile.loadOrCreate(file, 32, new SecureRandom());

    byte[] second = SecretFile.loadOrCreate(file, 32, new SecureRandom());

    assertThat(second).isEqualTo(first);
  }

  @Test
  void makes_the_file_and_its_new_directory_private_to_the_owner() throws Exception {
    assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
    Path file = dir.resolve("secrets/tracking.key");

    SecretFile.loadOrCreate(file, 32, new SecureRandom());

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
        .isEqualTo("rwx------");
  }

  @Test
  void refuses_to_replace_a_damaged_secret() throws Exception {
    Path file = dir.resolve("tracking.key");
    Files.write(file, new byte[7]);

    assertThatThrownBy(() -> SecretFile.loadOrCreate(file, 32, new SecureRandom()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("has 7 bytes, expected 32");
    assertThat(Files.readAllBytes(file)).hasSize(7);
  }

  @Test
  void rejects_secrets_too_short_to_be_safe() {
    assertThatThrownBy(() -> SecretFile.loadOrCreate(dir.resolve("k"), 8, new SecureRandom()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was 8");
  }
}

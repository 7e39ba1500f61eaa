package io.aimpoint.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;

/**
 * A random secret kept in one file of the data directory, readable by its owner only (mode 600).
 * Generated on first use and reused afterwards: the pseudonym key must survive restarts, else every
 * stored profile is orphaned, and so must the tracking key, else every tracking link in flight
 * breaks.
 */
public final class SecretFile {
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> OWNER_ONLY_DIR =
      PosixFilePermissions.fromString("rwx------");

  private SecretFile() {}

  /**
   * Reads the secret at {@code path}, or creates it with {@code lengthBytes} bytes from {@code
   * random} if the file does not exist.
   *
   * @throws IllegalStateException if the file exists with another length: a damaged secret is never
   *     silently replaced, since that would invalidate what was derived from it
   */
  public static byte[] loadOrCreate(Path path, int lengthBytes, SecureRandom random)
      throws IOException {
    if (lengthBytes < 16) {
      throw new IllegalArgumentException("secret must have at least 16 bytes; was " + lengthBytes);
    }
    if (!Files.exists(path)) {
      byte[] secret = new byte[lengthBytes];
      random.nextBytes(secret);
      if (create(path, secret)) {
        return secret;
      }
    }
    byte[] secret = Files.readAllBytes(path);
    if (secret.length != lengthBytes) {
      throw new IllegalStateException(
          "secret file "
              + path
              + " has "
              + secret.length
              + " bytes, expected "
              + lengthBytes
              + "; restore it from a backup or delete the data directory");
    }
    return secret;
  }

  /** Writes a new secret atomically; false if another process created the file first. */
  private static boolean create(Path path, byte[] secret) throws IOException {
    Path dir = path.toAbsolutePath().getParent();
    Files.createDirectories(dir, ownerOnly(OWNER_ONLY_DIR));
    Path temp =
        Files.createTempFile(dir, path.getFileName().toString(), ".tmp", ownerOnly(OWNER_ONLY));
    try {
      try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE)) {
        out.write(secret);
      }
      forceToDisk(temp);
      // rename(2) would silently replace a secret another process wrote meanwhile; a hard link
      // fails instead, so two starts on one data dir agree on one secret.
      try {
        Files.createLink(path, temp);
      } catch (FileAlreadyExistsException raced) {
        return false;
      } catch (UnsupportedOperationException noLinks) {
        Files.move(temp, path);
      }
      forceToDisk(dir);
      return true;
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static FileAttribute<?>[] ownerOnly(Set<PosixFilePermission> permissions) {
    boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    return posix
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
        : new FileAttribute<?>[0];
  }

  private static void forceToDisk(Path path) {
    try (var channel =
        FileChannel.open(
            path, Files.isDirectory(path) ? StandardOpenOption.READ : StandardOpenOption.WRITE)) {
      channel.force(true);
    } catch (IOException e) {
      // Some file systems cannot fsync a directory; the file itself was already forced.
    }
  }
}

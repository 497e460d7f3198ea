package com.mesoplan.app;

import com.mesoplan.config.InvalidConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Refuses a PostgreSQL profile with an empty password (health data behind no password), and
 * points the embedded H2 database at {@code <mesoplan.data-dir>/mesoplan}, unless a database URL
 * is set. The data folder is made readable by its owner only; with
 * {@code MESOPLAN_DB_ENCRYPTION_KEY} the database file is encrypted (AES), and a file that does
 * not match the setting (encrypted without a key, or plain with one) stops the start with what
 * to do.
 */
class DataDirectory implements EnvironmentPostProcessor {

  static final String KEY_SETTING = "mesoplan.db.encryption-key (MESOPLAN_DB_ENCRYPTION_KEY)";
  /** How an H2 file encrypted with CIPHER=AES begins. */
  private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment,
      SpringApplication application) {
    refuseUnsafeDatabase(environment);
    Path folder = Path.of(environment.getProperty("mesoplan.data-dir", "./data"))
        .toAbsolutePath().normalize();
    ownerOnly(folder);
    String key = environment.getProperty("mesoplan.db.encryption-key", "").strip();
    if (environment.containsProperty("spring.datasource.url")) {
      if (!key.isEmpty()) {
        throw new InvalidConfigurationException(KEY_SETTING, "encrypts the embedded H2 file "
            + "only, and a database URL is set: encrypt that database by its own means (for "
            + "PostgreSQL, an encrypted disk and POSTGRES_SSLMODE=verify-full) and unset the key");
      }
      return;
    }
    checkKey(key);
    Path file = folder.resolve("mesoplan.mv.db");
    matchesTheFile(file, !key.isEmpty());
    // WRITE_DELAY=0: each commit is written to the file before it returns, so a process that is
    // killed keeps what it acknowledged (H2 otherwise writes committed changes up to 0.5 s later);
    // QUERY_CACHE_SIZE=64: a turn uses more statements than the 8 H2 keeps parsed by default
    String url = "jdbc:h2:file:" + folder.resolve("mesoplan")
        + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;QUERY_CACHE_SIZE=64;CACHE_SIZE=65536;PAGE_SIZE=4096"
        // no trace file: its error entries could quote stored values, unencrypted
        + ";TRACE_LEVEL_FILE=0"
        + (key.isEmpty() ? "" : ";CIPHER=AES");
    environment.getPropertySources().addLast(new MapPropertySource("mesoplan-data-directory",
        Map.of("spring.datasource.url", url)));
    if (!key.isEmpty()) {
      // H2 takes the file's key and the user's password in one, separated by a space
      String password = key + " " + environment.getProperty("spring.datasource.password", "");
      environment.getPropertySources().addFirst(new MapPropertySource("mesoplan-encryption",
          Map.of("spring.datasource.password", password)));
    }
  }

  private static void checkKey(String key) {
    if (!key.isEmpty() && (key.length() < 16 || key.chars().anyMatch(Character::isWhitespace))) {
      throw new InvalidConfigurationException(KEY_SETTING, "must be at least 16 characters "
          + "without spaces (for example: openssl rand -hex 32)");
    }
  }

  private static void matchesTheFile(Path file, boolean keyGiven) {
    if (!Files.isRegularFile(file)) {
      return;
    }
    boolean encrypted;
    try (InputStream in = Files.newInputStream(file)) {
      encrypted = Arrays.equals(in.readNBytes(ENCRYPTED_HEADER.length), ENCRYPTED_HEADER);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (encrypted && !keyGiven) {
      throw new InvalidConfigurationException(file.toString(),
          "the database is encrypted; set " + KEY_SETTING + " to the key it was made with");
    }
    if (!encrypted && keyGiven) {
      throw new InvalidConfigurationException(file.toString(), "the database was made without "
          + "encryption, so " + KEY_SETTING + " cannot open it. Either start afresh in an empty "
          + "folder, or, with mesoplan stopped, export it with H2's Shell (SCRIPT TO "
          + "'<data folder>/export.sql' CIPHER AES PASSWORD '<key>'), move the old file away, "
          + "start once with the key, import (RUNSCRIPT FROM ... CIPHER AES PASSWORD '<key>') "
          + "and delete the export");
    }
  }

  /** Creates the folder for the owner alone, and closes an existing one to everyone else. */
  private static void ownerOnly(Path folder) {
    try {
      Files.createDirectories(folder);
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
      }
    } catch (IOException e) {
      throw new InvalidConfigurationException(folder.toString(),
          "the data folder cannot be created or closed to other users: " + e.getMessage());
    }
  }

  private static void refuseUnsafeDatabase(ConfigurableEnvironment environment) {
    boolean postgres = List.of(environment.getActiveProfiles()).contains("postgres");
    String password = environment.getProperty("spring.datasource.password", "");
    if (postgres && password.isBlank()) {
      throw new InvalidConfigurationException("the environment",
          "the postgres profile needs POSTGRES_PASSWORD: a database of health answers must not "
              + "be reachable without a password");
    }
  }
}

package com.mesoplan;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The databases every persistence test runs against: H2 in a file, and a real PostgreSQL started
 * once per test run from a Maven artifact (each test gets a database of its own).
 */
public final class Databases {

  /** The names the parameterized tests use. */
  public static final String H2 = "h2";
  public static final String POSTGRES = "postgres";

  private static final AtomicInteger NEXT = new AtomicInteger();
  private static EmbeddedPostgres postgres;

  private Databases() {}

  /** Command-line arguments that point the application at a fresh database of that kind. */
  public static List<String> arguments(String kind, Path dataDir) {
    if (kind.equals(H2)) {
      return List.of("--mesoplan.data-dir=" + dataDir);
    }
    String database = "mesoplan_" + NEXT.incrementAndGet();
    EmbeddedPostgres server = server();
    try (Connection connection = server.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("create database " + database);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return List.of("--mesoplan.data-dir=" + dataDir, "--spring.profiles.active=postgres",
        "--spring.datasource.url=jdbc:postgresql://localhost:" + server.getPort() + "/" + database,
        "--spring.datasource.username=postgres", "--spring.datasource.password=postgres");
  }

  private static synchronized EmbeddedPostgres server() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          postgres.close();
        } catch (IOException e) {
          // the test run is ending anyway
        }
      }));
    }
    return postgres;
  }
}

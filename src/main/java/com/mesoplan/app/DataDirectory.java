package com.mesoplan.app;

import com.mesoplan.config.InvalidConfigurationException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Refuses a PostgreSQL profile with an empty password (health data behind no password), and
 * points the embedded H2 database at {@code <mesoplan.data-dir>/mesoplan}, with the folder made
 * absolute (H2 refuses paths relative to the working directory) and every commit written at
 * once, unless a database URL is set.
 */
class DataDirectory implements EnvironmentPostProcessor {

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment,
      SpringApplication application) {
    refuseUnsafeDatabase(environment);
    if (environment.containsProperty("spring.datasource.url")) {
      return;
    }
    Path folder = Path.of(environment.getProperty("mesoplan.data-dir", "./data"))
        .toAbsolutePath().normalize();
    // WRITE_DELAY=0: each commit is written to the file before it returns, so a process that is
    // killed keeps what it acknowledged (H2 otherwise writes committed changes up to 0.5 s later);
    // QUERY_CACHE_SIZE=64: a turn uses more statements than the 8 H2 keeps parsed by default
    String url = "jdbc:h2:file:" + folder.resolve("mesoplan")
        + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;QUERY_CACHE_SIZE=64;CACHE_SIZE=65536;PAGE_SIZE=4096";
    environment.getPropertySources().addLast(new MapPropertySource("mesoplan-data-directory",
        Map.of("spring.datasource.url", url)));
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

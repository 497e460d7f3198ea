package com.mesoplan.app;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mesoplan.MesoplanApplication;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Unsafe combinations stop the start with a message that says what to set. */
class UnsafeStartIT {

  @TempDir
  Path dataDir;

  @Test
  void thePostgresProfileWithoutAPasswordRefusesToStart() {
    assertThatThrownBy(() -> new SpringApplicationBuilder(MesoplanApplication.class).run(
        "--server.port=0", "--management.server.port=0", "--mesoplan.console=false", "--mesoplan.data-dir=" + dataDir,
        "--spring.profiles.active=postgres", "--spring.datasource.password="))
        .hasMessageContaining("the postgres profile needs POSTGRES_PASSWORD");
  }

  @Test
  void anApiKeyInsteadOfItsHashRefusesToStart() {
    assertThatThrownBy(() -> new SpringApplicationBuilder(MesoplanApplication.class).run(
        "--server.port=0", "--management.server.port=0", "--mesoplan.console=false", "--mesoplan.data-dir=" + dataDir,
        "--mesoplan.api.key-sha256=my-plain-secret-key"))
        .rootCause().hasMessageContaining("mesoplan.api.key-sha256")
        .hasMessageContaining("SHA-256 of the API key");
  }

  @Test
  void metricsOnThePublicPortRefuseToStart() {
    assertThatThrownBy(() -> new SpringApplicationBuilder(MesoplanApplication.class).run(
        "--server.port=18089", "--management.server.port=18089", "--mesoplan.console=false",
        "--mesoplan.data-dir=" + dataDir))
        .hasStackTraceContaining("must be a port of its own");
    assertThatThrownBy(() -> new SpringApplicationBuilder(MesoplanApplication.class).run(
        "--server.port=0", "--management.server.port=", "--mesoplan.console=false",
        "--mesoplan.data-dir=" + dataDir))
        .hasStackTraceContaining("must be a port of its own");
  }

  @Test
  void anEncryptionKeyWithADatabaseUrlRefusesToStart() {
    assertThatThrownBy(() -> new SpringApplicationBuilder(MesoplanApplication.class).run(
        "--server.port=0", "--management.server.port=0", "--mesoplan.console=false",
        "--mesoplan.data-dir=" + dataDir, "--mesoplan.db.encryption-key=0123456789abcdefXYZ",
        "--spring.datasource.url=jdbc:h2:mem:other"))
        .hasStackTraceContaining("encrypts the embedded H2 file only");
  }
}

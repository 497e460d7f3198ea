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
}

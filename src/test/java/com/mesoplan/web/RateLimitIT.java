package com.mesoplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every request, however its path is spelt, is rate-limited per client address. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "mesoplan.data-dir=target/it-data/rate", "mesoplan.http.api-requests-per-second=2"})
class RateLimitIT {

  @LocalServerPort
  int port;

  @Test
  void aBurstBeyondTheLimitGets429WithRetryAfter() throws Exception {
    burst("/api/v1/plans", "/api/v1/plans");
  }

  @Test
  void everySpellingOfThePathCountsAgainstTheSameLimit() throws Exception {
    burst("/%61pi/v1/%70lans", "/api/v1/nothing-here");
  }

  private void burst(String path, String otherPath) throws Exception {
    Thread.sleep(2_500); // the bucket is full again, whatever ran before
    HttpClient http = HttpClient.newHttpClient();
    List<Integer> statuses = new ArrayList<>();
    String retryAfter = null;
    for (int i = 0; i < 8; i++) {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(
              URI.create("http://127.0.0.1:" + port + (i % 2 == 0 ? path : otherPath)))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"goal\":\"HYDRATION\",\"severity\":"
              + "\"MILD\",\"skinType\":\"DRY\",\"sensitivity\":\"NORMAL\",\"age\":30}"))
          .build(), HttpResponse.BodyHandlers.ofString());
      statuses.add(response.statusCode());
      if (response.statusCode() == 429) {
        retryAfter = response.headers().firstValue("Retry-After").orElse(null);
      }
    }
    assertThat(statuses.subList(0, 4)).as(statuses.toString()).doesNotContain(429);
    assertThat(statuses).contains(429);
    assertThat(retryAfter).isEqualTo("1");
  }
}

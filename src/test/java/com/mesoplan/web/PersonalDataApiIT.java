package com.mesoplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mesoplan.conversation.ConversationService;
import com.mesoplan.conversation.Incoming;
import com.mesoplan.conversation.StaffLog;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Leads, flags, exports and erasure over HTTP, only with the API key whose hash is configured. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "mesoplan.data-dir=target/it-data/personal-api",
    // SHA-256 of "test-key-9f2c"
    "mesoplan.api.key-sha256=b99f0201a1e363d91fe28cdadccd60be9b1ff4010e9d5235511446900325f1a6"})
class PersonalDataApiIT {

  private static final String KEY = "test-key-9f2c";

  private final HttpClient http = HttpClient.newHttpClient();
  private final JsonMapper json = JsonMapper.builder().build();

  @LocalServerPort
  int port;
  @Autowired
  StaffLog staffLog;
  @Autowired
  ConversationService conversations;

  private HttpResponse<String> call(String method, String path, String authorization)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + port + path)).method(method,
        HttpRequest.BodyPublishers.noBody());
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void withoutTheRightKeyNothingPersonalIsReturned() throws Exception {
    staffLog.lead("console:secret-person", "Goal: Hydration, name Alice Secretname");
    for (String path : new String[] {"/api/v1/leads", "/api/v1/flags",
        "/api/v1/people/console:secret-person"}) {
      for (String authorization : new String[] {null, "Bearer wrong-key", "Basic " + KEY,
          "Bearer " + KEY + "x", "b99f0201a1e363d91fe28cdadccd60be9b1ff4010e9d5235511446900325f1a6"}) {
        HttpResponse<String> response = call("GET", path, authorization);
        assertThat(response.statusCode()).as(path + " with " + authorization).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(response.body()).doesNotContain("Secretname");
      }
    }
    assertThat(call("DELETE", "/api/v1/people/console:secret-person", "Bearer nope")
        .statusCode()).isEqualTo(401);
    assertThat(call("GET", "/api/v1/leads", "Bearer " + KEY).body()).contains("Secretname");
  }

  @Test
  void leadsAndOpenFlagsForTheClinicsSystems() throws Exception {
    staffLog.lead("telegram:4294967302", "Goal: Deep wrinkles (Moderate)");
    staffLog.flag("telegram:4294967302", "SAME_DAY", "severe pain");

    HttpResponse<String> leads = call("GET", "/api/v1/leads?limit=5", "bearer " + KEY);
    assertThat(leads.statusCode()).isEqualTo(200);
    JsonNode newest = json.readTree(leads.body()).get(0);
    assertThat(newest.get("chatId").asString()).isEqualTo("telegram:4294967302");
    assertThat(newest.get("summary").asString()).isEqualTo("Goal: Deep wrinkles (Moderate)");
    assertThat(newest.get("id").asLong()).isPositive();

    JsonNode flags = json.readTree(call("GET", "/api/v1/flags", "Bearer " + KEY).body());
    assertThat(flags.valueStream().map(f -> f.get("symptoms").asString())).contains("severe pain");

    HttpResponse<String> bad = call("GET", "/api/v1/leads?limit=many", "Bearer " + KEY);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(json.readTree(bad.body()).get("field").asString()).isEqualTo("limit");
    assertThat(call("GET", "/api/v1/leads?limit=0", "Bearer " + KEY).statusCode()).isEqualTo(400);
  }

  @Test
  void aPersonsDataIsExportedAndErasedOnRequest() throws Exception {
    String chat = "console:erase-me";
    conversations.handle(chat, new Incoming.Command("start", ""), Optional.of("en"));
    staffLog.lead(chat, "Goal: Hydration");

    JsonNode before = json.readTree(call("GET", "/api/v1/people/" + chat, "Bearer " + KEY).body());
    assertThat(before.get("preConsultation").get("dialog").asString()).startsWith("pre-consultation");
    assertThat(before.get("sharedWithClinic").get("preConsultationsShared").get(0).asString())
        .isEqualTo("Goal: Hydration");

    assertThat(call("DELETE", "/api/v1/people/" + chat, "Bearer " + KEY).statusCode())
        .isEqualTo(204);

    JsonNode after = json.readTree(call("GET", "/api/v1/people/" + chat, "Bearer " + KEY).body());
    assertThat(after.get("preConsultation").isEmpty()).isTrue();
    assertThat(after.get("sharedWithClinic").get("preConsultationsShared").isEmpty()).isTrue();
    assertThat(conversations.handle(chat, new Incoming.Command("plan", ""), Optional.of("en"))
        .toString()).doesNotContain("Goal: Hydration");
  }
}

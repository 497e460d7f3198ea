package com.mesoplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP API over real HTTP: good and bad input, in both languages. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "mesoplan.data-dir=target/it-data/api")
class PlanApiIT {

  private static final String WRINKLES = """
      {"goal":"DEEP_WRINKLES","severity":"MODERATE","skinType":"NORMAL","sensitivity":"NORMAL",
       "cocktail":"PEPTIDES","age":40,"startDate":"2030-06-03"%s}""";

  private final HttpClient http = HttpClient.newHttpClient();
  private final JsonMapper json = JsonMapper.builder().build();

  @LocalServerPort
  int port;

  private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aProfileGetsAPlanWithDatesReasonsAndTheConsultPrompt() throws Exception {
    HttpResponse<String> response = post("/api/v1/plans", WRINKLES.formatted(""));
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode plan = json.readTree(response.body());
    assertThat(plan.get("status").asString()).isEqualTo("OK");
    assertThat(plan.get("loading").get("sessionsMin").asInt()).isEqualTo(4);
    assertThat(plan.get("loading").get("intervalDaysMax").asInt()).isEqualTo(14);
    assertThat(plan.get("maintenance").get("intervalDaysMin").asInt()).isEqualTo(28);
    assertThat(plan.get("sessions")).hasSize(8);
    assertThat(plan.get("sessions").get(0).get("date").asString()).isEqualTo("2030-06-03");
    assertThat(plan.get("sessions").get(7).get("phase").asString()).isEqualTo("MAINTENANCE");
    assertThat(plan.get("reasons").get(0).asString())
        .isEqualTo("Starting point: the clinic’s protocol for Deep wrinkles (Moderate).");
    assertThat(plan.get("consult").asString()).contains("qualified practitioner")
        .contains("Mesoplan Demo Clinic");
  }

  @Test
  void theSamePlanInRussian() throws Exception {
    JsonNode plan = json.readTree(post("/api/v1/plans",
        WRINKLES.formatted(",\"language\":\"ru\"")).body());
    assertThat(plan.get("reasons").get(0).asString())
        .isEqualTo("Исходная точка: протокол клиники для цели «Глубокие морщины», степень "
            + "выраженности — «Умеренно».");
    assertThat(plan.get("consult").asString()).contains("квалифицированному специалисту");
  }

  @Test
  void aHardStopOrAnAgeUnderEighteenGetsAReferralWithoutSchedule() throws Exception {
    for (String extra : new String[] {",\"screening\":[\"PREGNANT_OR_BREASTFEEDING\"]",
        ",\"age\":16"}) {
      String body = WRINKLES.replace("\"age\":40,", "").formatted(extra.contains("age") ? extra
          : extra + ",\"age\":30");
      HttpResponse<String> response = post("/api/v1/plans", body);
      assertThat(response.statusCode()).isEqualTo(200);
      JsonNode plan = json.readTree(response.body());
      assertThat(plan.get("status").asString()).isEqualTo("REFERRED");
      assertThat(plan.get("loading").isNull()).isTrue();
      assertThat(plan.get("maintenance").isNull()).isTrue();
      assertThat(plan.get("sessions")).isEmpty();
      assertThat(plan.get("consult").asString()).contains("practitioner");
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"goal\":                                                        | body",
      "[1,2]                                                             | body",
      "{\"goal\":\"GLOW\",\"severity\":\"MILD\",\"skinType\":\"DRY\",\"sensitivity\":\"NORMAL\",\"age\":30} | goal",
      "{\"goal\":\"HYDRATION\",\"severity\":\"MILD\",\"skinType\":\"DRY\",\"age\":30} | sensitivity",
      "{\"goal\":\"HYDRATION\",\"severity\":\"MILD\",\"skinType\":\"DRY\",\"sensitivity\":\"NORMAL\",\"age\":121} | age",
      "{\"goal\":\"HYDRATION\",\"severity\":\"MILD\",\"skinType\":\"DRY\",\"sensitivity\":\"NORMAL\",\"age\":-1} | age",
      "{\"goal\":\"HYDRATION\",\"severity\":\"MILD\",\"skinType\":\"DRY\",\"sensitivity\":\"NORMAL\",\"age\":\"old\"} | age",
      "{\"goal\":\"HYDRATION\",\"severity\":\"MILD\",\"skinType\":\"DRY\",\"sensitivity\":\"NORMAL\",\"age\":30,\"screening\":[\"FLU\"]} | screening",
      "{\"goal\":\"HYDRATION\",\"severity\":\"MILD\",\"skinType\":\"DRY\",\"sensitivity\":\"NORMAL\",\"age\":30,\"startDate\":\"soon\"} | startDate",
      "{\"goal\":\"HYDRATION\",\"severity\":\"MILD\",\"skinType\":\"DRY\",\"sensitivity\":\"NORMAL\",\"age\":30,\"language\":\"xx\"} | language"})
  void badInputIsA400ProblemNamingTheField(String body, String field) throws Exception {
    HttpResponse<String> response = post("/api/v1/plans", body);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = json.readTree(response.body());
    assertThat(problem.get("field").asString()).isEqualTo(field);
    assertThat(problem.get("detail").asString()).startsWith(field);
  }

  @Test
  void aCheckInOnAReturnedPlanIsAssessedInTheRequestedLanguage() throws Exception {
    String plan = post("/api/v1/plans", WRINKLES.formatted("")).body();
    HttpResponse<String> extend = post("/api/v1/check-ins/assess", """
        {"plan": %s, "report": {"daysSinceSession": 4, "symptoms": ["REDNESS"],
         "symptomDays": 4, "progress": "NO_CHANGE", "sessionsDone": 1}}""".formatted(plan));
    assertThat(extend.statusCode()).isEqualTo(200);
    JsonNode assessment = json.readTree(extend.body());
    assertThat(assessment.get("level").asString()).isEqualTo("EXTEND");
    assertThat(assessment.get("nextIntervalDaysMin").asInt()).isEqualTo(14);
    assertThat(assessment.get("nextIntervalDaysMax").asInt()).isEqualTo(21);

    JsonNode emergency = json.readTree(post("/api/v1/check-ins/assess", """
        {"plan": %s, "language": "ru", "report": {"daysSinceSession": 1,
         "symptoms": ["VISION_CHANGE"], "symptomDays": 1, "progress": "WORSE",
         "sessionsDone": 1}}""".formatted(plan)).body());
    assertThat(emergency.get("level").asString()).isEqualTo("EMERGENCY");
    assertThat(emergency.get("nextIntervalDaysMin").isNull()).isTrue();
    assertThat(emergency.get("advice").get(0).asString())
        .startsWith("Немедленно позвоните 999 (экстренные службы).");
  }

  @Test
  void aBadCheckInReportNamesTheField() throws Exception {
    String plan = post("/api/v1/plans", WRINKLES.formatted("")).body();
    HttpResponse<String> response = post("/api/v1/check-ins/assess", """
        {"plan": %s, "report": {"daysSinceSession": 4, "symptoms": [],
         "symptomDays": 0, "progress": "GREAT", "sessionsDone": 1}}""".formatted(plan));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json.readTree(response.body()).get("field").asString()).isEqualTo("report.progress");
  }

  @Test
  void aBodyOverTheLimitIsA413AndNothingElseHappens() throws Exception {
    HttpResponse<String> response = post("/api/v1/plans", "{\"goal\":\"" + "x".repeat(300_000) + "\"}");
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
  }

  @Test
  void withoutAConfiguredKeyThePersonalDataEndpointsAreSwitchedOff() throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + port + "/api/v1/leads"))
        .header("Authorization", "Bearer anything").GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("MESOPLAN_API_KEY_SHA256");
  }
}

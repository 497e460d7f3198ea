package com.mesoplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mesoplan.conversation.StaffLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests as an attacker would spell them. Raw sockets, so that every byte of the path reaches
 * the server as written (HTTP clients normalise {@code ..}, {@code //} and escapes).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "mesoplan.data-dir=target/it-data/hostile",
    "mesoplan.http.api-requests-per-second=100000",
    // SHA-256 of "test-key-9f2c"
    "mesoplan.api.key-sha256=b99f0201a1e363d91fe28cdadccd60be9b1ff4010e9d5235511446900325f1a6"})
class HostileRequestsIT {

  private static final String KEY = "test-key-9f2c";
  private static final String SECRET_NAME = "Zebulon Secretname";

  @LocalServerPort
  int port;
  @Value("${local.management.port}")
  int managementPort;
  @Autowired
  StaffLog staffLog;

  record Answer(int status, String contentType, String body) {}

  static List<String> spellingsOf(String path) {
    int slash = path.lastIndexOf('/');
    String parent = path.substring(0, slash);
    String last = path.substring(slash + 1);
    String escaped = "%" + Integer.toHexString(last.charAt(0)).toUpperCase() + last.substring(1);
    return List.of(path, parent + "/" + escaped,
        parent + "/" + "%" + Integer.toHexString(last.charAt(0)) + last.substring(1),
        parent + ";x=y/" + last, path + ";jsessionid=1", "/api;a/v1/" + path.substring(8),
        parent + "//" + last, "/" + path, parent + "/./" + last, parent + "/x/../" + last,
        parent + "/%2e/" + last, parent + "/%2E%2E/" + parent.substring(parent.lastIndexOf('/') + 1)
            + "/" + last,
        parent + "%2F" + last, parent + "%2f" + last, parent + "%5C" + last,
        parent + "\\" + last, path.toUpperCase(), path + "/", path + "%20", path + "%00",
        path + "%0a", path + "?x=%00", path + "#frag", parent + "/%252F" + last);
  }

  @Test
  void noSpellingOfAPersonalDataRouteAnswersWithoutTheKey() throws Exception {
    staffLog.lead("telegram:4242", "Goal: Hydration · " + SECRET_NAME);
    List<String> routes = List.of("/api/v1/leads", "/api/v1/flags", "/api/v1/audit",
        "/api/v1/people/telegram:4242");
    List<String> tried = new ArrayList<>();
    for (String route : routes) {
      for (String path : spellingsOf(route)) {
        for (String method : List.of("GET", "DELETE", "POST", "PUT", "HEAD", "OPTIONS")) {
          for (String authorization : new String[] {null, "Bearer wrong-key", "Basic " + KEY,
              "Bearer " + KEY + "x", "Bearer " + KEY.toUpperCase(), "Bearer"}) {
            Answer answer = send(port, method, path, authorization, null);
            tried.add(method + " " + path);
            assertThat(answer.status()).as(method + " " + path + " with " + authorization)
                .isBetween(400, 499);
            assertThat(answer.body()).doesNotContain("Secretname");
            if (!method.equals("HEAD")) {
              assertThat(answer.contentType()).as(method + " " + path)
                  .startsWith("application/problem+json");
            }
          }
        }
      }
    }
    assertThat(tried).hasSizeGreaterThan(500);
    assertThat(send(port, "GET", "/api/v1/leads", "Bearer " + KEY, null).body())
        .contains("Secretname");
    assertThat(send(port, "GET", "/api/v1/%6Ceads", "Bearer " + KEY, null).body())
        .as("the key opens the route however it is spelt").contains("Secretname");
  }

  @Test
  void aMalformedPersonIdIsA400EvenWithTheKey() throws Exception {
    assertThat(send(port, "GET", "/api/v1/people/telegram:abc", "Bearer " + KEY, null).body())
        .as("a well-formed id nobody has: an empty export, not an error")
        .contains("\"preConsultation\":{}");
    for (String id : List.of("telegram:" + "9".repeat(70), "x".repeat(300),
        "telegram:1%20or%201=1", "%E2%80%AEtelegram:1")) {
      for (String method : List.of("GET", "DELETE")) {
        Answer answer = send(port, method, "/api/v1/people/" + id, "Bearer " + KEY, null);
        assertThat(answer.status()).as(method + " " + id).isEqualTo(400);
        assertThat(answer.body()).contains("\"field\":\"chatId\"");
      }
    }
  }

  @Test
  void theWebsiteChatOpensNoChatItDidNotMakeAndNoOddSpellingReachesIt() throws Exception {
    Answer started = send(port, "POST", "/chat/start", null, "");
    assertThat(started.status()).isEqualTo(200);
    String key = started.body().replaceAll(".*\"key\":\"([^\"]+)\".*", "$1");
    assertThat(key).hasSize(43);
    String forged = "A".repeat(43);
    for (String bad : List.of(forged, key + "x", "", "../" + key)) {
      assertThat(send(port, "POST", "/chat/messages", null, "{\"key\":\"" + bad
          + "\",\"id\":\"abcdefgh12\",\"text\":\"hello\"}").status()).as(bad).isEqualTo(403);
      assertThat(send(port, "POST", "/chat/stream", null, "{\"key\":\"" + bad
          + "\",\"after\":0}").status()).as(bad).isEqualTo(403);
      assertThat(send(port, "POST", "/chat/files/1", null, "{\"key\":\"" + bad + "\"}")
          .status()).as(bad).isEqualTo(404);
    }
    Answer tooLong = send(port, "POST", "/chat/messages", null, "{\"key\":\"" + key
        + "\",\"id\":\"abcdefgh12\",\"text\":\"" + "x".repeat(5000) + "\"}");
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.body()).contains("1 to 4096 characters");
    assertThat(send(port, "POST", "/chat/messages", null, "{\"key\":\"" + key
        + "\",\"id\":\"../../x\",\"text\":\"hi\"}").status()).isEqualTo(400);
    for (String path : List.of("/CHAT/start", "/chat;x/start", "//chat/start",
        "/chat/%2e%2e/api/v1/leads", "/chat/../api/v1/leads", "/chat/start/",
        "/chat/files/1;x")) {
      Answer answer = send(port, "POST", path, null, "{\"key\":\"" + key + "\"}");
      assertThat(answer.status()).as(path).isBetween(400, 499);
      assertThat(answer.body()).as(path).doesNotContain("\"key\"");
    }
    // the request's Host is 127.0.0.1 (port 80), as the page's origin
    assertThat(exchange(port, "POST", "/chat/start", null, new byte[0],
        "Origin: http://127.0.0.1").status())
        .as("the chat's own page at /chat/ needs no listed origin").isEqualTo(200);
    assertThat(send(port, "GET", "/chat/", null, null).body()).contains("/chat/widget.js");
    assertThat(send(port, "GET", "/chat/widget.js", null, null).status()).isEqualTo(200);
    for (String path : List.of("/chat/start", "/%63hat/start", "/chat/%73tart")) {
      Answer foreign = exchange(port, "POST", path, null, new byte[0],
          "Origin: https://evil.example");
      assertThat(foreign.status()).as("a website not in MESOPLAN_WEB_CHAT_ORIGINS: " + path)
          .isEqualTo(403);
    }
  }

  @Test
  void noActuatorPathIsServedOnThePublicPort() throws Exception {
    for (String endpoint : List.of("", "/prometheus", "/health", "/health/liveness",
        "/health/readiness", "/metrics", "/env", "/beans", "/configprops", "/heapdump",
        "/threaddump", "/loggers", "/mappings", "/scheduledtasks", "/info", "/shutdown")) {
      for (String path : List.of("/actuator" + endpoint, "/%61ctuator" + endpoint,
          "/actuator;x" + endpoint, "//actuator" + endpoint, "/ACTUATOR" + endpoint,
          "/actuator" + endpoint + "/", "/x/../actuator" + endpoint)) {
        for (String method : List.of("GET", "POST")) {
          Answer answer = send(port, method, path, "Bearer " + KEY, method.equals("POST")
              ? "{}" : null);
          assertThat(answer.status()).as(method + " " + path).isBetween(400, 499);
          assertThat(answer.body()).doesNotContain("mesoplan_").doesNotContain("jvm_");
        }
      }
    }
  }

  @Test
  void healthStaysOnThePublicPortAsStatusOnlyAndMetricsMoveToTheManagementPort()
      throws Exception {
    for (String probe : List.of("/livez", "/readyz")) {
      Answer answer = send(port, "GET", probe, null, null);
      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.body()).isEqualTo("{\"status\":\"UP\"}");
    }
    Answer metrics = send(managementPort, "GET", "/actuator/prometheus", null, null);
    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    assertThat(send(managementPort, "GET", "/api/v1/leads", "Bearer " + KEY, null).status())
        .as("the management port serves no API").isBetween(400, 499);
  }

  @Test
  void everyMalformedBodyIsA400NamingTheProblemNeverA500() throws Exception {
    String profile = "\"goal\":\"HYDRATION\",\"severity\":\"MILD\",\"skinType\":\"DRY\","
        + "\"sensitivity\":\"NORMAL\"";
    String deep = "[".repeat(500) + "]".repeat(500);
    List<String[]> cases = List.of(
        new String[] {"{" + profile + ",\"age\":99999999999999999999999}", "age"},
        new String[] {"{" + profile + ",\"age\":9223372036854775808}", "age"},
        new String[] {"{" + profile + ",\"age\":-9223372036854775809}", "age"},
        new String[] {"{" + profile + ",\"age\":1e400}", "age"},
        new String[] {"{" + profile + ",\"age\":-1e400}", "age"},
        new String[] {"{" + profile + ",\"age\":\"30\"}", "age"},
        new String[] {"{" + profile + ",\"age\":30.0000000001}", "age"},
        new String[] {"{" + profile + ",\"age\":true}", "age"},
        new String[] {"{" + profile + ",\"age\":30} trailing", "body"},
        new String[] {"{" + profile + ",\"age\":30}{}", "body"},
        new String[] {"{" + profile + ",\"age\":30},", "body"},
        new String[] {"{" + profile + ",\"age\":30,\"startDate\":\"+999999999-12-31\"}",
            "startDate"},
        new String[] {"{" + profile + ",\"age\":30,\"startDate\":\"-999999999-01-01\"}",
            "startDate"},
        new String[] {"{" + profile + ",\"age\":30,\"startDate\":\"2027-02-30\"}", "startDate"},
        new String[] {"{" + profile + ",\"age\":30,\"startDate\":\"9999-12-31\"}", "startDate"},
        new String[] {"{" + profile + ",\"age\":30,\"startDate\":20270301}", "startDate"},
        new String[] {"{" + profile + ",\"age\":30,\"extra\":" + deep + "}", "body"},
        new String[] {deep, "body"},
        new String[] {"{" + profile + ",\"age\":30,\"language\":\"" + "e".repeat(100_000)
            + "\"}", "body"},
        new String[] {"{" + profile + ",\"age\":30,\"language\":\"" + "e".repeat(5_000)
            + "\"}", "language"},
        new String[] {"{" + profile + ",\"age\":" + "9".repeat(5_000) + "}", "body"},
        new String[] {"{" + profile + ",\"age\":30,\"otherProcedures\":\"LASER\"}",
            "otherProcedures"},
        new String[] {"{" + profile + ",\"age\":30,\"screening\":[null]}", "screening"},
        new String[] {"[]", "body"}, new String[] {"null", "body"}, new String[] {"\"\"", "body"},
        new String[] {"{\"goal\":", "body"});
    for (String[] malformed : cases) {
      Answer answer = send(port, "POST", "/api/v1/plans", null, malformed[0]);
      String what = malformed[0].substring(0, Math.min(120, malformed[0].length()));
      assertThat(answer.status()).as(what).isEqualTo(400);
      assertThat(answer.contentType()).as(what).startsWith("application/problem+json");
      assertThat(answer.body()).as(what).contains("\"field\":\"" + malformed[1] + "\"");
    }
    byte[] notUtf8 = ("{" + profile + ",\"age\":30,\"language\":\"e\u0000n\"}")
        .getBytes(StandardCharsets.UTF_8);
    notUtf8[notUtf8.length - 5] = (byte) 0xff;
    Answer garbled = sendBytes(port, "POST", "/api/v1/plans", notUtf8);
    assertThat(garbled.status()).isEqualTo(400);
    assertThat(garbled.body()).contains("UTF-8").contains("\"field\":\"body\"");
  }

  @Test
  void theCheckInAssessmentRefusesOutOfRangeDatesAndNumbersToo() throws Exception {
    String plan = "{\"status\":\"OK\",\"loading\":{\"sessionsMin\":3,\"sessionsMax\":4,"
        + "\"intervalDaysMin\":14,\"intervalDaysMax\":21},\"maintenance\":{\"intervalDaysMin\":30,"
        + "\"intervalDaysMax\":45},\"sessions\":[{\"date\":\"%s\",\"phase\":\"LOADING\"}]}";
    String report = "{\"daysSinceSession\":%s,\"symptoms\":[],\"symptomDays\":0,"
        + "\"progress\":\"IMPROVED\",\"sessionsDone\":1}";
    for (String[] bad : List.of(
        new String[] {plan.formatted("+999999999-12-31"), report.formatted("1")},
        new String[] {plan.formatted("2027-02-30"), report.formatted("1")},
        new String[] {plan.formatted("2027-03-01"), report.formatted("1e400")},
        new String[] {plan.formatted("2027-03-01"), report.formatted("18446744073709551616")})) {
      Answer answer = send(port, "POST", "/api/v1/check-ins/assess", null,
          "{\"plan\":" + bad[0] + ",\"report\":" + bad[1] + "}");
      assertThat(answer.status()).as(bad[0] + bad[1]).isEqualTo(400);
      assertThat(answer.body()).contains("\"field\"");
    }
  }

  private static Answer send(int port, String method, String path, String authorization,
      String body) throws IOException {
    return exchange(port, method, path, authorization,
        body == null ? null : body.getBytes(StandardCharsets.UTF_8));
  }

  private static Answer sendBytes(int port, String method, String path, byte[] body)
      throws IOException {
    return exchange(port, method, path, null, body);
  }

  private static Answer exchange(int port, String method, String path, String authorization,
      byte[] body, String... headers) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\n"
          + "Host: 127.0.0.1\r\nConnection: close\r\n");
      for (String header : headers) {
        head.append(header).append("\r\n");
      }
      if (authorization != null) {
        head.append("Authorization: ").append(authorization).append("\r\n");
      }
      if (body != null) {
        head.append("Content-Type: application/json\r\nContent-Length: ")
            .append(body.length).append("\r\n");
      }
      OutputStream out = socket.getOutputStream();
      out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
      if (body != null) {
        out.write(body);
      }
      out.flush();
      InputStream in = socket.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return parse(response);
    }
  }

  private static Answer parse(String response) {
    int status = Integer.parseInt(response.substring(9, 12));
    int end = response.indexOf("\r\n\r\n");
    String headers = response.substring(0, end).toLowerCase();
    String contentType = headers.lines().filter(l -> l.startsWith("content-type:"))
        .map(l -> l.substring(13).strip()).findFirst().orElse("");
    String body = response.substring(end + 4);
    if (headers.contains("transfer-encoding: chunked")) {
      body = unchunk(body);
    }
    return new Answer(status, contentType, body);
  }

  private static String unchunk(String chunked) {
    StringBuilder body = new StringBuilder();
    int at = 0;
    while (true) {
      int lineEnd = chunked.indexOf("\r\n", at);
      int size = Integer.parseInt(chunked.substring(at, lineEnd).strip(), 16);
      if (size == 0) {
        return body.toString();
      }
      body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
      at = lineEnd + 2 + size + 2;
    }
  }
}

package com.mesoplan.channel.telegram;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load benchmark: mesoplan as its own process in webhook mode against a fake Bot API on
 * 127.0.0.1, fed by {@code connections} concurrent senders; each chat sends /start and then one
 * answer per question, in order, waiting for each 200. Prints updates per second, latency
 * percentiles, peak RSS and CPU of the mesoplan process, and when every reply had reached the
 * fake Bot API. Run: see docs/BENCHMARKS.md.
 */
public final class WebhookLoad {

  private static final String SECRET = "load-benchmark";
  private static final List<String> DIALOG = List.of("/start", "1", "4", "7", "4", "2", "2", "2",
      "3");
  /** -Dload.answers=N stops each chat after its first N updates, leaving it in progress. */
  private static final List<String> ANSWERS = DIALOG.subList(0,
      Integer.getInteger("load.answers", DIALOG.size()));

  public static void main(String[] args) throws Exception {
    int chats = Integer.parseInt(args.length > 0 ? args[0] : "2000");
    int connections = Integer.parseInt(args.length > 1 ? args[1] : "40");
    String jar = args.length > 2 ? args[2] : "target/mesoplan-0.1.0-SNAPSHOT.jar";
    List<String> extra = args.length > 3 ? Arrays.asList(args).subList(3, args.length) : List.of();
    try (FakeBotApi api = new FakeBotApi()) {
      int port = freePort();
      Process app = start(jar, api.url(), port, extra);
      try {
        awaitReady(port);
        run(api, app, port, chats, connections);
      } finally {
        app.destroy();
        app.waitFor();
      }
    }
  }

  private static Process start(String jar, String apiUrl, int port, List<String> extra)
      throws IOException {
    Path data = Files.createTempDirectory("mesoplan-load");
    List<String> command = new ArrayList<>(List.of("java", "-Xmx512m"));
    String jvm = System.getProperty("load.jvm", "").strip();
    if (!jvm.isEmpty()) {
      command.addAll(Arrays.asList(jvm.split("\\s+")));
    }
    command.addAll(List.of("-jar", jar,
        "--server.port=" + port, "--mesoplan.data-dir=" + data, "--mesoplan.console=false",
        "--telegram.bot-token=123:LOAD", "--telegram.api-url=" + apiUrl,
        "--telegram.webhook-url=https://bot.example/hook", "--telegram.webhook-secret=" + SECRET,
        "--telegram.messages-per-second=100000", "--telegram.chat-messages-per-second=1000",
        "--telegram.chat-burst=1000", "--logging.level.root=warn"));
    command.addAll(extra);
    return new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(data.resolve("mesoplan.out").toFile()).start();
  }

  private static void run(FakeBotApi api, Process app, int port, int chats, int connections)
      throws Exception {
    HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(connections))
        .build();
    URI hook = URI.create("http://127.0.0.1:" + port + "/telegram/webhook");
    AtomicLong updateIds = new AtomicLong(1);
    long[] latencies = new long[chats * ANSWERS.size()];
    AtomicLong next = new AtomicLong();
    long cpuBefore = cpuTicks(app.pid());
    long started = System.nanoTime();
    ExecutorService senders = Executors.newFixedThreadPool(connections);
    List<Future<?>> work = new ArrayList<>();
    for (int w = 0; w < connections; w++) {
      int worker = w;
      work.add(senders.submit(() -> {
        for (int chat = worker; chat < chats; chat += connections) {
          long chatId = 5_000_000_000L + chat;
          for (String answer : ANSWERS) {
            String update = Updates.text(updateIds.getAndIncrement(), chatId, answer, "en");
            long sent = System.nanoTime();
            post(http, hook, update);
            latencies[(int) next.getAndIncrement()] = System.nanoTime() - sent;
          }
        }
        return null;
      }));
    }
    for (Future<?> f : work) {
      f.get();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    long expected = (long) chats * ANSWERS.size();
    api.await("every reply", a -> a.calls().stream().filter(c -> c.method().equals("sendmessage"))
        .count() >= expected, Duration.ofMinutes(10));
    double allReplies = (System.nanoTime() - started) / 1e9;
    double cpu = (cpuTicks(app.pid()) - cpuBefore) / 100.0;
    Arrays.sort(latencies);
    System.out.printf("chats=%d updates=%d connections=%d%n", chats, expected, connections);
    System.out.printf("updates/s=%.0f (stored and acknowledged)%n", expected / seconds);
    System.out.printf("p50=%.2f ms p99=%.2f ms max=%.2f ms%n", latencies[latencies.length / 2] / 1e6,
        latencies[(int) (latencies.length * 0.99)] / 1e6, latencies[latencies.length - 1] / 1e6);
    System.out.printf("all replies delivered after %.1f s (%.0f turns/s end to end)%n",
        allReplies, expected / allReplies);
    System.out.printf("peak RSS=%d MB, CPU=%.1f s over %.1f s (%.2f cores)%n",
        peakRssKb(app.pid()) / 1024, cpu, allReplies, cpu / allReplies);
    System.out.println(liveHeap(http, port));
    senders.shutdownNow();
  }

  /** The old generation's size after the last full collection, as the app reports it. */
  private static String liveHeap(HttpClient http, int port) throws Exception {
    String metrics = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
        + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString()).body();
    return metrics.lines().filter(l -> l.startsWith("jvm_gc_live_data_size_bytes")
        || l.startsWith("jvm_gc_max_data_size_bytes")).reduce("", (a, b) -> a + b + "\n").strip();
  }

  private static void post(HttpClient http, URI hook, String update) {
    try {
      HttpResponse<Void> response = http.send(HttpRequest.newBuilder(hook)
          .header("Content-Type", "application/json")
          .header(WebhookController.SECRET_HEADER, SECRET)
          .POST(HttpRequest.BodyPublishers.ofString(update)).build(),
          HttpResponse.BodyHandlers.discarding());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("webhook answered " + response.statusCode());
      }
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void awaitReady(int port) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    long until = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < until) {
      try {
        if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
            + "/actuator/health/liveness")).build(), HttpResponse.BodyHandlers.discarding())
            .statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("mesoplan did not start");
  }

  private static long cpuTicks(long pid) throws IOException {
    String[] stat = Files.readString(Path.of("/proc/" + pid + "/stat")).split("\\) ")[1].split(" ");
    return Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
  }

  private static long peakRssKb(long pid) throws IOException {
    return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
        .filter(l -> l.startsWith("VmHWM:")).map(l -> l.replaceAll("\\D", ""))
        .mapToLong(Long::parseLong).findFirst().orElse(-1);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}

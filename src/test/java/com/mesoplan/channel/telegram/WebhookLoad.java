package com.mesoplan.channel.telegram;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * 127.0.0.1, fed over {@code connections} keep-alive connections. Each chat sends /start and
 * then presses a button for each question; each connection takes turns among its chats, so
 * updates of many people interleave as they do on Telegram, and sends the next update once the
 * previous one is acknowledged. A warm-up round (other chats, not counted) lets the JIT compile
 * the paths first. Prints acknowledged updates per second, latency percentiles, when every
 * reply had reached the fake Bot API, peak RSS and CPU of the mesoplan process and of this one
 * (the generator and the fake). Run: see docs/BENCHMARKS.md.
 */
public final class WebhookLoad {

  private static final String SECRET = "load-benchmark-secret";
  /** /start, then an answer per question: consent, age, screening (none), cautions (none), ... */
  private static final List<String> DIALOG = List.of("/start", "3:consent:agree", "40",
      "3:hard-stops:none", "3:cautions:none", "3:goal:deep-wrinkles", "3:severity:moderate",
      "3:skin-type:normal", "3:sensitivity:normal", "3:cocktail:peptides");
  /** -Dload.answers=N stops each chat after its first N updates, leaving it in progress. */
  private static final List<String> ANSWERS = DIALOG.subList(0,
      Integer.getInteger("load.answers", DIALOG.size()));
  /**
   * -Dload.rate=N paces the measured round at N updates a second overall (each connection
   * sends at its share, whatever the answers' speed), to see the latency below saturation; 0
   * sends as fast as the answers come.
   */
  private static final int RATE = Integer.getInteger("load.rate", 0);
  /** Chats a connection takes turns among. */
  private static final int CHATS_PER_CONNECTION = Integer.getInteger("load.interleave", 25);

  private static final AtomicLong UPDATE_IDS = new AtomicLong(1);

  public static void main(String[] args) throws Exception {
    int chats = Integer.parseInt(args.length > 0 ? args[0] : "10000");
    int connections = Integer.parseInt(args.length > 1 ? args[1] : "40");
    String jar = args.length > 2 ? args[2] : "target/mesoplan-0.1.0-SNAPSHOT.jar";
    List<String> extra = args.length > 3 ? Arrays.asList(args).subList(3, args.length) : List.of();
    int warmUp = Integer.getInteger("load.warmup", 10000);
    int status = 1;
    try {
      status = run(chats, connections, jar, extra, warmUp);
    } finally {
      System.exit(status);
    }
  }

  private static int run(int chats, int connections, String jar, List<String> extra, int warmUp)
      throws Exception {
    try (LoadBotApi api = new LoadBotApi()) {
      int port = freePort();
      int managementPort = freePort();
      Path data = Files.createTempDirectory("mesoplan-load");
      List<String> withManagement = new ArrayList<>(extra);
      withManagement.add("--management.server.port=" + managementPort);
      Process app = start(jar, api.url(), port, withManagement, data);
      try {
        awaitLive(port, app, data.resolve("mesoplan.out"));
        if (warmUp > 0) {
          System.out.printf("warm-up: %d chats%n", warmUp);
          round(api, app, port, 1_000_000, warmUp, connections, false);
        }
        round(api, app, port, 10_000_000, chats, connections, true);
        System.out.println(liveHeap(managementPort));
        return 0;
      } finally {
        app.destroy();
        app.waitFor();
      }
    }
  }

  private static Process start(String jar, String apiUrl, int port, List<String> extra,
      Path data) throws IOException {
    List<String> command = new ArrayList<>(List.of("java", "-Xmx512m"));
    String jvm = System.getProperty("load.jvm", "").strip();
    if (!jvm.isEmpty()) {
      command.addAll(Arrays.asList(jvm.split("\\s+")));
    }
    command.addAll(List.of("-jar", jar,
        "--server.port=" + port, "--mesoplan.data-dir=" + data, "--mesoplan.console=false",
        "--telegram.bot-token=123:LOAD", "--telegram.api-url=" + apiUrl,
        "--telegram.webhook-url=https://bot.example/hook", "--telegram.webhook-secret=" + SECRET,
        "--telegram.messages-per-second=1000000", "--telegram.chat-messages-per-second=1000",
        "--telegram.chat-burst=1000", "--logging.level.root=warn"));
    command.addAll(extra);
    System.out.println("mesoplan's output: " + data.resolve("mesoplan.out"));
    return new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(data.resolve("mesoplan.out").toFile()).start();
  }

  /** Chats numbered from {@code firstChat}, each through the whole dialog. */
  private static void round(LoadBotApi api, Process app, int port, long firstChat, int chats,
      int connections, boolean report) throws Exception {
    long sentBefore = api.count("sendmessage");
    long[] latencies = new long[chats * ANSWERS.size()];
    AtomicLong next = new AtomicLong();
    long appCpuBefore = cpuTicks(app.pid());
    long ownCpuBefore = cpuTicks(ProcessHandle.current().pid());
    long started = System.nanoTime();
    ExecutorService senders = Executors.newFixedThreadPool(connections);
    List<Future<?>> work = new ArrayList<>();
    for (int w = 0; w < connections; w++) {
      int worker = w;
      work.add(senders.submit(() -> {
        try (Connection connection = new Connection(port)) {
          long gap = report && RATE > 0 ? 1_000_000_000L * connections / RATE : 0;
          long due = System.nanoTime() + gap * worker / connections;
          List<Long> mine = new ArrayList<>();
          for (int chat = worker; chat < chats; chat += connections) {
            mine.add(5_000_000_000L + firstChat + chat);
          }
          for (int from = 0; from < mine.size(); from += CHATS_PER_CONNECTION) {
            List<Long> group = mine.subList(from, Math.min(mine.size(), from + CHATS_PER_CONNECTION));
            for (String answer : ANSWERS) {
              for (long chatId : group) {
                String update = update(chatId, answer);
                if (gap > 0) {
                  due += gap;
                  long wait = due - System.nanoTime();
                  if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                  }
                }
                long sent = System.nanoTime();
                connection.post(update);
                latencies[(int) next.getAndIncrement()] = System.nanoTime() - sent;
              }
            }
          }
        }
        return null;
      }));
    }
    for (Future<?> f : work) {
      f.get();
    }
    senders.shutdown();
    double seconds = (System.nanoTime() - started) / 1e9;
    long expected = (long) chats * ANSWERS.size();
    long until = System.currentTimeMillis() + 600_000;
    while (api.count("sendmessage") - sentBefore < expected) {
      if (System.currentTimeMillis() > until) {
        throw new IllegalStateException("not every reply arrived");
      }
      Thread.sleep(5);
    }
    double allReplies = (System.nanoTime() - started) / 1e9;
    double appCpu = (cpuTicks(app.pid()) - appCpuBefore) / 100.0;
    double ownCpu = (cpuTicks(ProcessHandle.current().pid()) - ownCpuBefore) / 100.0;
    if (!report) {
      System.out.printf("  %.0f updates/s, all replies after %.1f s%n", expected / seconds,
          allReplies);
      return;
    }
    Arrays.sort(latencies);
    System.out.printf("chats=%d updates=%d connections=%d interleave=%d rate=%s%n", chats,
        expected, connections, CHATS_PER_CONNECTION, RATE > 0 ? RATE + "/s" : "as fast as answered");
    System.out.printf("updates/s=%.0f (stored and acknowledged)%n", expected / seconds);
    System.out.printf("p50=%.2f ms p99=%.2f ms max=%.2f ms%n",
        latencies[latencies.length / 2] / 1e6, latencies[(int) (latencies.length * 0.99)] / 1e6,
        latencies[latencies.length - 1] / 1e6);
    System.out.printf("all replies delivered after %.1f s (%.0f turns/s end to end)%n",
        allReplies, expected / allReplies);
    System.out.printf("peak RSS=%d MB, CPU of mesoplan=%.1f s over %.1f s (%.2f cores),"
            + " of the generator and fake Bot API=%.2f cores%n",
        peakRssKb(app.pid()) / 1024, appCpu, allReplies, appCpu / allReplies,
        ownCpu / allReplies);
    System.out.printf("Bot API calls: sendMessage=%d editMessageText=%d answerCallbackQuery=%d%n",
        api.count("sendmessage"), api.count("editmessagetext"),
        api.count("answercallbackquery"));
  }

  private static String update(long chatId, String answer) {
    long id = UPDATE_IDS.getAndIncrement();
    return !answer.contains(":") ? Updates.text(id, chatId, answer, "en")
        : Updates.press(id, chatId, 1000, "question", answer, "en");
  }

  /** One keep-alive HTTP/1.1 connection to the webhook. */
  private static final class Connection implements AutoCloseable {
    private final int port;
    private final String head;
    private Socket socket;
    private OutputStream out;
    private InputStream in;

    Connection(int port) throws IOException {
      this.port = port;
      head = "POST /telegram/webhook HTTP/1.1\r\nHost: 127.0.0.1:" + port
          + "\r\nContent-Type: application/json\r\n" + WebhookServlet.SECRET_HEADER + ": "
          + SECRET + "\r\nContent-Length: ";
      open();
    }

    /** The server closes a connection after a number of requests, as servers do; open again. */
    private void open() throws IOException {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.connect(new InetSocketAddress("127.0.0.1", port));
      out = socket.getOutputStream();
      in = new BufferedInputStream(socket.getInputStream());
    }

    void post(String update) throws IOException {
      byte[] body = update.getBytes(StandardCharsets.UTF_8);
      out.write((head + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      String status = line();
      if (!status.startsWith("HTTP/1.1 200")) {
        throw new IllegalStateException("webhook answered " + status);
      }
      int length = 0;
      boolean chunked = false;
      boolean closes = false;
      for (String header = line(); !header.isEmpty(); header = line()) {
        String lower = header.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("content-length:")) {
          length = Integer.parseInt(lower.substring(15).strip());
        } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
          chunked = true;
        } else if (lower.startsWith("connection:") && lower.contains("close")) {
          closes = true;
        }
      }
      if (chunked) {
        for (int size = Integer.parseInt(line().strip(), 16); size > 0;
            size = Integer.parseInt(line().strip(), 16)) {
          in.readNBytes(size + 2);
        }
        line();
      } else {
        in.readNBytes(length);
      }
      if (closes) {
        socket.close();
        open();
      }
    }

    private String line() throws IOException {
      StringBuilder line = new StringBuilder();
      for (int c = in.read(); c != '\n'; c = in.read()) {
        if (c < 0) {
          throw new IOException("the connection closed");
        }
        if (c != '\r') {
          line.append((char) c);
        }
      }
      return line.toString();
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }

  /** The old generation's size after the last full collection, as the app reports it. */
  static String liveHeap(int managementPort) throws Exception {
    String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
        "http://127.0.0.1:" + managementPort + "/actuator/prometheus")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    return metrics.lines().filter(l -> l.startsWith("jvm_gc_live_data_size_bytes")
        || l.startsWith("jvm_gc_max_data_size_bytes")).reduce("", (a, b) -> a + b + "\n").strip();
  }

  /** Waits until mesoplan answers on its liveness probe; fails with its output if it stops. */
  static void awaitLive(int port, Process process, Path output) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    long until = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < until && process.isAlive()) {
      try {
        if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
            + "/livez")).build(), HttpResponse.BodyHandlers.discarding())
            .statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("mesoplan did not start: " + Files.readString(output));
  }

  static long cpuTicks(long pid) throws IOException {
    String[] stat = Files.readString(Path.of("/proc/" + pid + "/stat")).split("\\) ")[1].split(" ");
    return Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
  }

  static long peakRssKb(long pid) throws IOException {
    return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
        .filter(l -> l.startsWith("VmHWM:")).map(l -> l.replaceAll("\\D", ""))
        .mapToLong(Long::parseLong).findFirst().orElse(-1);
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}

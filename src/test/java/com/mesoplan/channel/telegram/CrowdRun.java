package com.mesoplan.channel.telegram;

import com.mesoplan.MesoplanApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The conversation under pressure, against {@link LimitedBotApi} (30 sends a second overall, one
 * a second per chat, strictly), with mesoplan in this process on an H2 file, polling as it does
 * without a webhook, with its default limits.
 *
 * <ul>
 *   <li>{@code crowd N}: N people send /start within the same second; each answers 1 to 2.5 s
 *       after a question arrives, pressing the button or, where there is none, typing.
 *   <li>{@code thumb}: one person acts 0.6 s after every message: mostly presses the answer,
 *       sometimes a button of an earlier question, sometimes types the answer's number.
 * </ul>
 *
 * Prints what the issue measures: first question and plan times, 429s, messages per dialog,
 * the time from an action to the bot's next message, and the longest run of one question.
 * Run: see docs/BENCHMARKS.md.
 */
public final class CrowdRun {

  private static final Pattern PROGRESS = Pattern.compile("Question (\\d+) of 14");
  private static final String PLAN = "Your suggested schedule";
  /** The answer to question k (index k-1): the number of its button, or what is typed. */
  private static final List<String> ANSWERS = List.of("1", "40", "4", "12", "4", "2", "2", "2",
      "3", "2", "2", "1", "4", "1");

  /** A message on the person's phone. */
  private record Shown(int messageId, String text, List<String> buttons, int question) {}

  /** One person, and what they saw and did. */
  private static final class Person {
    final long chat;
    final boolean thumb;
    final Random random;
    final List<Shown> shown = new CopyOnWriteArrayList<>();
    volatile long startedAt;
    volatile long firstQuestionAt;
    volatile long planAt;
    volatile long actedAt;
    volatile boolean actionPending;
    final List<Long> replyTimes = new CopyOnWriteArrayList<>();
    int longestRun;
    int run;
    int lastQuestion;
    int toasts;

    Person(long chat, boolean thumb, long seed) {
      this.chat = chat;
      this.thumb = thumb;
      this.random = new Random(seed);
    }
  }

  private final Map<Long, Person> people = new ConcurrentHashMap<>();
  private final ScheduledExecutorService hands = Executors.newScheduledThreadPool(4);
  private LimitedBotApi api;

  public static void main(String[] args) throws Exception {
    String mode = args.length > 0 ? args[0] : "crowd";
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    int status = 1;
    try {
      status = new CrowdRun().run(mode, count);
    } finally {
      System.exit(status);
    }
  }

  private int run(String mode, int count) throws Exception {
    api = new LimitedBotApi(30, new LimitedBotApi.Phone() {
      @Override
      public void message(long chat, int messageId, String text, List<String> buttons) {
        arrived(chat, messageId, text, buttons);
      }

      @Override
      public void edited(long chat, int messageId) {}

      @Override
      public void toast(String callbackQueryId, String text) {
        if (!text.isEmpty()) {
          long chat = Long.parseLong(callbackQueryId.substring(2, callbackQueryId.indexOf('-')));
          Person person = people.get(chat);
          synchronized (person) {
            person.toasts++;
          }
          // the toast says the current question is the last message: they answer that
          reactLater(person);
        }
      }
    });
    Path data = Files.createTempDirectory("mesoplan-crowd");
    ConfigurableApplicationContext app = new SpringApplicationBuilder(MesoplanApplication.class)
        .run("--server.port=0", "--management.server.port=0", "--mesoplan.console=false",
            "--telegram.bot-token=123456:CROWD", "--telegram.api-url=" + api.url(),
            "--telegram.poll-timeout-seconds=1", "--mesoplan.data-dir=" + data,
            "--logging.level.root=WARN", "--logging.level.com.mesoplan.channel.telegram=INFO");
    try {
      boolean thumb = mode.equals("thumb");
      int people = thumb ? 1 : count;
      long start = System.nanoTime();
      for (int i = 0; i < people; i++) {
        long chat = 5_000_000_000L + i;
        Person person = new Person(chat, thumb, i);
        this.people.put(chat, person);
        person.startedAt = System.nanoTime();
        person.actedAt = person.startedAt;
        api.deliver(id -> Updates.text(id, chat, "/start", "en"));
        Thread.sleep(1000L / Math.max(1, people));
      }
      long limit = TimeUnit.SECONDS.toNanos(thumb ? 120 : 300);
      while (System.nanoTime() - start < limit
          && this.people.values().stream().anyMatch(p -> p.planAt == 0)) {
        Thread.sleep(200);
      }
      long planned = System.nanoTime();
      // the tidying edits still waiting go out too, so that every call is counted
      JdbcClient jdbc = app.getBean(JdbcClient.class);
      while (System.nanoTime() - planned < TimeUnit.SECONDS.toNanos(300) && jdbc.sql(
          "select count(*) from outbox").query(Long.class).single() > 0) {
        Thread.sleep(200);
      }
      Thread.sleep(1000);
      System.out.printf("%noutbox empty %.1f s after the last plan%n",
          (System.nanoTime() - planned) / 1e9);
      report(mode, start);
    } finally {
      hands.shutdownNow();
      app.close();
      api.close();
    }
    return 0;
  }

  private void arrived(long chat, int messageId, String text, List<String> buttons) {
    Person person = people.get(chat);
    if (person == null) {
      return;
    }
    long now = System.nanoTime();
    Matcher progress = PROGRESS.matcher(text);
    int question = progress.find() ? Integer.parseInt(progress.group(1)) : 0;
    synchronized (person) {
      person.shown.add(new Shown(messageId, text, buttons, question));
      if (person.actedAt > 0) {
        person.replyTimes.add(now - person.actedAt);
        person.actedAt = 0;
      }
      if (question > 0) {
        person.run = question == person.lastQuestion ? person.run + 1 : 1;
        person.longestRun = Math.max(person.longestRun, person.run);
        person.lastQuestion = question;
        if (person.firstQuestionAt == 0) {
          person.firstQuestionAt = now;
        }
      }
      if (text.contains(PLAN) && person.planAt == 0) {
        person.planAt = now;
      }
      if (person.planAt != 0 || (question == 0 && !person.thumb)) {
        return;
      }
      reactLater(person);
    }
  }

  /** A quick thumb acts 0.6 s after everything; anyone else 1 to 2.5 s later, once. */
  private void reactLater(Person person) {
    synchronized (person) {
      if (person.thumb) {
        hands.schedule(() -> act(person), 600, TimeUnit.MILLISECONDS);
      } else if (!person.actionPending) {
        person.actionPending = true;
        hands.schedule(() -> act(person), 1000 + person.random.nextInt(1500),
            TimeUnit.MILLISECONDS);
      }
    }
  }

  /** Answers the latest question on the phone: a press, or typing where there is no button. */
  private void act(Person person) {
    java.util.function.LongFunction<String> update;
    synchronized (person) {
      person.actionPending = false;
      if (person.planAt != 0) {
        return;
      }
      List<Shown> questions = person.shown.stream().filter(s -> s.question() > 0).toList();
      if (questions.isEmpty()) {
        return;
      }
      Shown latest = questions.get(questions.size() - 1);
      String answer = ANSWERS.get(latest.question() - 1);
      int roll = person.thumb ? person.random.nextInt(4) : 3;
      List<Shown> earlier = questions.stream()
          .filter(s -> s != latest && !s.buttons().isEmpty()).toList();
      if (roll == 0 && !earlier.isEmpty()) {
        Shown old = earlier.get(person.random.nextInt(earlier.size()));
        String data = old.buttons().get(Math.min(old.buttons().size(),
            Integer.parseInt(ANSWERS.get(old.question() - 1))) - 1);
        update = id -> press(id, person, old, data);
      } else if (roll == 1 || latest.buttons().isEmpty()) {
        update = id -> Updates.text(id, person.chat, answer, "en");
      } else {
        String data = latest.buttons().get(Integer.parseInt(answer) - 1);
        update = id -> press(id, person, latest, data);
      }
      person.actedAt = System.nanoTime();
    }
    api.deliver(update);
  }

  private static String press(long id, Person person, Shown message, String data) {
    return Updates.press(id, person.chat, message.messageId(), message.text(), data, "en")
        .replace("\"id\":\"cb" + id + "\"", "\"id\":\"cb" + person.chat + "-" + id + "\"");
  }

  private void report(String mode, long start) {
    List<Person> all = new ArrayList<>(people.values());
    long planned = all.stream().filter(p -> p.planAt != 0).count();
    List<Long> first = sorted(all.stream().filter(p -> p.firstQuestionAt != 0)
        .map(p -> p.firstQuestionAt - p.startedAt).toList());
    List<Long> plans = sorted(all.stream().filter(p -> p.planAt != 0)
        .map(p -> p.planAt - start).toList());
    List<Long> replies = sorted(all.stream().flatMap(p -> p.replyTimes.stream()).toList());
    long sends = api.accepted("sendmessage") + api.accepted("sendphoto")
        + api.accepted("senddocument");
    long edits = api.accepted("editmessagetext") + api.accepted("editmessagereplymarkup");
    System.out.printf("%n== %s: %d people%n", mode, all.size());
    System.out.printf("first question: %d of %d, max %.1f s%n", first.size(), all.size(),
        seconds(last(first)));
    System.out.printf("reached the plan: %d of %d, the last after %.1f s (p50 %.1f s)%n",
        planned, all.size(), seconds(last(plans)), seconds(pct(plans, 50)));
    System.out.printf("calls: %d, answered 429: %d (%.2f%%; %d of them per chat)%n",
        api.allCalls(), api.limited(), 100.0 * api.limited() / Math.max(1, api.allCalls()),
        api.limitedPerChat());
    System.out.printf("per finished dialog: %.1f messages, %.1f edits, %.1f answers to presses%n",
        sends / (double) Math.max(1, planned), edits / (double) Math.max(1, planned),
        api.count("answercallbackquery") / (double) Math.max(1, planned));
    System.out.printf("action to the bot's next message: p50 %.2f s, p95 %.2f s, max %.2f s%n",
        seconds(pct(replies, 50)), seconds(pct(replies, 95)), seconds(last(replies)));
    System.out.printf("longest run of one question in a row: %d; toasts: %d%n",
        all.stream().mapToInt(p -> p.longestRun).max().orElse(0),
        all.stream().mapToInt(p -> p.toasts).sum());
    reportStuck(all);
  }

  /** Who did not reach the plan, and the last they saw: to tell a stuck bot from a slow one. */
  private static void reportStuck(List<Person> all) {
    for (Person person : all) {
      if (person.planAt == 0) {
        List<Shown> shown = person.shown;
        System.out.printf("no plan for %d; the last they saw: %s%n", person.chat,
            shown.subList(Math.max(0, shown.size() - 3), shown.size()).stream()
                .map(m -> m.question() + ":" + m.text().lines().findFirst().orElse("")
                    + " " + m.buttons().size() + " buttons").toList());
      }
    }
  }

  private static List<Long> sorted(List<Long> values) {
    List<Long> copy = new ArrayList<>(values);
    Collections.sort(copy);
    return copy;
  }

  private static long pct(List<Long> sorted, int percent) {
    return sorted.isEmpty() ? 0
        : sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
  }

  private static long last(List<Long> sorted) {
    return sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1);
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }
}

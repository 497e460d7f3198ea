package com.mesoplan.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.mesoplan.channel.telegram.BotHarness.Person;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;

/**
 * The website chat in a real headless Chromium, embedded by its one tag in a page of another
 * origin (a clinic's website), against the whole application with the fake Bot API running
 * Telegram beside it: a full pre-consultation in English and in Russian, a reload and a server
 * restart mid-dialog, a stale button, the Telegram link that continues the conversation, and
 * both channels' chats keeping their order in one run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebChatBrowserIT {

  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final AtomicLong PEOPLE = new AtomicLong(8_200_000_000L);
  /** Typed answers after consent to the start date that give a plan without cautions. */
  private static final List<String> AFTER_CONSENT = List.of("40", "4", "12", "4", "2", "2",
      "2", "3", "2", "2", "1", "4", "1");
  private static final Pattern JOIN = Pattern.compile(
      "https://t\\.me/mesoplan_bot\\?start=(join-[A-Za-z0-9_-]+)");

  @TempDir
  static Path dataDir;

  private FakeBotApi api;
  private BotHarness bot;
  private HttpServer site;
  private int appPort;
  private Browser browser;

  @BeforeAll
  void start() throws IOException {
    try (ServerSocket free = new ServerSocket(0)) {
      appPort = free.getLocalPort();
    }
    site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    site.createContext("/", exchange -> {
      byte[] page = ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
          + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
          + "<title>A clinic</title></head><body><h1>A clinic's website</h1>"
          + "<script src=\"http://127.0.0.1:" + appPort + "/chat/widget.js\" defer></script>"
          + "</body></html>").getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, page.length);
      exchange.getResponseBody().write(page);
      exchange.close();
    });
    site.start();
    api = new FakeBotApi();
    bot = new BotHarness(api, dataDir).start(appArgs());
  }

  private String[] appArgs() {
    return new String[] {"--server.port=" + appPort,
        "--mesoplan.web-chat.origins=" + siteUrl().replaceAll("/$", ""),
        "--mesoplan.web-chat.messages-per-minute=1000",
        "--mesoplan.web-chat.new-chats-per-hour=1000"};
  }

  private String siteUrl() {
    return "http://localhost:" + site.getAddress().getPort() + "/";
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  @AfterAll
  void stop() {
    if (bot != null) {
      bot.close();
    }
    if (api != null) {
      api.close();
    }
    if (site != null) {
      site.stop(0);
    }
  }

  // --- the widget, as a person uses it

  private SearchContext chat() {
    return browser.find("[data-mesoplan-chat]").getShadowRoot();
  }

  private String log() {
    return chat().findElement(By.cssSelector(".log")).getText();
  }

  private List<WebElement> bot() {
    return chat().findElements(By.cssSelector(".msg.bot"));
  }

  private String lastQuestion() {
    List<WebElement> messages = bot();
    return messages.isEmpty() ? "" : messages.get(messages.size() - 1).getText();
  }

  private void awaitLog(String text) {
    browser.await("'" + text + "' in the chat", b -> log().contains(text), WAIT);
  }

  private void awaitQuestion(int number) {
    browser.await("question " + number, b -> log().contains(number + " of 14")
        || log().contains(number + " из 14"), WAIT);
  }

  private void openPage(String language) {
    browser = new Browser(language);
    browser.open(siteUrl());
    awaitLauncher();
  }

  private void awaitLauncher() {
    browser.await("the chat's button", b -> {
      try {
        return !chat().findElements(By.cssSelector(".launcher")).isEmpty();
      } catch (org.openqa.selenium.NoSuchElementException e) {
        return false;
      }
    }, WAIT);
  }

  private void type(String text) {
    int before = bot().size();
    WebElement input = chat().findElement(By.cssSelector("textarea"));
    input.sendKeys(text);
    input.sendKeys(Keys.ENTER);
    browser.await("an answer to '" + text + "'", b -> bot().size() > before, WAIT);
  }

  private void press(String label) {
    int before = bot().size();
    chat().findElements(By.cssSelector(".choices button")).stream()
        .filter(b -> b.isEnabled() && b.getText().strip().equals(label))
        .reduce((first, second) -> second)
        .orElseThrow(() -> new AssertionError("no button '" + label + "' in:\n" + log()))
        .click();
    browser.await("an answer to '" + label + "'", b -> bot().size() > before, WAIT);
  }

  /** Opens the chat in English, consents and answers the first question. */
  private void toQuestionThree() {
    openPage("en");
    chat().findElement(By.cssSelector(".launcher")).click();
    awaitQuestion(1);
    press("I agree");
    type("40");
    awaitQuestion(3);
  }

  @Test
  void aFullPreConsultationInEnglishByKeyboardEndsWithAPlanAPictureAndACalendarFile() {
    openPage("en");
    WebElement launcher = chat().findElement(By.cssSelector(".launcher"));
    assertThat(launcher.getText()).isEqualTo("Chat with the clinic");
    assertThat(launcher.getAttribute("aria-expanded")).isEqualTo("false");
    // keyboard only: Tab to the button, Enter opens the chat with the focus in the text box
    launcher.sendKeys(Keys.ENTER);
    awaitQuestion(1);
    assertThat(chat().findElement(By.cssSelector("[role=dialog]")).getAttribute("aria-label"))
        .isEqualTo("Chat with the clinic");
    assertThat(chat().findElement(By.cssSelector("[role=log]"))).isNotNull();
    assertThat(log()).contains("not a diagnosis").doesNotContain("/start");
    assertThat(chat().findElement(By.cssSelector(".msg.bot .sr")).getAttribute("textContent"))
        .as("a screen reader hears who speaks").isEqualTo("Clinic assistant: ");
    assertThat(chat().findElement(By.cssSelector(".reach")).getText())
        .contains("Reminders and check-ins reach you only in Telegram");
    // consent by its button, reached with Tab and pressed with Enter
    WebElement agree = chat().findElements(By.cssSelector(".choices button")).stream()
        .filter(b -> b.getText().equals("I agree")).findFirst().orElseThrow();
    agree.sendKeys(Keys.ENTER);
    awaitQuestion(2);
    browser.await("the consent answer shown", b -> log().contains("✓ I agree"), WAIT);
    assertThat(agree.isEnabled()).as("an answered question's buttons are taken away").isFalse();
    assertThat(chat().findElements(By.cssSelector(".msg.notice"))).as("pressed once").isEmpty();

    AFTER_CONSENT.subList(0, 5).forEach(this::type);
    screenshot();
    AFTER_CONSENT.subList(5, AFTER_CONSENT.size()).forEach(this::type);

    awaitLog("Your suggested schedule");
    assertThat(log()).contains("practitioner").contains("40");
    type("/plan");
    browser.await("the plan's picture", b -> !chat().findElements(By.cssSelector(".msg img"))
        .isEmpty(), WAIT);
    WebElement picture = chat().findElement(By.cssSelector(".msg img"));
    browser.await("the picture loaded", b -> ((Number) b.script(
        "return arguments[0].naturalWidth", picture)).intValue() > 100, WAIT);
    type("/calendar");
    browser.await("the calendar file", b -> chat().findElements(By.cssSelector("a[download]"))
        .stream().anyMatch(a -> a.getAttribute("download").endsWith(".ics")), WAIT);
    WebElement calendar = chat().findElements(By.cssSelector("a[download]")).stream()
        .filter(a -> a.getAttribute("download").endsWith(".ics")).findFirst().orElseThrow();
    String ics = (String) browser.script("return fetch(arguments[0]).then(r => r.text());",
        calendar.getAttribute("href"));
    assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT");
  }

  /** The chat open on the clinic's page, mid-dialog, for the README. */
  private void screenshot() {
    Path folder = Boolean.getBoolean("mesoplan.updateScreenshots") ? Path.of("docs", "web-chat")
        : Path.of("target", "web-chat-screenshots");
    Dimension before = browser.driver.manage().window().getSize();
    browser.driver.manage().window().setSize(new Dimension(900, 760));
    try {
      java.nio.file.Files.createDirectories(folder);
      java.nio.file.Files.write(folder.resolve("chat.png"),
          ((org.openqa.selenium.TakesScreenshot) browser.driver)
              .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } finally {
      browser.driver.manage().window().setSize(before);
    }
  }

  @Test
  void aFullPreConsultationInRussianInTheBrowsersLanguage() {
    openPage("ru");
    chat().findElement(By.cssSelector(".launcher")).click();
    awaitQuestion(1);
    assertThat(chat().findElement(By.cssSelector("header h2")).getText())
        .isEqualTo("Mesoplan Demo Clinic");
    assertThat(chat().findElement(By.cssSelector(".panel")).getAttribute("lang"))
        .isEqualTo("ru");
    assertThat(chat().findElement(By.cssSelector("textarea")).getAttribute("placeholder"))
        .isEqualTo("Напишите ответ или номер варианта");
    press(chat().findElements(By.cssSelector(".choices button")).get(0).getText());
    awaitQuestion(2);
    AFTER_CONSENT.forEach(this::type);
    awaitLog("Ваш примерный график");
    assertThat(log()).contains("Вопрос 14 из 14").doesNotContain("Question");
  }

  @Test
  void aReloadMidDialogShowsTheChatAgainAndContinuesIt() {
    toQuestionThree();

    browser.driver.navigate().refresh();

    browser.await("the chat back after the reload", b -> {
      try {
        return log().contains("3 of 14");
      } catch (RuntimeException e) {
        return false;
      }
    }, WAIT);
    assertThat(log()).contains("1 of 14").contains("40");
    assertThat(log().split("Question 3 of 14", -1)).as("each message shown once").hasSize(2);
    type("4");
    awaitQuestion(4);
  }

  @Test
  void aServerRestartMidDialogLosesNothingAndTheChatGoesOn() {
    openPage("en");
    chat().findElement(By.cssSelector(".launcher")).click();
    awaitQuestion(1);
    press("I agree");
    awaitQuestion(2);

    bot.stop();
    WebElement input = chat().findElement(By.cssSelector("textarea"));
    input.sendKeys("40");
    input.sendKeys(Keys.ENTER);
    browser.await("the person told the message waits", b -> chat()
        .findElement(By.cssSelector(".status")).getText().contains("connection"), WAIT);
    assertThat(chat().findElement(By.cssSelector(".msg.you.sending")).getText())
        .contains("40").contains("Sending");
    bot.start(appArgs());

    awaitQuestion(3);
    browser.await("the message no longer sending", b -> chat()
        .findElements(By.cssSelector(".msg.you.sending, .pending")).isEmpty(), WAIT);
    assertThat(log().split("Question 3 of 14", -1)).as("answered once").hasSize(2);
    type("4");
    awaitQuestion(4);
  }

  @Test
  void aDoubleTapAnswersOnceAndAStaleButtonGetsANoticeNotASecondCopyOfTheQuestion() {
    openPage("en");
    chat().findElement(By.cssSelector(".launcher")).click();
    awaitQuestion(1);
    WebElement agree = chat().findElements(By.cssSelector(".choices button")).get(0);
    // a quick double tap answers once
    browser.script("arguments[0].click(); arguments[0].click();", agree);
    awaitQuestion(2);
    browser.await("the consent answered", b -> !agree.isEnabled(), WAIT);
    BotHarness.sleepBriefly();
    assertThat(chat().findElements(By.cssSelector(".msg.notice"))).isEmpty();
    assertThat(log().split("Question 2 of 14", -1)).hasSize(2);
    int questions = bot().size();

    // a second tab that had not heard of the answer yet: its button is still live
    browser.script("arguments[0].disabled = false; arguments[0].click();", agree);

    browser.await("a notice", b -> !chat().findElements(By.cssSelector(".msg.notice"))
        .isEmpty(), WAIT);
    assertThat(bot()).hasSize(questions);
    assertThat(lastQuestion()).contains("2 of 14");
  }

  @Test
  void theTelegramLinkContinuesTheSameConversationOnceThePersonConfirmsIt() {
    toQuestionThree();

    chat().findElement(By.cssSelector(".reach button")).click();
    browser.await("the Telegram link", b -> !chat().findElements(
        By.cssSelector("a.telegram-link")).isEmpty(), WAIT);
    Matcher link = JOIN.matcher(chat().findElement(By.cssSelector("a.telegram-link"))
        .getAttribute("href"));
    assertThat(link.matches()).isTrue();

    Person own = bot.person(PEOPLE.incrementAndGet(), "en");
    own.says("/start");
    assertThat(own.says("/start " + link.group(1)))
        .as("a chat with a conversation of its own is not joined to another")
        .contains("already has a separate conversation with me");

    Person telegram = bot.person(PEOPLE.incrementAndGet(), "en");
    String shown = telegram.says("/start " + link.group(1));
    Matcher code = Pattern.compile("on the website: (\\d{3} \\d{3})").matcher(shown);
    assertThat(code.find()).as(shown).isTrue();
    assertThat(shown).doesNotContain("Question");

    type("000 000".equals(code.group(1)) ? "111 111" : "000 000");
    awaitLog("does not match");
    type(code.group(1));
    awaitLog("your conversation now continues in Telegram as well");
    api.await("the conversation in Telegram", a -> a.texts(telegram.chatId).stream()
        .anyMatch(t -> t.contains("continues your conversation from the clinic’s website")
            && t.contains("Question 3 of 14")), WAIT);

    assertThat(telegram.says("4")).contains("Question 4 of 14");
    type("/back");
    browser.await("the web chat on the same conversation", b -> lastQuestion()
        .contains("Question 3 of 14"), WAIT);

    Person stranger = bot.person(PEOPLE.incrementAndGet(), "en");
    assertThat(stranger.says("/start " + link.group(1))).contains("already been used");
  }

  @Test
  void webChatsAndTelegramChatsInOneRunEachKeepTheirOrder() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String base = "http://127.0.0.1:" + appPort + "/chat/";
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String body = http.send(HttpRequest.newBuilder(URI.create(base + "start"))
          .POST(HttpRequest.BodyPublishers.noBody()).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      keys.add(body.replaceAll(".*\"key\":\"([^\"]+)\".*", "$1"));
    }
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      people.add(bot.person(PEOPLE.incrementAndGet(), "en"));
    }
    List<String> answers = new ArrayList<>(List.of("/start", "1"));
    answers.addAll(AFTER_CONSENT.subList(0, 6));
    int n = 0;
    for (String answer : answers) {
      for (String key : keys) {
        http.send(HttpRequest.newBuilder(URI.create(base + "messages"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"key\":\"" + key + "\",\"id\":\"order-"
                + (n++) + "-xyz\",\"text\":\"" + answer + "\",\"language\":\"en\"}")).build(),
            HttpResponse.BodyHandlers.ofString());
      }
      for (Person person : people) {
        api.deliver(Updates.text(BotHarness.nextUpdateId(), person.chatId, answer, "en"));
      }
    }
    int last = answers.size() - 1 + 1;
    for (String key : keys) {
      String chat = chatOf(key);
      api.await("the web chat's last question", a -> questionNumbers(transcript(chat))
          .contains(last), WAIT);
      assertThat(questionNumbers(transcript(chat))).as("the web chat's questions, in order")
          .isSorted().doesNotHaveDuplicates().endsWith(last);
    }
    for (Person person : people) {
      api.await("the Telegram chat's last question", a -> a.texts(person.chatId).stream()
          .anyMatch(t -> t.contains(last + " of 14")), WAIT);
      List<Integer> numbers = new ArrayList<>();
      for (String text : api.texts(person.chatId)) {
        Matcher m = Pattern.compile("Question (\\d+) of 14").matcher(text);
        if (m.find()) {
          numbers.add(Integer.parseInt(m.group(1)));
        }
      }
      assertThat(numbers).as("the Telegram chat's questions, in order").isSorted()
          .doesNotHaveDuplicates().endsWith(last);
    }
  }

  private List<String> transcript(String chat) {
    return bot.jdbc().sql("select body from web_chat_message where chat = ? order by id")
        .param(chat).query(String.class).list();
  }

  /** The chat a browser key opens: its SHA-256, as the server names it. */
  private static String chatOf(String key) throws Exception {
    byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
        .digest(key.getBytes(StandardCharsets.US_ASCII));
    return "web:" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(hash)
        .substring(0, 32);
  }

  private static List<Integer> questionNumbers(List<String> events) {
    List<Integer> numbers = new ArrayList<>();
    for (String event : events) {
      Matcher m = Pattern.compile("Question (\\d+) of 14").matcher(event);
      if (m.find() && event.contains("\"MESSAGE\"")) {
        numbers.add(Integer.parseInt(m.group(1)));
      }
    }
    return numbers;
  }

  @Test
  void theChatsOwnPageShowsItWithTheTagToEmbedWithoutAnyListedOrigin() {
    browser = new Browser("en");
    browser.open("http://127.0.0.1:" + appPort + "/chat/");
    assertThat(browser.text("#tag")).isEqualTo("<script src=\"http://127.0.0.1:" + appPort
        + "/chat/widget.js\" defer></script>");
    awaitLauncher();
    chat().findElement(By.cssSelector(".launcher")).click();
    awaitQuestion(1);
  }

  @Test
  void whatArrivesWhileTheChatIsClosedIsAnnouncedOnItsButton() {
    toQuestionThree();
    chat().findElement(By.cssSelector("header .close")).click();
    WebElement launcher = chat().findElement(By.cssSelector(".launcher"));
    assertThat(launcher.getText()).isEqualTo("Chat with the clinic");

    // the same chat answered in another tab: this one hears of it while closed
    Object status = browser.script("var key = Object.keys(localStorage)"
        + ".find(k => k.startsWith('mesoplan-chat@'));"
        + "var chat = JSON.parse(localStorage.getItem(key));"
        + "return fetch(arguments[0], {method: 'POST', headers: {'Content-Type': "
        + "'application/json'}, body: JSON.stringify({key: chat.key, id: 'other-tab-1', "
        + "text: '4', language: 'en'})}).then(r => r.status);",
        "http://127.0.0.1:" + appPort + "/chat/messages");
    assertThat(((Number) status).intValue()).isEqualTo(202);

    browser.await("the button announcing it", b -> launcher.getText()
        .equals("Chat with the clinic · New messages"), WAIT);
    launcher.click();
    awaitQuestion(4);
    chat().findElement(By.cssSelector("header .close")).click();
    browser.driver.navigate().refresh();
    awaitLauncher();
    BotHarness.sleepBriefly();
    assertThat(chat().findElement(By.cssSelector(".launcher")).getText())
        .as("seen, then reloaded closed").isEqualTo("Chat with the clinic");
  }

  @Test
  void theChatIsReadableOnA320PixelScreen() {
    openPage("en");
    browser.driver.manage().window().setSize(new Dimension(320, 640));
    chat().findElement(By.cssSelector(".launcher")).click();
    awaitQuestion(1);
    WebElement panel = chat().findElement(By.cssSelector(".panel"));
    assertThat(panel.getSize().getWidth()).isLessThanOrEqualTo(320);
    WebElement log = chat().findElement(By.cssSelector(".log"));
    assertThat(((Number) browser.script("return arguments[0].scrollWidth - arguments[0]"
        + ".clientWidth", log)).intValue()).as("no sideways scrolling").isLessThanOrEqualTo(0);
    assertThat(chat().findElement(By.cssSelector(".choices button")).getSize().getHeight())
        .as("buttons big enough to tap").isGreaterThanOrEqualTo(36);
  }
}

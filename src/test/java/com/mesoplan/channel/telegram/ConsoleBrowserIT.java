package com.mesoplan.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.mesoplan.channel.telegram.BotHarness.Person;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * The clinic console in a real headless Chromium, against the whole application with the fake
 * Bot API: staff sign in with the link {@code /console} gives them, see red flags arrive, clear a
 * provisional plan, read the funnel; without a session or a CSRF token nothing happens.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserIT {

  private static final long STAFF = -100_888L;
  private static final long STAFF_MEMBER = 42L;
  private static final Pattern LINK = Pattern.compile("http://\\S+/console/sign-in\\?token=\\S+");
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final AtomicLong PEOPLE = new AtomicLong(8_100_000_000L);
  /** Typed answers from consent to the start date that give a plan without cautions. */
  private static final List<String> TO_A_PLAN = List.of("1", "40", "4", "12", "4", "2", "2",
      "2", "3", "2", "2", "1", "4", "1");

  @TempDir
  static Path dataDir;

  private FakeBotApi api;
  private BotHarness bot;
  private Browser browser;

  @BeforeAll
  void start() throws IOException {
    Path config = com.mesoplan.Fixtures.configWithStaffChat(dataDir, STAFF);
    api = new FakeBotApi();
    bot = new BotHarness(api, dataDir).start("--mesoplan.config-dir=" + config);
    browser = new Browser("en");
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.close();
    }
    if (bot != null) {
      bot.close();
    }
    if (api != null) {
      api.close();
    }
  }

  private String base() {
    return "http://localhost:" + ((WebServerApplicationContext) bot.app).getWebServer().getPort();
  }

  private Person person(String name) {
    return bot.person(PEOPLE.incrementAndGet(), "en", name);
  }

  private static void toAPlan(Person person, String start) {
    person.says(start);
    TO_A_PLAN.forEach(person::says);
  }

  /** The answers that make a plan provisional: a tendency to keloid scars. */
  private static String toAProvisionalPlan(Person person) {
    person.says("/start");
    person.says("1");
    person.says("40");
    person.says("4");
    person.presses("Tendency to keloid (raised) scars");
    person.presses("Done ✓");
    for (String answer : List.of("4", "2", "2", "2", "3", "2", "2", "1", "4")) {
      person.says(answer);
    }
    return person.says("1");
  }

  private static void redFlag(Person person) {
    toAPlan(person, "/start");
    person.says("/problem");
    person.presses("Any change in vision");
    person.presses("Done ✓");
  }

  /**
   * Asks for a sign-in link in the staff chat and returns it: it comes in the asker's private
   * chat, and the group sees no link.
   */
  private String linkFromStaffChat() {
    int before = api.texts(STAFF_MEMBER).size();
    int inGroup = api.texts(STAFF).size();
    api.deliver(Updates.groupText(BotHarness.nextUpdateId(), STAFF, STAFF_MEMBER, "/console"));
    api.await("the sign-in link", a -> a.texts(STAFF_MEMBER).subList(before,
        a.texts(STAFF_MEMBER).size()).stream().anyMatch(t -> LINK.matcher(t).find()),
        BotHarness.WAIT);
    api.await("the note in the group", a -> a.texts(STAFF).size() > inGroup, BotHarness.WAIT);
    assertThat(api.texts(STAFF).get(inGroup)).contains("private chat").doesNotContain("token");
    List<String> texts = api.texts(STAFF_MEMBER);
    Matcher link = LINK.matcher(texts.get(texts.size() - 1));
    assertThat(link.find()).isTrue();
    return link.group();
  }

  private void signIn() {
    String link = linkFromStaffChat();
    browser.forgetSession();
    browser.open(link);
    browser.press("Sign in");
    browser.await("Today", b -> b.driver.getCurrentUrl().endsWith("/console")
        && b.has("#flags"), WAIT);
  }

  private WebElement card(String css, String name) {
    return browser.driver.findElements(By.cssSelector(css)).stream()
        .filter(e -> e.getText().contains(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + css + " for " + name + " on:\n"
            + browser.text("main")));
  }

  private void press(WebElement card, String label) {
    browser.pressIn(card, label);
  }

  /**
   * Presses a button on a person's card; the card is found again if the page swapped it in
   * meanwhile (a red flag arriving refreshes the flags while the page is read).
   */
  private void pressOnCard(String css, String name, String label) {
    for (int attempt = 1; ; attempt++) {
      try {
        press(card(css, name), label);
        return;
      } catch (org.openqa.selenium.StaleElementReferenceException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  @Test
  @Order(1)
  void everyPageIsRefusedWithoutASession() throws Exception {
    HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    for (String page : List.of("/console", "/console/people", "/console/funnel",
        "/console/protocol", "/console/today/flags", "/console/events",
        "/console/person?id=telegram:1", "/console/person/timeline.png?id=telegram:1",
        "/console/Funnel", "/console/%70eople", "/console/people/", "/console/./people")) {
      HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base() + page))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).as(page).isIn(302, 400);
      if (answer.statusCode() == 302) {
        assertThat(answer.headers().firstValue("Location")).as(page).get().asString()
            .endsWith("/console/sign-in");
      }
      assertThat(answer.body()).as(page).doesNotContain("Red flags").doesNotContain("Ann");
    }
    HttpResponse<String> action = http.send(HttpRequest.newBuilder(URI.create(base()
            + "/console/cases/1/clear")).POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(action.statusCode()).as("an action without a session").isIn(302, 403);
    assertThat(action.headers().firstValue("Location").orElse("/console/sign-in"))
        .contains("/console/sign-in");

    browser.forgetSession();
    browser.open(base() + "/console/people");
    assertThat(browser.driver.getCurrentUrl()).endsWith("/console/sign-in");
    assertThat(browser.text("main")).contains("send /console to the bot")
        .doesNotContain("People in follow-up");
  }

  @Test
  @Order(2)
  void aOneTimeLinkSignsInOnceAndNotAfterItExpires() {
    String link = linkFromStaffChat();
    assertThat(api.texts(STAFF_MEMBER).get(api.texts(STAFF_MEMBER).size() - 1))
        .contains("valid for 10 minutes, once");
    browser.forgetSession();
    browser.open(link);
    browser.open(link);
    assertThat(browser.text("main")).as("opening the link (as a link preview would) does not "
        + "spend it").contains("Your sign-in link is ready");
    browser.press("Sign in");
    browser.await("Today", b -> b.has("#flags"), WAIT);
    assertThat(browser.text("nav")).contains("Today").contains("People").contains("Funnel");

    browser.forgetSession();
    browser.open(link);
    browser.press("Sign in");
    assertThat(browser.driver.getCurrentUrl()).contains("refused=link");
    assertThat(browser.text("main")).contains("This link has been used or has expired");
    assertThat(browser.has("#flags")).isFalse();

    String expiring = linkFromStaffChat();
    assertThat(bot.jdbc().sql("update one_time_tokens set expires_at = ?")
        .param(java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1))).update())
        .isEqualTo(1);
    browser.forgetSession();
    browser.open(expiring);
    browser.press("Sign in");
    assertThat(browser.text("main")).contains("This link has been used or has expired");
    browser.open(base() + "/console");
    assertThat(browser.driver.getCurrentUrl()).endsWith("/console/sign-in");
  }

  @Test
  @Order(3)
  void aRedFlagAppearsOnTodayWithoutAReloadAndIsHandledThere() {
    signIn();
    browser.script("window.stillThisPage = true;");
    browser.script("document.querySelector('header form button').focus();");
    assertThat(browser.find("#new-flag").isDisplayed()).isFalse();
    Person bea = person("Bea");
    redFlag(bea);
    browser.await("the red flag on Today", b -> b.text("#flags").contains("Bea"), WAIT);
    assertThat(browser.script("return window.stillThisPage === true")).isEqualTo(true);
    assertThat(browser.script("return document.activeElement.textContent.trim()"))
        .as("what the staff member was on keeps the focus").isEqualTo("Sign out");
    assertThat(browser.find("#new-flag").isDisplayed()).isTrue();
    assertThat(browser.driver.getTitle()).startsWith("(1) ⚠");
    WebElement flag = card("#flags article", "Bea");
    assertThat(flag.getText()).contains("EMERGENCY").contains("any change in vision");
    assertThat(flag.findElement(By.linkText("Contact")).getAttribute("href"))
        .isEqualTo("tg://user?id=" + bea.chatId);

    press(flag, "Handled (plan stays paused)");
    browser.await("the page after the action", b -> b.has(".done"), WAIT);
    assertThat(browser.text(".done")).matches("Red flag #\\d+ is marked handled\\.");
    assertThat(browser.text("#flags")).doesNotContain("Bea");
    assertThat(bot.jdbc().sql("select count(*) from audit where actor = ? and action like ? "
            + "and person = ?").params("staff telegram:" + STAFF_MEMBER, "console: handled %",
            "telegram:" + bea.chatId).query(Long.class).single()).isEqualTo(1);
  }

  @Test
  @Order(4)
  void clearingAProvisionalPlanFromThePageSendsThePersonTheirDates() {
    Person cy = person("Cy");
    assertThat(toAProvisionalPlan(cy)).contains("Your provisional schedule");
    signIn();
    WebElement review = card("#reviews article", "Cy");
    assertThat(review.getText()).contains("Tendency to keloid").contains("Loading phase");
    int before = api.texts(cy.chatId).size();
    press(review, "Clear: send the dates");
    browser.await("the page after clearing", b -> b.has(".done"), WAIT);
    assertThat(browser.text(".done")).matches("Plan #\\d+ is cleared; the person has their "
        + "dates\\.");
    api.await("the person's dates", a -> a.texts(cy.chatId).size() > before, WAIT);
    String told = String.join("\n", api.texts(cy.chatId).subList(before,
        api.texts(cy.chatId).size()));
    assertThat(told).contains("cleared your plan. Here are your dates.")
        .containsPattern("\\d{1,2} \\w+ 20\\d\\d");
    assertThat(browser.text("#reviews")).doesNotContain("Cy");

    Person dan = person("Dan");
    toAProvisionalPlan(dan);
    browser.open(base() + "/console");
    WebElement other = card("#reviews article", "Dan");
    other.findElement(By.name("note")).sendKeys("Please call us to book a patch test.");
    int beforeDan = api.texts(dan.chatId).size();
    press(other, "Decline: ask them in first");
    browser.await("the page after declining", b -> b.has(".done"), WAIT);
    assertThat(browser.text(".done")).matches("Plan #\\d+ is declined; the person was asked to "
        + "book a consultation\\.");
    api.await("the person told", a -> a.texts(dan.chatId).size() > beforeDan, WAIT);
    assertThat(String.join("\n", api.texts(dan.chatId).subList(beforeDan,
        api.texts(dan.chatId).size()))).contains("would like to see you in person")
        .contains("Their note: Please call us to book a patch test.");
  }

  @Test
  @Order(5)
  void resumingAPlanPausedForSafetyFromThePageTellsThePerson() {
    Person eli = person("Eli");
    toAPlan(eli, "/start");
    eli.presses("Yes, remind me");
    eli.says("/problem");
    eli.presses("Any change in vision");
    eli.presses("Done ✓");
    signIn();
    int before = api.texts(eli.chatId).size();
    pressOnCard("#flags article", "Eli", "Resume the plan");
    browser.await("the page after resuming", b -> b.has(".done"), WAIT);
    assertThat(browser.text(".done")).matches("Red flag #\\d+ is handled; the person’s plan "
        + "continues and they have been told\\.");
    api.await("the person told", a -> a.texts(eli.chatId).size() > before, WAIT);
    assertThat(bot.jdbc().sql("select status from follow_up where chat_id = ?")
        .param("telegram:" + eli.chatId).query(String.class).single()).isEqualTo("ACTIVE");
  }

  @Test
  @Order(6)
  void theFunnelShowsTheCountsOfAScriptedSetOfConversations() {
    Person declines = person("Dee");
    declines.says("/start autumn");
    declines.says("2");
    Person finishes = person("Eve");
    toAPlan(finishes, "/start autumn");
    assertThat(finishes.presses("Yes, remind me")).contains("Reminders are on");
    assertThat(finishes.presses("Yes, send it")).contains("Sent to the clinic");
    Person stops = person("Fay");
    stops.says("/start autumn");
    stops.says("1");
    stops.says("40");
    person("Gus").says("/start spring");

    signIn();
    browser.open(base() + "/console/funnel?days=7&campaign=autumn");
    Map<String, String> rows = new LinkedHashMap<>();
    for (WebElement row : browser.driver.findElements(By.cssSelector("table.funnel tbody tr"))) {
      rows.put(row.findElement(By.cssSelector("th span")).getText(),
          row.findElement(By.cssSelector("td.num")).getText());
    }
    assertThat(rows).containsEntry("Started", "3").containsEntry("Question 1: consent", "3")
        .containsEntry("Consented", "2").containsEntry("Question 2: age", "2")
        .containsEntry("Question 3: hard-stops", "2").containsEntry("Question 4: cautions", "1")
        .containsEntry("Question 14: start-date", "1").containsEntry("Plan", "1")
        .containsEntry("Provisional plan", "0").containsEntry("Declined consent", "1")
        .containsEntry("Shared with the clinic", "1").containsEntry("Turned reminders on", "1");
    assertThat(browser.text("table.funnel tr.drop")).contains("most people stop here");
    assertThat(browser.driver.findElements(By.cssSelector("#campaign option")))
        .extracting(WebElement::getText).contains("autumn", "spring");
  }

  @Test
  @Order(7)
  void anActionWithoutACsrfTokenIsRefused() {
    Person hal = person("Hal");
    toAPlan(hal, "/start");
    assertThat(hal.presses("Yes, send it")).contains("Sent to the clinic");
    signIn();
    WebElement lead = card("#leads article", "Hal");
    browser.script("arguments[0].querySelectorAll('input[name=_csrf]')"
        + ".forEach(function (e) { e.remove(); });", lead);
    press(lead, "Mark contacted");
    browser.await("the refusal", b -> !b.driver.getCurrentUrl().endsWith("/console")
        || !b.has("#leads"), WAIT);
    String contacted = "select contacted_at from lead where chat_id = ?";
    assertThat(bot.jdbc().sql(contacted).param("telegram:" + hal.chatId)
        .query(java.sql.Timestamp.class).optional()).isEmpty();

    browser.open(base() + "/console");
    pressOnCard("#leads article", "Hal", "Mark contacted");
    browser.await("the page after the action", b -> b.has(".done"), WAIT);
    assertThat(browser.text(".done")).matches("Lead #\\d+ is marked contacted\\.");
    assertThat(bot.jdbc().sql(contacted).param("telegram:" + hal.chatId)
        .query(java.sql.Timestamp.class).optional()).isPresent();
    assertThat(browser.text("#leads")).doesNotContain("Hal");
  }

  @Test
  @Order(8)
  void peopleInFollowUpAndOnePersonsPageWithWhoLookedAtIt() {
    signIn();
    browser.open(base() + "/console/people");
    WebElement eve = card("table tbody tr", "Eve");
    assertThat(eve.getText()).contains("running");
    eve.findElement(By.linkText("Eve")).click();
    browser.await("Eve's page", b -> b.has("#plan-title"), WAIT);
    assertThat(browser.text("main")).contains("Your suggested schedule").contains("goal:");
    assertThat((Boolean) browser.script("var i = document.querySelector('img.timeline');"
        + "return i != null && i.complete && i.naturalWidth > 0;")).isTrue();
    assertThat(browser.text("main")).contains("staff telegram:" + STAFF_MEMBER
        + " · console: person's page shown");

    browser.open(base() + "/console/people?lang=ru");
    assertThat(browser.text("h1")).isEqualTo("Пациенты на сопровождении");
    browser.open(base() + "/console/people?lang=en");
  }

  @Test
  @Order(9)
  void theProtocolPageGivesThePlanOfAProfileWithItsReasons() {
    signIn();
    browser.open(base() + "/console/protocol?age=40&goal=DEEP_WRINKLES&severity=MODERATE"
        + "&skinType=NORMAL&sensitivity=NO_SUCH_THING");
    assertThat(browser.text("main")).contains("Please give at least the age");
    browser.open(base() + "/console/protocol?age=40&goal=DEEP_WRINKLES&severity=MODERATE"
        + "&skinType=NORMAL&sensitivity=NORMAL&screening=KELOID");
    assertThat(browser.text("#result")).contains("Your provisional schedule")
        .contains("A tendency to keloid scars");
    browser.await("the dialogs drawn", b -> b.has("pre.mermaid svg"), WAIT);
  }

  /** Today, People and Funnel as a clinic sees them, for the README. */
  @Test
  @Order(10)
  void screenshots() throws IOException {
    Person ivy = person("Ivy");
    toAPlan(ivy, "/start");
    ivy.presses("Yes, remind me");
    ivy.says("/problem");
    ivy.presses("Any change in vision");
    ivy.presses("Done ✓");
    toAProvisionalPlan(person("Jon"));
    Person kim = person("Kim");
    toAPlan(kim, "/start autumn");
    kim.presses("Yes, remind me");
    kim.presses("Yes, send it");
    signIn();
    Path folder = Boolean.getBoolean("mesoplan.updateScreenshots") ? Path.of("docs", "console")
        : Path.of("target", "console-screenshots");
    browser.open(base() + "/console");
    browser.screenshot(folder.resolve("today.png"), 1100);
    browser.open(base() + "/console/people");
    assertThat(card("table tbody tr", "Ivy").getText()).contains("EMERGENCY")
        .contains("paused for safety");
    browser.screenshot(folder.resolve("people.png"), 1100);
    browser.open(base() + "/console/funnel?days=7&campaign=autumn");
    browser.screenshot(folder.resolve("funnel.png"), 1100);
    browser.open(base() + "/console");
    browser.screenshot(folder.resolve("today-phone.png"), 390);
    assertThat(folder.resolve("today.png")).isNotEmptyFile();
  }
}

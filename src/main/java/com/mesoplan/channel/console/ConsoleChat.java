package com.mesoplan.channel.console;

import com.mesoplan.conversation.ChatId;
import com.mesoplan.conversation.UnitOfWork;
import com.mesoplan.conversation.Attachment;
import com.mesoplan.conversation.ConversationService;
import com.mesoplan.conversation.Incoming;
import com.mesoplan.conversation.Reply;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;

/**
 * The pre-consultation in a terminal: one local chat, answers typed as numbers or text. Runs
 * when no Telegram token is set and a terminal is attached (or {@code MESOPLAN_CONSOLE=true}).
 */
public final class ConsoleChat implements Runnable {

  public static final String CHAT_ID = new ChatId("console", "local").toString();

  private final UnitOfWork work;
  private final ConversationService conversations;
  private final BufferedReader in;
  private final PrintStream out;
  private final Optional<String> language;
  private final Runnable quit;
  private final Path files;

  public ConsoleChat(ConversationService conversations, UnitOfWork work, InputStream in,
      PrintStream out, Optional<String> language, Runnable quit, Path files) {
    this.conversations = conversations;
    this.work = work;
    this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    this.out = out;
    this.language = language;
    this.quit = quit;
    this.files = files;
  }

  /** Whether to chat in the terminal: no Telegram token, and a terminal or an explicit wish. */
  public static boolean wanted(Map<String, String> env) {
    return wanted(env.getOrDefault("MESOPLAN_CONSOLE", "auto"),
        env.getOrDefault("TELEGRAM_BOT_TOKEN", ""));
  }

  /**
   * @param setting {@code true}, {@code false} or {@code auto} (when a terminal is attached)
   */
  public static boolean wanted(String setting, String telegramToken) {
    if (!telegramToken.isBlank()) {
      return false;
    }
    String choice = setting.strip().toLowerCase(Locale.ROOT);
    return choice.equals("true") || (choice.equals("auto") && terminalAttached());
  }

  /** Keeps the chat readable: logs go to a file under the data folder, warnings still show. */
  public static void quietLogging(SpringApplication application, Map<String, String> env) {
    String dataDir = env.getOrDefault("MESOPLAN_DATA_DIR", "./data");
    Map<String, Object> defaults = new HashMap<>();
    defaults.put("logging.threshold.console", "WARN");
    defaults.put("logging.file.name", dataDir + "/mesoplan.log");
    application.setDefaultProperties(defaults);
    application.setBannerMode(Banner.Mode.OFF);
  }

  private static boolean terminalAttached() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  @Override
  public void run() {
    out.println(ConsoleText.WELCOME);
    show(work.inOne(() -> conversations.handle(CHAT_ID, new Incoming.Command("start", ""),
        language)));
    try {
      String line;
      while ((line = prompt()) != null) {
        if (line.strip().equalsIgnoreCase("/quit")) {
          quit.run();
          return;
        }
        if (!line.isBlank()) {
          String typed = line;
          show(work.inOne(() -> conversations.handle(CHAT_ID, Incoming.fromLine(typed),
              language)));
        }
      }
    } catch (IOException e) {
      out.println(ConsoleText.INPUT_CLOSED);
    }
  }

  /** A terminal cannot show a picture or hand over a file: it is saved, and its place shown. */
  private void save(Attachment attachment) {
    try {
      Files.createDirectories(files);
      Path file = files.resolve(attachment.fileName());
      Files.write(file, attachment.content());
      out.println("  → " + file.toAbsolutePath());
    } catch (IOException e) {
      out.println("  (" + ConsoleText.NOT_SAVED + ": " + e.getMessage() + ")");
    }
  }

  private String prompt() throws IOException {
    out.print("> ");
    out.flush();
    return in.readLine();
  }

  /** A message the person did not just ask for (a reminder), then the prompt again. */
  synchronized void showUnprompted(Reply reply) {
    show(reply);
    out.print("> ");
    out.flush();
  }

  synchronized void show(Reply reply) {
    for (Reply.Message message : reply.messages()) {
      out.println();
      out.println(message.text());
      message.attachment().ifPresent(this::save);
      for (int i = 0; i < message.buttons().size(); i++) {
        Reply.Button button = message.buttons().get(i);
        out.println("  " + (i + 1) + ") " + (button.ticked() ? "[x] " : "") + button.label());
      }
      message.links().forEach(link -> out.println("  " + link.label() + ": " + link.url()));
    }
    out.println();
  }
}

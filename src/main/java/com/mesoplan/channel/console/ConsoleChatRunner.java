package com.mesoplan.channel.console;

import com.mesoplan.conversation.UnitOfWork;
import com.mesoplan.conversation.ConversationService;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Starts the terminal chat on its own thread once the application is up, if it is wanted. */
@Component
class ConsoleChatRunner implements ApplicationRunner {

  private final ConversationService conversations;
  private final UnitOfWork work;
  private final ConfigurableApplicationContext context;
  private final Environment environment;
  private final ConsoleNotifier notifier;
  private final SavedFiles files;

  ConsoleChatRunner(ConversationService conversations, UnitOfWork work,
      ConfigurableApplicationContext context, Environment environment, ConsoleNotifier notifier,
      SavedFiles files) {
    this.work = work;
    this.files = files;
    this.conversations = conversations;
    this.context = context;
    this.environment = environment;
    this.notifier = notifier;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!ConsoleChat.wanted(environment.getProperty("mesoplan.console", "auto"),
        environment.getProperty("telegram.bot-token", ""))) {
      return;
    }
    Optional<String> language = Optional.ofNullable(System.getenv("MESOPLAN_LANGUAGE"))
        .or(() -> Optional.of(Locale.getDefault().getLanguage()));
    ConsoleChat chat = new ConsoleChat(conversations, work, System.in, System.out, language,
        () -> System.exit(SpringApplication.exit(context)),
        files.folder());
    notifier.attach(chat);
    Thread thread = new Thread(chat, "console-chat");
    thread.setDaemon(true);
    thread.start();
  }
}

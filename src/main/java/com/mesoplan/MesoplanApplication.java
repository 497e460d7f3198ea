package com.mesoplan;

import com.mesoplan.channel.console.ConsoleChat;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts mesoplan: the HTTP API always, and the terminal chat when nobody set up Telegram. */
@SpringBootApplication
public class MesoplanApplication {

  public static void main(String[] args) {
    SpringApplication application = new SpringApplication(MesoplanApplication.class);
    if (ConsoleChat.wanted(System.getenv())) {
      ConsoleChat.quietLogging(application, System.getenv());
    }
    application.run(args);
  }
}

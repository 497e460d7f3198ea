package com.mesoplan.channel.telegram;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a person's chat shows, as far as the bot needs to know: the question the last message
 * queued for it asks (a press on an earlier button then needs only a toast), and the last
 * question sent with buttons (a typed answer to it takes them away). Kept with the chat's other
 * records and erased with them.
 */
final class ChatScreen {

  /** A question sent with buttons: its message, which question it is, and its text as sent. */
  record OpenQuestion(int messageId, String question, String text) {}

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;

  ChatScreen(JdbcClient jdbc, TransactionTemplate transaction) {
    this.jdbc = jdbc;
    this.transaction = transaction;
  }

  /** In the caller's transaction: the calls are queued, so the last message among them is last. */
  void queued(long chatId, List<Outgoing> calls) {
    Optional<Outgoing> last = calls.stream().filter(c -> !c.kind().isEdit())
        .reduce((first, second) -> second);
    if (last.isPresent()) {
      jdbc.sql("update telegram_chat set last_shown = ? where chat_id = ?")
          .params(last.get().shows(), chatId).update();
    }
  }

  /** The last message queued will not reach the chat (dropped or refused): nothing is known. */
  void forgetShown(long chatId) {
    jdbc.sql("update telegram_chat set last_shown = null where chat_id = ?").param(chatId)
        .update();
  }

  /** The question the last message queued for the chat asks, if it asks one. */
  Optional<String> lastShown(long chatId) {
    return jdbc.sql("select last_shown from telegram_chat where chat_id = ?").param(chatId)
        .query((rs, row) -> Optional.ofNullable(rs.getString(1))).optional()
        .flatMap(shown -> shown);
  }

  /** A question with buttons that reached its chat as this message. */
  record Opened(int messageId, Outgoing call) {}

  /**
   * Questions with buttons reached their chats, in the order they were sent; noted together in
   * one transaction (the sender collects them, as it does the rows it deletes).
   */
  void opened(List<Opened> questions) {
    transaction.executeWithoutResult(status -> questions.forEach(q -> jdbc.sql("""
        update telegram_chat set open_question_id = ?, open_question = ?, open_question_text = ?
        where chat_id = ?""").params(q.messageId(), q.call().shows(), q.call().text(),
        q.call().chatId()).update()));
  }

  Optional<OpenQuestion> openQuestion(long chatId) {
    return jdbc.sql("""
        select open_question_id, open_question, open_question_text from telegram_chat
        where chat_id = ? and open_question_id is not null""").param(chatId)
        .query((rs, row) -> new OpenQuestion(rs.getInt(1), rs.getString(2), rs.getString(3)))
        .optional();
  }

  /** The question's buttons are taken away: it is open no more (unless a newer one is). */
  void closed(long chatId, int messageId) {
    jdbc.sql("""
        update telegram_chat set open_question_id = null, open_question = null,
          open_question_text = null
        where chat_id = ? and open_question_id = ?""").params(chatId, messageId).update();
  }
}

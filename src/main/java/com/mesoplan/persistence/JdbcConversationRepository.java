package com.mesoplan.persistence;

import com.mesoplan.conversation.ConcurrentTurnException;
import com.mesoplan.conversation.Conversation;
import com.mesoplan.conversation.ConversationRepository;
import com.mesoplan.dialog.DialogState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Conversations in the {@code conversation} table, one row a chat. A save only succeeds if the
 * row still has the version that was read, so two turns can never overwrite each other.
 */
final class JdbcConversationRepository implements ConversationRepository {

  private static final TypeReference<Map<String, String>> ANSWERS = new TypeReference<>() {};
  private static final TypeReference<List<String>> PATH = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final Clock clock;

  JdbcConversationRepository(JdbcClient jdbc, JsonMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  @Override
  public Optional<Conversation> find(String chatId) {
    return jdbc.sql("select * from conversation where chat_id = ?").param(chatId)
        .query(this::conversation).optional();
  }

  @Override
  public Conversation save(Conversation c) {
    DialogState d = c.dialog();
    Timestamp now = Timestamp.from(Instant.now(clock));
    int rows;
    if (c.version() == 0) {
      rows = insert(c, d, now);
    } else {
      rows = jdbc.sql("""
          update conversation set dialog_id = ?, dialog_version = ?, step_id = ?, path = ?,
            answers = ?, language = ?, language_chosen = ?, source = ?, version = ?, updated_at = ?
          where chat_id = ? and version = ?""")
          .params(d.dialogId(), d.dialogVersion(), d.stepId(), json.writeValueAsString(d.path()),
              json.writeValueAsString(d.answers()), c.language(), c.languageChosen(),
              c.source().orElse(null), c.version() + 1, now, c.chatId(), c.version())
          .update();
    }
    if (rows != 1) {
      throw new ConcurrentTurnException(c.version());
    }
    return new Conversation(c.chatId(), d, c.language(), c.languageChosen(), c.source(),
        c.version() + 1);
  }

  private int insert(Conversation c, DialogState d, Timestamp now) {
    try {
      return jdbc.sql("""
          insert into conversation (chat_id, dialog_id, dialog_version, step_id, path, answers,
            language, language_chosen, source, version, updated_at)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)""")
          .params(c.chatId(), d.dialogId(), d.dialogVersion(), d.stepId(),
              json.writeValueAsString(d.path()), json.writeValueAsString(d.answers()),
              c.language(), c.languageChosen(), c.source().orElse(null), now)
          .update();
    } catch (DuplicateKeyException e) {
      return 0;
    }
  }

  @Override
  public void delete(String chatId) {
    jdbc.sql("delete from conversation where chat_id = ?").param(chatId).update();
  }

  private Conversation conversation(ResultSet rs, int row) throws SQLException {
    DialogState dialog = new DialogState(rs.getString("dialog_id"), rs.getInt("dialog_version"),
        rs.getString("step_id"), json.readValue(rs.getString("path"), PATH),
        json.readValue(rs.getString("answers"), ANSWERS));
    return new Conversation(rs.getString("chat_id"), dialog, rs.getString("language"),
        rs.getBoolean("language_chosen"), Optional.ofNullable(rs.getString("source")),
        rs.getLong("version"));
  }
}

package com.mesoplan.channel.telegram;

import com.mesoplan.channel.telegram.TelegramReplies.PressedQuestion;
import com.mesoplan.conversation.ButtonData;
import com.mesoplan.conversation.Incoming;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.Update;

/** Reads a Telegram update as what it means for mesoplan. */
final class UpdateReader {

  private UpdateReader() {}

  /** What to do with an update. */
  sealed interface Meaning permits ForConversation, PrivateOnly, Membership, StaffCommand,
      StaffOnly, Nothing {}

  /** A staff command in the staff chat, or from a staff member in a private chat. */
  record StaffCommand(long chatId, long userId, Incoming.Command command) implements Meaning {}

  /** A staff command in a group that is not the staff chat: it is not available there. */
  record StaffOnly(long chatId, Optional<String> language) implements Meaning {}

  /** Something a person said or pressed in a private chat. */
  record ForConversation(long chatId, Incoming incoming, Optional<String> language,
      Optional<String> callbackQueryId, Optional<PressedQuestion> pressed, Sender sender)
      implements Meaning {}

  /** The name and username Telegram shows for the person, so staff can recognise them. */
  record Sender(String firstName, String username) {
    static Sender of(User user) {
      return user == null ? new Sender(null, null)
          : new Sender(user.getFirstName(), user.getUserName());
    }
  }

  /** A message in a group or channel: answered once, nothing stored. */
  record PrivateOnly(long chatId, Optional<String> language) implements Meaning {}

  /** The person blocked or unblocked the bot. */
  record Membership(long chatId, boolean blocked) implements Meaning {}

  /** An update mesoplan does not act on. */
  record Nothing() implements Meaning {}

  /** The chat an update belongs to, 0 when it has none; orders processing per chat. */
  static long chatOf(Update update) {
    if (update.getMessage() != null) {
      return update.getMessage().getChatId();
    }
    if (update.getEditedMessage() != null) {
      return update.getEditedMessage().getChatId();
    }
    if (update.getCallbackQuery() != null) {
      MaybeInaccessibleMessage message = update.getCallbackQuery().getMessage();
      return message != null ? message.getChatId() : update.getCallbackQuery().getFrom().getId();
    }
    if (update.getMyChatMember() != null) {
      return update.getMyChatMember().getChat().getId();
    }
    if (update.getChannelPost() != null) {
      return update.getChannelPost().getChatId();
    }
    return 0;
  }

  static Meaning read(Update update) {
    if (update.getMyChatMember() != null) {
      return membership(update.getMyChatMember());
    }
    if (update.getCallbackQuery() != null) {
      return press(update.getCallbackQuery());
    }
    if (update.getChannelPost() != null) {
      return new Nothing();
    }
    Message message = update.getMessage() != null ? update.getMessage() : update.getEditedMessage();
    if (message == null) {
      return new Nothing();
    }
    Optional<String> language = languageOf(message.getFrom());
    if (!isPrivate(message.getChat())) {
      return new PrivateOnly(message.getChatId(), language);
    }
    Incoming incoming;
    if (update.getEditedMessage() != null) {
      incoming = new Incoming.Unreadable(Incoming.Unreadable.Kind.EDIT);
    } else if (message.hasText()) {
      incoming = Incoming.fromLine(message.getText());
    } else {
      incoming = new Incoming.Unreadable(Incoming.Unreadable.Kind.MEDIA);
    }
    return new ForConversation(message.getChatId(), incoming, language, Optional.empty(),
        Optional.empty(), Sender.of(message.getFrom()));
  }

  private static Meaning press(CallbackQuery query) {
    MaybeInaccessibleMessage sitsOn = query.getMessage();
    long chatId = sitsOn != null ? sitsOn.getChatId() : query.getFrom().getId();
    if (sitsOn != null && !isPrivate(sitsOn.getChat())) {
      return new Nothing();
    }
    Optional<PressedQuestion> pressed = sitsOn instanceof Message message && message.hasText()
        ? Optional.of(new PressedQuestion(message.getMessageId(), message.getText()))
        : Optional.empty();
    Incoming incoming = ButtonData.read(query.getData()).<Incoming>map(p -> p)
        .orElse(new Incoming.Pressed(-1, "", ""));
    return new ForConversation(chatId, incoming, languageOf(query.getFrom()),
        Optional.of(query.getId()), pressed, Sender.of(query.getFrom()));
  }

  private static Meaning membership(ChatMemberUpdated change) {
    if (!isPrivate(change.getChat())) {
      return new Nothing();
    }
    String status = change.getNewChatMember().getStatus();
    return new Membership(change.getChat().getId(), "kicked".equals(status));
  }

  static boolean isPrivate(Chat chat) {
    return chat != null && "private".equals(chat.getType());
  }

  static Optional<String> languageOf(User user) {
    return user == null ? Optional.empty() : Optional.ofNullable(user.getLanguageCode());
  }
}

package com.mesoplan.channel.telegram;

import com.mesoplan.conversation.ChatId;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mesoplan.channel.telegram.UpdateReader.ForConversation;
import com.mesoplan.channel.telegram.UpdateReader.Membership;
import com.mesoplan.channel.telegram.UpdateReader.Meaning;
import com.mesoplan.channel.telegram.UpdateReader.PrivateOnly;
import com.mesoplan.conversation.ConversationService;
import com.mesoplan.conversation.Incoming;
import com.mesoplan.conversation.StaffCommands;
import com.mesoplan.conversation.Reply;
import com.mesoplan.i18n.Messages;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Takes one stored update through the conversation. The turn, its replies in the outbox and
 * the mark that the update is done commit together, so an update has its effect exactly once.
 */
final class UpdateProcessor {

  private static final Logger log = LoggerFactory.getLogger(UpdateProcessor.class);
  static final String CHANNEL = "telegram";

  private final Inbox inbox;
  private final OutboxSender sender;
  private final BlockedChats blocked;
  private final ConversationService conversations;
  private final Messages messages;
  private final TelegramCalls calls;
  private final ObjectMapper json;
  private final TransactionTemplate transaction;
  private final Staff staff;
  private final TelegramContacts contacts;
  private final ChatScreen screen;

  UpdateProcessor(Inbox inbox, OutboxSender sender, BlockedChats blocked,
      ConversationService conversations, Messages messages, TelegramCalls calls,
      ObjectMapper json, TransactionTemplate transaction, Staff staff,
      TelegramContacts contacts, ChatScreen screen) {
    this.screen = screen;
    this.staff = staff;
    this.contacts = contacts;
    this.inbox = inbox;
    this.sender = sender;
    this.blocked = blocked;
    this.conversations = conversations;
    this.messages = messages;
    this.calls = calls;
    this.json = json;
    this.transaction = transaction;
  }

  /**
   * Who may use the staff commands, and where: anyone in the staff chat, and staff members in a
   * private chat with the bot. A staff member in any other group is not where staff are: the
   * group may hold people who must not see personal data.
   */
  record Staff(StaffCommands commands, Optional<Long> chatId, Set<Long> memberIds) {
    boolean isStaffChat(long chat) {
      return chatId.map(id -> id == chat).orElse(false);
    }

    boolean mayUseCommands(Message message) {
      return isStaffChat(message.getChatId()) || (UpdateReader.isPrivate(message.getChat())
          && memberIds.contains(message.getFrom().getId()));
    }
  }

  /** Takes the update's turn in a transaction of its own. */
  void process(long updateId, Update update) {
    inOneTransaction(() -> take(updateId, update));
  }

  /** Runs turns in one transaction: they commit together, or none does. */
  void inOneTransaction(Runnable turns) {
    transaction.executeWithoutResult(status -> turns.run());
  }

  /**
   * Takes the update's turn, unless it was taken already (by another instance), in the
   * caller's transaction.
   */
  void take(long updateId, Update update) {
    if (inbox.claim(updateId)) {
      act(read(update));
    }
  }

  /**
   * Takes the turn of an update stored in the caller's transaction as already done (it never
   * waited in the inbox, so there is nothing to claim).
   */
  void takeNew(Update update) {
    act(read(update));
  }

  /** A stored body read back; empty when it cannot be read (it is then skipped). */
  Optional<Update> parse(long updateId, String body) {
    try {
      return Optional.of(json.readValue(body, Update.class));
    } catch (JsonProcessingException e) {
      log.warn("update {} could not be read and is skipped", updateId);
      return Optional.empty();
    }
  }

  private Meaning read(Update update) {
    if (update == null) {
      return new UpdateReader.Nothing();
    }
    Message message = update.getMessage();
    if (message != null && message.hasText() && message.getFrom() != null) {
      Incoming incoming = Incoming.fromLine(message.getText());
      if (StaffCommands.isStaffCommand(incoming)) {
        if (staff.mayUseCommands(message)) {
          return new UpdateReader.StaffCommand(message.getChatId(), message.getFrom().getId(),
              (Incoming.Command) incoming);
        }
        if (!UpdateReader.isPrivate(message.getChat())) {
          return new UpdateReader.StaffOnly(message.getChatId(),
              UpdateReader.languageOf(message.getFrom()));
        }
      }
    }
    if (message != null && staff.isStaffChat(message.getChatId())) {
      return new UpdateReader.Nothing();
    }
    return UpdateReader.read(update);
  }

  private void act(Meaning meaning) {
    if (meaning instanceof ForConversation turn) {
      converse(turn);
    } else if (meaning instanceof PrivateOnly group) {
      notice(group.chatId(), group.language(), "telegram.privateOnly");
    } else if (meaning instanceof UpdateReader.StaffCommand command) {
      Reply answer = staff.commands().handle(command.command(), conversationOf(command.userId()));
      if (StaffCommands.isPersonal(command.command()) && command.chatId() != command.userId()) {
        // a sign-in link is for the asker alone: it goes to their private chat, not the group
        sender.queue(command.userId(), TelegramReplies.render(command.userId(), answer,
            Optional.empty()));
        notice(command.chatId(), Optional.empty(), "staff.sentPrivately");
        return;
      }
      sender.queue(command.chatId(), TelegramReplies.render(command.chatId(), answer,
          Optional.empty()));
    } else if (meaning instanceof UpdateReader.StaffOnly group) {
      notice(group.chatId(), group.language(), "staff.notAvailable");
    } else if (meaning instanceof Membership membership) {
      blocked.set(membership.chatId(), membership.blocked());
      if (membership.blocked()) {
        sender.dropPending(membership.chatId());
      }
    }
  }

  /**
   * A person's turn. A press is answered at once (outside the message queue), with a toast when
   * that is all the turn needs to say: the question it would ask again is already the chat's
   * last message. An answer typed to a question with buttons takes them away, as a press does.
   */
  private void converse(ForConversation turn) {
    long chat = turn.chatId();
    blocked.unblock(chat);
    contacts.remember(chat, turn.sender());
    Reply reply = conversations.handle(conversationOf(chat), turn.incoming(), turn.language());
    Optional<String> toast = reply.toast()
        .filter(t -> reply.asks().isPresent() && reply.asks().equals(screen.lastShown(chat)));
    turn.callbackQueryId().ifPresent(id -> afterCommit(() -> calls.answerPress(id, toast)));
    if (toast.isPresent()) {
      return;
    }
    Optional<ChatScreen.OpenQuestion> typedTo = turn.pressed().isPresent() ? Optional.empty()
        : reply.answered().flatMap(answered -> screen.openQuestion(chat)
            .filter(open -> open.question().equals(answered)));
    typedTo.ifPresent(open -> screen.closed(chat, open.messageId()));
    sender.queue(chat, TelegramReplies.render(chat, reply, turn.pressed(), typedTo));
  }

  /** One message in a group, in the sender's language where it is offered. */
  private void notice(long chatId, Optional<String> language, String key) {
    String text = messages.render(messages.languageFor(language.orElse(null)), key);
    sender.queue(chatId, List.of(Outgoing.send(chatId, TelegramReplies.escape(text), List.of())));
  }

  private static void afterCommit(Runnable action) {
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        action.run();
      }
    });
  }

  /** The Telegram chat behind a conversation id; empty for another channel's or a malformed id. */
  static Optional<Long> chatIdOf(String conversationId) {
    return ChatId.parse(conversationId).filter(chat -> chat.isOn(CHANNEL))
        .filter(chat -> chat.id().matches("-?\\d{1,19}")).flatMap(chat -> {
          try {
            return Optional.of(Long.parseLong(chat.id()));
          } catch (NumberFormatException e) {
            return Optional.empty();
          }
        });
  }

  /** The conversation id of a Telegram chat (or of a Telegram user, for staff). */
  static String conversationOf(long chat) {
    return new ChatId(CHANNEL, Long.toString(chat)).toString();
  }
}

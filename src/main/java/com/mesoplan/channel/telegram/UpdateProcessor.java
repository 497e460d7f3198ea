package com.mesoplan.channel.telegram;

import com.mesoplan.conversation.ChatId;
import com.mesoplan.messaging.BlockedChats;
import com.mesoplan.messaging.OutboxSender;
import com.mesoplan.messaging.Turns;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mesoplan.channel.telegram.UpdateReader.ForConversation;
import com.mesoplan.channel.telegram.UpdateReader.Membership;
import com.mesoplan.channel.telegram.UpdateReader.Meaning;
import com.mesoplan.channel.telegram.UpdateReader.PrivateOnly;
import com.mesoplan.conversation.ConversationService;
import com.mesoplan.conversation.ChatJoining;
import com.mesoplan.conversation.ChatLinks;
import com.mesoplan.conversation.Incoming;
import com.mesoplan.conversation.JoinLinks;
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
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Takes one stored update through the conversation. The turn, its replies in the outbox and
 * the mark that the update is done commit together, so an update has its effect exactly once.
 */
final class UpdateProcessor implements Turns<Update> {

  private static final Logger log = LoggerFactory.getLogger(UpdateProcessor.class);
  static final String CHANNEL = "telegram";

  private final OutboxSender<Outgoing> sender;
  private final BlockedChats blocked;
  private final ConversationService conversations;
  private final Messages messages;
  private final TelegramCalls calls;
  private final ObjectMapper json;
  private final Staff staff;
  private final TelegramContacts contacts;
  private final ChatScreen screen;
  private final ChatLinks links;
  private final ChatJoining joining;

  UpdateProcessor(OutboxSender<Outgoing> sender, BlockedChats blocked,
      ConversationService conversations, Messages messages, TelegramCalls calls,
      ObjectMapper json, Staff staff, TelegramContacts contacts, ChatScreen screen,
      ChatLinks links, ChatJoining joining) {
    this.joining = joining;
    this.links = links;
    this.screen = screen;
    this.staff = staff;
    this.contacts = contacts;
    this.sender = sender;
    this.blocked = blocked;
    this.conversations = conversations;
    this.messages = messages;
    this.calls = calls;
    this.json = json;
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

  @Override
  public void take(Update update) {
    act(read(update));
  }

  @Override
  public Optional<Update> read(String body) {
    try {
      return Optional.of(json.readValue(body, Update.class));
    } catch (JsonProcessingException e) {
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
        sender.queue(conversationOf(command.userId()), TelegramReplies.render(command.userId(), answer,
            Optional.empty()));
        notice(command.chatId(), Optional.empty(), "staff.sentPrivately");
        return;
      }
      sender.queue(conversationOf(command.chatId()), TelegramReplies.render(command.chatId(), answer,
          Optional.empty()));
    } else if (meaning instanceof UpdateReader.StaffOnly group) {
      notice(group.chatId(), group.language(), "staff.notAvailable");
    } else if (meaning instanceof Membership membership) {
      blocked.set(conversationOf(membership.chatId()), membership.blocked());
      if (membership.blocked()) {
        sender.dropPending(conversationOf(membership.chatId()));
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
    blocked.unblock(conversationOf(chat));
    contacts.remember(chat, turn.sender());
    Reply reply = joining(turn).orElseGet(() -> conversations.handle(
        links.conversationOf(conversationOf(chat)).orElse(conversationOf(chat)), turn.incoming(),
        turn.language()));
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
    sender.queue(conversationOf(chat), TelegramReplies.render(chat, reply, turn.pressed(),
        typedTo));
  }

  /**
   * {@code /start join-<code>}, from a link the website's chat offered: this chat is shown the
   * confirmation to type there ({@link ChatJoining}).
   */
  private Optional<Reply> joining(ForConversation turn) {
    if (!(turn.incoming() instanceof Incoming.Command command) || !command.name().equals("start")
        || !command.argument().startsWith(JoinLinks.PREFIX)) {
      return Optional.empty();
    }
    return Optional.of(joining.opened(command.argument().substring(JoinLinks.PREFIX.length()),
        conversationOf(turn.chatId()), turn.language()));
  }

  /** One message in a group, in the sender's language where it is offered. */
  private void notice(long chatId, Optional<String> language, String key) {
    String text = messages.render(messages.languageFor(language.orElse(null)), key);
    sender.queue(conversationOf(chatId), List.of(Outgoing.send(chatId, TelegramReplies.escape(text), List.of())));
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

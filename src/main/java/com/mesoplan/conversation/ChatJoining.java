package com.mesoplan.conversation;

import com.mesoplan.i18n.Messages;
import com.mesoplan.i18n.Text;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Continuing a conversation in a chat on another channel, in two steps that prove one person
 * holds both: the new chat opens the code the conversation offered and is shown six digits; the
 * person types them in the conversation, and only then does the new chat continue it (and get
 * its reminders). A chat that has a conversation of its own is not joined to another: that one
 * would be lost from sight.
 */
public final class ChatJoining {

  private static final Pattern CONFIRMATION = Pattern.compile("\\s*(\\d{3})\\s?(\\d{3})\\s*");

  private final ChatLinks links;
  private final ConversationService conversations;
  private final Messages messages;
  private final Notifier notifier;

  public ChatJoining(ChatLinks links, ConversationService conversations, Messages messages,
      Notifier notifier) {
    this.links = links;
    this.conversations = conversations;
    this.messages = messages;
    this.notifier = notifier;
  }

  /** The new chat opened a code ({@code /start join-<code>}): what it is told. */
  public Reply opened(String code, String chat, Optional<String> languageHint) {
    String language = messages.languageFor(languageHint.orElse(null));
    if (conversations.has(chat) || links.conversationOf(chat).isPresent()) {
      return say(language, "join.ownConversation");
    }
    Optional<String> confirmation = links.opened(code, chat);
    if (confirmation.isEmpty()) {
      return say(language, "join.expired");
    }
    String digits = confirmation.get().substring(0, 3) + " " + confirmation.get().substring(3);
    return new Reply(List.of(new Reply.Message(messages.render(language,
        new Text("join.confirm", Map.of("code", digits))),
        List.of())));
  }

  /**
   * Something typed in the conversation: when a chat waits for its confirmation and this is six
   * digits, it is taken as the confirmation (joined, or refused), else it is none of this.
   */
  public Optional<Reply> typed(String conversation, String text, Optional<String> languageHint) {
    Matcher digits = CONFIRMATION.matcher(text);
    Optional<String> joining = digits.matches() ? links.joining(conversation) : Optional.empty();
    if (joining.isEmpty()) {
      return Optional.empty();
    }
    String language = conversations.languageOf(conversation)
        .orElse(messages.languageFor(languageHint.orElse(null)));
    if (conversations.has(joining.get())) {
      // it began a conversation of its own since it opened the code: that one would be lost
      return Optional.of(say(language, "join.ownConversationSince"));
    }
    Optional<String> joined = links.confirm(conversation, digits.group(1) + digits.group(2));
    if (joined.isEmpty()) {
      return Optional.of(say(language, "join.wrongConfirmation"));
    }
    notifier.send(joined.get(), conversations.continuedHere(conversation, Optional.empty()));
    return Optional.of(say(language, "join.done"));
  }

  private Reply say(String language, String key) {
    return new Reply(List.of(new Reply.Message(messages.render(language, key), List.of())));
  }
}

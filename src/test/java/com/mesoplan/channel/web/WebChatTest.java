package com.mesoplan.channel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mesoplan.conversation.Attachment;
import com.mesoplan.conversation.Reply;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The website chat's keys, settings and rendering, without a server. */
class WebChatTest {

  @Test
  void aKeyAlwaysOpensTheSameChatAndNamesItOnlyByItsHash() {
    String key = WebChats.newKey();
    assertThat(key).matches("[A-Za-z0-9_-]{43}");
    assertThat(WebChats.chatOf(key)).isEqualTo(WebChats.chatOf(key));
    assertThat(WebChats.chatOf(key).orElseThrow()).startsWith("web:").doesNotContain(key)
        .hasSize(36);
    assertThat(WebChats.chatOf(WebChats.newKey())).isNotEqualTo(WebChats.chatOf(key));
  }

  @Test
  void anythingThatIsNotAKeyOpensNoChat() {
    for (String odd : new String[] {null, "", "abc", "web:x", "../../etc/passwd",
        "A".repeat(42), "A".repeat(44), "A".repeat(42) + "%", "A".repeat(42) + "\n"}) {
      assertThat(WebChats.chatOf(odd)).as(String.valueOf(odd)).isEmpty();
    }
  }

  @Test
  void originsAreSchemesAndHostsOnlyAndABadOneStopsTheStartNamingTheSetting() {
    assertThat(new WebChatSettings(" https://clinic.example, http://localhost:8000 ", 0, 0, 0)
        .allowedOrigins()).containsExactly("https://clinic.example", "http://localhost:8000");
    assertThat(new WebChatSettings("", 0, 0, 0).allowedOrigins()).isEmpty();
    for (String bad : new String[] {"clinic.example", "https://clinic.example/", "*",
        "https://clinic.example/chat", "ftp://clinic.example", "https://user@clinic.example"}) {
      assertThatThrownBy(() -> new WebChatSettings(bad, 0, 0, 0).allowedOrigins()).as(bad)
          .hasMessageContaining("MESOPLAN_WEB_CHAT_ORIGINS");
    }
  }

  @Test
  void aReplyBecomesTheAnswerShownOnItsQuestionThenItsMessagesWithButtonsAndFiles() {
    Reply.Button agree = new Reply.Button("Yes", 3, "consent", "agree", false);
    Reply reply = new Reply(List.of(
        new Reply.Message("Question 2 of 14", List.of(agree), Optional.empty(), Optional.empty(),
            List.of(), Optional.of("pre/3/age")),
        new Reply.Message("Your plan", List.of(), Optional.empty(), Optional.of(
            new Attachment(Attachment.Kind.PICTURE, "plan.png", "image/png", new byte[] {1})))),
        Optional.of("I agree"), false, Optional.of("pre/3/consent"), Optional.empty());

    List<WebCall> calls = WebReplies.render("web:x", reply, true);

    assertThat(calls).extracting(WebCall::kind).containsExactly(WebCall.Kind.ANSWERED,
        WebCall.Kind.MESSAGE, WebCall.Kind.MESSAGE);
    assertThat(calls.get(0).answers()).isEqualTo("pre/3/consent");
    assertThat(calls.get(0).chosen()).isEqualTo("I agree");
    assertThat(calls.get(1).buttons()).containsExactly(new WebCall.Button("Yes",
        "3:consent:agree", false));
    assertThat(calls.get(1).shows()).isEqualTo("pre/3/age");
    assertThat(calls.get(2).file().picture()).isTrue();
    assertThat(calls.get(2).withoutContent().file().content()).isNull();
    assertThat(calls).extracting(WebCall::id).doesNotHaveDuplicates();
  }
}

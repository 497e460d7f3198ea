package com.mesoplan.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sender under a tight overall limit: chats take turns, so that no chat's first reply waits
 * behind another chat's later ones.
 */
class FairSendingIT {

  @TempDir
  Path dataDir;

  @Test
  void withTwoCallsASecondAndTenChatsWaitingEveryFirstReplyGoesBeforeAnyThird()
      throws IOException {
    try (FakeBotApi api = new FakeBotApi();
        BotHarness bot = new BotHarness(api, dataDir).start("--telegram.messages-per-second=2",
            "--telegram.chat-messages-per-second=1", "--telegram.chat-burst=3")) {
      List<Long> chats = new ArrayList<>();
      for (long chat = 8_200_000_001L; chat <= 8_200_000_010L; chat++) {
        chats.add(chat);
      }
      // three replies a chat, none of them a question (nothing overtakes anything)
      for (int round = 0; round < 3; round++) {
        for (long chat : chats) {
          api.deliver(Updates.text(BotHarness.nextUpdateId(), chat, "/plan", "en"));
        }
      }

      api.await("three replies a chat", a -> chats.stream()
          .allMatch(c -> a.texts(c).size() == 3), Duration.ofSeconds(40));

      List<Long> order = api.calls().stream().filter(c -> c.method().equals("sendmessage"))
          .map(c -> c.body().path("chat_id").asLong()).toList();
      Map<Long, Integer> seen = new HashMap<>();
      int lastFirst = -1;
      int firstThird = Integer.MAX_VALUE;
      for (int i = 0; i < order.size(); i++) {
        int nth = seen.merge(order.get(i), 1, Integer::sum);
        if (nth == 1) {
          lastFirst = i;
        } else if (nth == 3) {
          firstThird = Math.min(firstThird, i);
        }
      }
      assertThat(lastFirst).as("the last chat's first reply, in %s", order)
          .isLessThan(firstThird);
    }
  }
}

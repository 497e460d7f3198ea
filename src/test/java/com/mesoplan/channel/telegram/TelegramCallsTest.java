package com.mesoplan.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.mesoplan.messaging.SendResult;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** Telegram's error answers, as the channel-neutral sender reads them. */
class TelegramCallsTest {

  private static SendResult answer(int code, String description, Integer retryAfter) {
    return TelegramCalls.classify(new TelegramApiRequestException("Error", new ApiResponse<>(
        false, code, description, retryAfter == null ? null
            : new ResponseParameters(null, retryAfter), null)));
  }

  @Test
  void eachErrorAnswerHasItsMeaning() {
    assertThat(answer(429, "Too Many Requests: retry after 7", 7))
        .isEqualTo(new SendResult.RetryAfter(Duration.ofSeconds(7)));
    assertThat(answer(429, "Too Many Requests", null))
        .isEqualTo(new SendResult.RetryAfter(Duration.ofSeconds(1)));
    assertThat(answer(403, "Forbidden: bot was blocked by the user", null))
        .isInstanceOf(SendResult.Gone.class);
    assertThat(answer(400, "Bad Request: message is not modified: specified new message "
        + "content and reply markup are exactly the same", null))
        .isEqualTo(SendResult.Sent.nothingNew());
    assertThat(answer(400, "Bad Request: message to edit not found", null))
        .isEqualTo(new SendResult.Rejected(400));
    assertThat(answer(502, "Bad Gateway", null)).isInstanceOf(SendResult.Failed.class);
  }
}

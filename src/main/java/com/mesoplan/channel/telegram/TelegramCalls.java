package com.mesoplan.channel.telegram;

import com.mesoplan.messaging.SendResult;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mesoplan.channel.telegram.Outgoing.Key;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Makes the outgoing calls: stored replies, and answers to button presses. Texts, keyboards and
 * answers to presses, nearly every call, are the Telegram client's own method objects posted as
 * JSON over its HTTP client: replies on the sending thread, answers to presses on the HTTP
 * client's own threads, without waiting. Of Telegram's answer only {@code ok} and the sent
 * message's id are read when it succeeds, and the whole of it when it is an error (code,
 * description, {@code retry_after}); the Telegram client would read every answer into a full
 * message object, which nothing here uses, on another thread. Pictures and files go through the Telegram client, which builds their
 * multipart upload.
 */
class TelegramCalls {

  private static final Logger log = LoggerFactory.getLogger(TelegramCalls.class);

  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final TelegramClient client;
  private final OkHttpClient http;
  private final ObjectMapper json;
  /** {@code https://api.telegram.org/bot<token>/}, to which the method's name is added. */
  private final String methods;

  TelegramCalls(TelegramClient client, OkHttpClient http, ObjectMapper json, String methods) {
    this.client = client;
    this.http = http;
    this.json = json;
    this.methods = methods;
  }

  /** Makes the call and says, in the sender's terms, what Telegram answered. */
  SendResult send(Outgoing call) {
    try {
      return new SendResult.Sent(execute(call));
    } catch (TelegramApiRequestException e) {
      return classify(e);
    } catch (TelegramApiException e) {
      return new SendResult.Failed(e.getClass().getSimpleName());
    }
  }

  /**
   * Telegram's error answers: 429 is a wait, 403 a chat that blocked the bot, "message is not
   * modified" an edit with nothing to change (done), any other 4xx a refusal, the rest a
   * failure worth another try.
   */
  static SendResult classify(TelegramApiRequestException e) {
    Integer code = e.getErrorCode();
    if (code == null) {
      return new SendResult.Failed("no error code");
    }
    if (code == 429) {
      Integer after = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
      return new SendResult.RetryAfter(Duration.ofSeconds(after == null ? 1 : after));
    }
    if (code == 403) {
      return new SendResult.Gone();
    }
    if (code == 400 && String.valueOf(e.getApiResponse()).contains("message is not modified")) {
      return SendResult.Sent.nothingNew();
    }
    if (code >= 400 && code < 500) {
      return new SendResult.Rejected(code);
    }
    return new SendResult.Failed("error " + code);
  }

  /** Makes the call; returns the id of the message it sent, when it sent a text message. */
  OptionalInt execute(Outgoing call) throws TelegramApiException {
    switch (call.kind()) {
      case SEND -> {
        return post(SendMessage.builder().chatId(call.chatId()).text(call.text())
            .parseMode(ParseMode.HTML).replyMarkup(markup(call.keyboard())).build());
      }
      case EDIT_TEXT -> post(EditMessageText.builder().chatId(call.chatId())
          .messageId(call.messageId()).text(call.text()).parseMode(ParseMode.HTML)
          .replyMarkup(markup(call.keyboard())).build());
      case EDIT_KEYBOARD -> post(EditMessageReplyMarkup.builder()
          .chatId(call.chatId()).messageId(call.messageId())
          .replyMarkup(markup(call.keyboard())).build());
      case SEND_PHOTO -> client.execute(SendPhoto.builder().chatId(call.chatId())
          .photo(file(call)).caption(call.text()).parseMode(ParseMode.HTML).build());
      case SEND_DOCUMENT -> client.execute(SendDocument.builder().chatId(call.chatId())
          .document(file(call)).caption(call.text()).parseMode(ParseMode.HTML).build());
    }
    return OptionalInt.empty();
  }

  /**
   * Stops a button's spinner, with a toast if there is one (Telegram shows it over the chat
   * for a few seconds), without waiting for the answer: the call goes out on the HTTP
   * client's own threads. A late or failed answer changes nothing else.
   */
  void answerPress(String callbackQueryId, Optional<String> toast) {
    AnswerCallbackQuery answer = AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId)
        .text(toast.orElse(null)).build();
    try {
      http.newCall(request(answer)).enqueue(new Callback() {
        @Override
        public void onResponse(Call call, Response response) {
          response.close();
        }

        @Override
        public void onFailure(Call call, IOException e) {
          log.debug("answerCallbackQuery failed: {}", e.getMessage());
        }
      });
    } catch (TelegramApiException e) {
      log.debug("answerCallbackQuery failed: {}", e.getMessage());
    }
  }

  /**
   * Posts the method and returns once Telegram accepted it.
   *
   * @throws TelegramApiRequestException Telegram answered with an error
   * @throws TelegramApiException the call did not get through, or the answer made no sense
   */
  private OptionalInt post(BotApiMethod<?> method) throws TelegramApiException {
    byte[] answer;
    try (Response response = http.newCall(request(method)).execute()) {
      ResponseBody body = response.body();
      answer = body == null ? new byte[0] : body.bytes();
    } catch (IOException e) {
      throw new TelegramApiException("Unable to execute " + method.getMethod(), e);
    }
    Accepted accepted = read(answer);
    if (!accepted.ok()) {
      throw error(method, answer);
    }
    return accepted.messageId();
  }

  /** Of an answer: whether {@code ok} is true, and the id of the message in its result. */
  private record Accepted(boolean ok, OptionalInt messageId) {}

  private Request request(BotApiMethod<?> method) throws TelegramApiException {
    method.validate();
    try {
      return new Request.Builder().url(methods + method.getMethod())
          .post(RequestBody.create(json.writeValueAsBytes(method), JSON)).build();
    } catch (IOException e) {
      throw new TelegramApiException("Unable to write " + method.getMethod(), e);
    }
  }

  /**
   * Reads {@code ok} and {@code result.message_id}, skipping everything else: the result of a
   * sent message is most of the answer and nothing else of it is needed.
   */
  private Accepted read(byte[] answer) {
    boolean ok = false;
    OptionalInt messageId = OptionalInt.empty();
    try (JsonParser parser = json.getFactory().createParser(answer)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return new Accepted(false, messageId);
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if ("ok".equals(field)) {
          ok = value == JsonToken.VALUE_TRUE;
        } else if ("result".equals(field) && value == JsonToken.START_OBJECT) {
          messageId = messageIdIn(parser);
          continue;
        }
        parser.skipChildren();
      }
      return new Accepted(ok, messageId);
    } catch (IOException e) {
      return new Accepted(false, OptionalInt.empty());
    }
  }

  /** The {@code message_id} of the object the parser is in, which it reads to its end. */
  private static OptionalInt messageIdIn(JsonParser parser) throws IOException {
    OptionalInt id = OptionalInt.empty();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      if ("message_id".equals(field) && value == JsonToken.VALUE_NUMBER_INT) {
        id = OptionalInt.of(parser.getIntValue());
      }
      parser.skipChildren();
    }
    return id;
  }

  private TelegramApiException error(BotApiMethod<?> method, byte[] answer) {
    try {
      ApiResponse<?> response = json.readValue(answer, ApiResponse.class);
      return new TelegramApiRequestException("Error executing " + method.getMethod(), response);
    } catch (IOException e) {
      return new TelegramApiException("Unreadable answer to " + method.getMethod(), e);
    }
  }

  private static InputFile file(Outgoing call) {
    return new InputFile(new ByteArrayInputStream(call.file()), call.fileName());
  }

  private static InlineKeyboardMarkup markup(List<List<Key>> keyboard) {
    if (keyboard == null || keyboard.isEmpty()) {
      return null;
    }
    return InlineKeyboardMarkup.builder().keyboard(keyboard.stream().map(row -> new InlineKeyboardRow(
        row.stream().map(TelegramCalls::button).toList())).toList()).build();
  }

  private static InlineKeyboardButton button(Key key) {
    return key.url() != null
        ? InlineKeyboardButton.builder().text(key.text()).url(key.url()).build()
        : InlineKeyboardButton.builder().text(key.text()).callbackData(key.data()).build();
  }
}

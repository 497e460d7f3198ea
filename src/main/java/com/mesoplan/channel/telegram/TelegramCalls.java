package com.mesoplan.channel.telegram;

import com.mesoplan.channel.telegram.Outgoing.Key;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Makes a stored outgoing call with the Telegram client. */
class TelegramCalls {

  private final TelegramClient client;

  TelegramCalls(TelegramClient client) {
    this.client = client;
  }

  void execute(Outgoing call) throws TelegramApiException {
    switch (call.kind()) {
      case SEND -> client.execute(SendMessage.builder().chatId(call.chatId()).text(call.text())
          .parseMode(ParseMode.HTML).replyMarkup(markup(call.keyboard())).build());
      case EDIT_TEXT -> client.execute(EditMessageText.builder().chatId(call.chatId())
          .messageId(call.messageId()).text(call.text()).parseMode(ParseMode.HTML)
          .replyMarkup(markup(call.keyboard())).build());
      case EDIT_KEYBOARD -> client.execute(EditMessageReplyMarkup.builder()
          .chatId(call.chatId()).messageId(call.messageId())
          .replyMarkup(markup(call.keyboard())).build());
      case SEND_PHOTO -> client.execute(SendPhoto.builder().chatId(call.chatId())
          .photo(file(call)).caption(call.text()).parseMode(ParseMode.HTML).build());
      case SEND_DOCUMENT -> client.execute(SendDocument.builder().chatId(call.chatId())
          .document(file(call)).caption(call.text()).parseMode(ParseMode.HTML).build());
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
        row.stream().map(k -> InlineKeyboardButton.builder().text(k.text()).callbackData(k.data())
            .build()).toList())).toList()).build();
  }
}

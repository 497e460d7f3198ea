package com.mesoplan.channel.telegram;

/** Telegram update JSON as the Bot API sends it. */
final class Updates {

  private Updates() {}

  private static String user(long id, String language) {
    return user(id, language, "Ann");
  }

  private static String user(long id, String language, String name) {
    return "{\"id\":" + id + ",\"is_bot\":false,\"first_name\":" + quote(name)
        + ",\"language_code\":\"" + language + "\"}";
  }

  private static String chat(long id, String type) {
    return chat(id, type, "Ann");
  }

  private static String chat(long id, String type, String name) {
    return "{\"id\":" + id + ",\"type\":\"" + type + "\"" + (type.equals("private")
        ? ",\"first_name\":" + quote(name) : ",\"title\":\"Friends\"") + "}";
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  static String text(long updateId, long chatId, String text, String language) {
    return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + updateId
        + ",\"from\":" + user(chatId, language) + ",\"chat\":" + chat(chatId, "private")
        + ",\"date\":1780000000,\"text\":" + quote(text) + "}}";
  }

  /** A message from a person who shows this first name. */
  static String text(long updateId, long chatId, String text, String language, String name) {
    return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + updateId
        + ",\"from\":" + user(chatId, language, name) + ",\"chat\":"
        + chat(chatId, "private", name) + ",\"date\":1780000000,\"text\":" + quote(text) + "}}";
  }

  static String groupText(long updateId, long groupId, long userId, String text) {
    return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + updateId
        + ",\"from\":" + user(userId, "en") + ",\"chat\":" + chat(groupId, "group")
        + ",\"date\":1780000000,\"text\":" + quote(text) + "}}";
  }

  static String sticker(long updateId, long chatId) {
    return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + updateId
        + ",\"from\":" + user(chatId, "en") + ",\"chat\":" + chat(chatId, "private")
        + ",\"date\":1780000000,\"sticker\":{\"file_id\":\"f\",\"file_unique_id\":\"u\","
        + "\"type\":\"regular\",\"width\":512,\"height\":512,\"is_animated\":false,"
        + "\"is_video\":false}}}";
  }

  static String photo(long updateId, long chatId) {
    return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + updateId
        + ",\"from\":" + user(chatId, "en") + ",\"chat\":" + chat(chatId, "private")
        + ",\"date\":1780000000,\"photo\":[{\"file_id\":\"p\",\"file_unique_id\":\"q\","
        + "\"width\":90,\"height\":90}]}}";
  }

  static String voice(long updateId, long chatId) {
    return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + updateId
        + ",\"from\":" + user(chatId, "en") + ",\"chat\":" + chat(chatId, "private")
        + ",\"date\":1780000000,\"voice\":{\"file_id\":\"v\",\"file_unique_id\":\"w\","
        + "\"duration\":3}}}";
  }

  static String edited(long updateId, long chatId, String text) {
    return "{\"update_id\":" + updateId + ",\"edited_message\":{\"message_id\":" + updateId
        + ",\"from\":" + user(chatId, "en") + ",\"chat\":" + chat(chatId, "private")
        + ",\"date\":1780000000,\"edit_date\":1780000100,\"text\":" + quote(text) + "}}";
  }

  static String press(long updateId, long chatId, int messageId, String messageText,
      String data, String language) {
    return press(updateId, chatId, messageId, messageText, data, language, "Ann");
  }

  static String press(long updateId, long chatId, int messageId, String messageText,
      String data, String language, String name) {
    return "{\"update_id\":" + updateId + ",\"callback_query\":{\"id\":\"cb" + updateId
        + "\",\"from\":" + user(chatId, language, name)
        + ",\"chat_instance\":\"ci\",\"data\":"
        + quote(data) + ",\"message\":{\"message_id\":" + messageId + ",\"from\":"
        + "{\"id\":1,\"is_bot\":true,\"first_name\":\"mesoplan\"},\"chat\":"
        + chat(chatId, "private", name) + ",\"date\":1780000000,\"text\":"
        + quote(messageText) + "}}}";
  }

  static String membership(long updateId, long chatId, String status) {
    return "{\"update_id\":" + updateId + ",\"my_chat_member\":{\"chat\":"
        + chat(chatId, "private") + ",\"from\":" + user(chatId, "en")
        + ",\"date\":1780000000,\"old_chat_member\":{\"status\":\"member\",\"user\":"
        + "{\"id\":1,\"is_bot\":true,\"first_name\":\"mesoplan\"}},\"new_chat_member\":"
        + "{\"status\":\"" + status + "\",\"user\":{\"id\":1,\"is_bot\":true,"
        + "\"first_name\":\"mesoplan\"}" + (status.equals("kicked") ? ",\"until_date\":0" : "")
        + "}}}";
  }
}

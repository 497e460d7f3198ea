/**
 * Adapter: the conversation on Telegram. Updates are stored in an inbox before they are
 * acknowledged and processed in order per chat; replies are stored in an outbox in the same
 * transaction and sent within Telegram's limits. The only package that knows Telegram types.
 */
package com.mesoplan.channel.telegram;

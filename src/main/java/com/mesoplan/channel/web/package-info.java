/**
 * The clinic's website chat: a widget a clinic embeds with one script tag, talking to these
 * endpoints over HTTP and server-sent events. Its updates and replies go through the messaging
 * core's inbox and outbox like Telegram's; what it adds is its transcript (what a browser shows
 * again after a reload) and the live streams.
 */
package com.mesoplan.channel.web;

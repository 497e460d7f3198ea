/**
 * What makes messages durable, whatever the channel: the results a channel's API can give one
 * outgoing call, and (growing here) the inbox, the outbox and the fair sender. It imports no
 * channel; a channel supplies reading its updates, rendering a reply, calling its API and
 * classifying the answer as a {@link com.mesoplan.messaging.SendResult}.
 */
package com.mesoplan.messaging;

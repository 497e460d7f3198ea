-- Sent replies are deleted, so a row in the outbox is always one still to send.
drop index telegram_outbox_pending;
alter table telegram_outbox drop column sent_at;
alter table telegram_outbox drop column outcome;
create index telegram_outbox_pending on telegram_outbox (chat_id, id);

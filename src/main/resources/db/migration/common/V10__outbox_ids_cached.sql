-- Replies are stored many a second: the id sequence hands out values from a cache of 1,000
-- instead of writing itself to disk every 32 (a restart may skip some ids, which is harmless).
alter table telegram_outbox alter column id set cache 1000;

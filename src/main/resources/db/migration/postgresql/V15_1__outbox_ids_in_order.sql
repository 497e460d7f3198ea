-- On PostgreSQL each connection takes its own block of cached identity values, so ids from two
-- connections would not follow the order the rows were stored in; a chat's replies are sent, and
-- overtaken, by that order. One value at a time keeps it (H2 shares its cache, in order).
alter table telegram_outbox alter column id set cache 1;

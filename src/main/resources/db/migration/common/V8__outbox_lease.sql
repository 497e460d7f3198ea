-- Several instances share one outbox: a row is sent by the instance that holds its lease.
alter table telegram_outbox add column leased_until timestamp with time zone;

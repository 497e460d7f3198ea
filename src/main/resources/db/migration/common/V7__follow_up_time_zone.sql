-- The person's own time zone for reminders; empty means the clinic's.
alter table follow_up add column time_zone varchar(64);

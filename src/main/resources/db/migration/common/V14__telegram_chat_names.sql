-- How staff recognise a person in an alert: the first name and username Telegram shows for them,
-- kept with the channel's other records of the chat and erased with them.
alter table telegram_chat add column first_name varchar(64);
alter table telegram_chat add column username varchar(64);
